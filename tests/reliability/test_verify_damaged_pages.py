"""``verify`` reports a damaged database page as what it exists to find, never a traceback.

One flipped byte in an encrypted page makes SQLCipher's authentication fail for that page and
SQLite call the database malformed; verify names the page and the table whose rows cannot be
read, still runs its other checks, exits 1, and SQLCipher's own log stays off stderr.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from reliability_support import FilledVault

CLI = [sys.executable, "-m", "kasuhara_desktop.cli"]


def _flip(path: os.PathLike[str], offset: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x01]))


def _verify(filled: FilledVault, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "--vault", str(filled.folder), "verify", *extra],
        env=os.environ.copy(), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_a_flipped_byte_in_a_page_is_named_and_the_other_checks_still_run(
    filled: FilledVault,
) -> None:
    assert _verify(filled).returncode == 0
    _flip(filled.folder / "vault.db", 6144)  # inside page 2
    proc = _verify(filled)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "ERROR CORE" not in proc.stderr
    assert "malformed" not in proc.stderr  # the details are in the report, not in an error
    out = proc.stdout
    assert "FAIL sqlcipher_pages" in out and "page 2 (bytes 4096 to 8191 of vault.db)" in out
    assert re.search(r"FAIL database_tables\n\s+- table \w+: its rows cannot all be read", out)
    for later in ("audit_chain", "evidence_files", "notice_pdfs"):
        assert re.search(rf"^(ok  |FAIL) {later}$", out, re.M), later  # still checked
    assert proc.stderr.strip().splitlines()[-1].startswith("kasuhara: verify failed: ")

    report = json.loads(_verify(filled, "--json").stdout)
    assert report["ok"] is False
    by_name = {c["name"]: c for c in report["checks"]}
    assert not by_name["sqlcipher_pages"]["ok"] and not by_name["database_tables"]["ok"]
    assert by_name["evidence_files"]["ok"]  # the evidence itself is intact
