"""The recovery sheet alone opens the vault with a standard SQLCipher 4 tool, and the vault
format document alone decrypts an evidence file (issue 12, point 16).

The tool is the stock ``sqlcipher`` shell, SQLCipher 4.6.1, built from Debian trixie's source
tarball by ``build/sqlcipher4_shell.sh`` (cached in ~/.cache/kasuhara-tools; about 20 s the
first time). Debian
12's own ``sqlcipher`` package is 3.4.1 and cannot open a SQLCipher 4 database. The key is read
from the sheet's PDF text (pdftotext), and the line typed into the shell is the sheet's own
``PRAGMA key`` line with the key put in place of its placeholder, as the sheet tells a person.
The evidence file is decrypted by the Python code printed in resources/docs/vault-format.md,
run as it stands: the program's own reader is never imported.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from reliability_support import FilledVault

from kasuhara_desktop.services.recovery_sheet import VaultInfo, save_recovery_sheet

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "build" / "sqlcipher4_shell.sh"
FORMAT_DOC = ROOT / "resources" / "docs" / "vault-format.md"
OFFLINE = 3  # the build script's exit code when the tarball cannot be downloaded
KEY_ROW = re.compile(
    r"^\s*([0-9A-Fa-f]{4})\s+([0-9A-Fa-f]{4})\s+([0-9A-Fa-f]{4})\s+([0-9A-Fa-f]{4})\s*$"
)


@pytest.fixture(scope="module")
def sqlcipher4() -> Path:
    """The path of a stock SQLCipher 4 shell (built once, then cached)."""
    missing = [t for t in ("gcc", "make", "tclsh", "curl", "pdftotext") if not shutil.which(t)]
    if missing:
        pytest.skip(f"building the SQLCipher 4 shell needs {', '.join(missing)} (setup.sh --test)")
    done = subprocess.run(
        ["bash", str(BUILD_SCRIPT)], capture_output=True, text=True, timeout=900, check=False
    )
    if done.returncode == OFFLINE:
        pytest.skip(f"offline: {done.stderr.strip().splitlines()[-1]}")
    assert done.returncode == 0, done.stderr[-3000:]
    shell = Path(done.stdout.strip().splitlines()[-1])
    version = run_shell(shell, ":memory:", "PRAGMA cipher_version;\n")
    assert version.startswith("4."), version
    return shell


def run_shell(shell: Path, db: str | Path, script: str) -> str:
    """Feed ``script`` to the shell as a person would type it; stdout, or the error raised."""
    done = subprocess.run(
        [str(shell), "-batch", "-bail", str(db)],
        input=script,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or f"exit {done.returncode}")
    return done.stdout.strip()


def sheet_text(filled: FilledVault, tmp_path: Path, lang: str) -> str:
    info = VaultInfo("さくらマート", "vault-id", datetime(2026, 1, 2, tzinfo=UTC), filled.folder)
    pdf = save_recovery_sheet(tmp_path / f"sheet-{lang}.pdf", info, filled.key.hex(), lang)
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def key_from_sheet(text: str) -> str:
    """The 16 groups of the printed grid, in order (rows of four groups of 4 hex digits)."""
    rows = [m.groups() for line in text.splitlines() if (m := KEY_ROW.match(line))]
    assert len(rows) == 4, rows
    return "".join(g for row in rows for g in row)


def pragma_line_from_sheet(text: str, key_digits: str) -> str:
    """The sheet's own ``PRAGMA key`` line, with the key in place of its ``<placeholder>``."""
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith("PRAGMA key")]
    assert len(lines) == 1, lines
    typed, count = re.subn(r"<[^<>]+>", key_digits, lines[0])
    assert count == 1, lines[0]
    return typed


def decrypt_with_documented_code(path: Path, key: bytes) -> bytes:
    """Run the decrypting code block of vault-format.md, exactly as printed there."""
    doc = FORMAT_DOC.read_text(encoding="utf-8")
    section = doc.split("### Decrypting without this program", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None, "vault-format.md has no decrypting code"
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), str(FORMAT_DOC), "exec"), namespace)
    out_path = path.parent / "decrypted.bin"
    with out_path.open("wb") as out:
        namespace["decrypt_evidence"](str(path), key, out)
    return out_path.read_bytes()


@pytest.mark.parametrize("lang", ["en", "ja", "nb"])
def test_sheet_alone_opens_vault_in_stock_sqlcipher4_and_doc_decrypts_evidence(
    lang: str, sqlcipher4: Path, filled: FilledVault, tmp_path: Path
) -> None:
    text = sheet_text(filled, tmp_path, lang)
    # The sheet names the version needed and warns off Debian 12's package (3.4.1).
    assert "SQLCipher 4.0" in text
    assert "3.4.1" in text
    digits = key_from_sheet(text)
    assert bytes.fromhex(digits) == filled.key  # the grid is the key (upper case is fine)
    typed = pragma_line_from_sheet(text, digits)
    assert "-" not in typed

    db = filled.folder / "vault.db"
    script = (
        f"{typed}\n.mode tabs\nSELECT reference FROM incidents;\n"
        "SELECT id, hex(file_key), sha256 FROM evidence ORDER BY id;\n"
    )
    lines = run_shell(sqlcipher4, db, script).splitlines()
    lines = [line for line in lines if line != "ok"]  # SQLCipher 4.6 answers PRAGMA key with "ok"
    assert lines[0] == filled.reference
    rows = [line.split("\t") for line in lines[1:]]
    assert sorted(r[0] for r in rows) == sorted(filled.evidence_ids)

    file_id, key_hex, sha = rows[0]
    evidence = filled.folder / "evidence" / f"{file_id}.khev"  # the name the doc gives
    plain = decrypt_with_documented_code(evidence, bytes.fromhex(key_hex))
    assert hashlib.sha256(plain).hexdigest() == sha
    assert plain.startswith(b"\xff\xd8\xff\xe0")  # the test's JPEG-like sources


def test_key_with_the_printed_dashes_is_refused(
    sqlcipher4: Path, filled: FilledVault, tmp_path: Path
) -> None:
    """Why the sheet says "no dashes": the grouped form is not a raw key to SQLCipher."""
    dashed = "-".join(re.findall("....", filled.key.hex()))
    with pytest.raises(RuntimeError, match="not a database"):
        run_shell(
            sqlcipher4,
            filled.folder / "vault.db",
            f"PRAGMA key = \"x'{dashed}'\";\nSELECT count(*) FROM incidents;\n",
        )
