"""A missing, empty, foreign or undecryptable vault.db is refused, and nothing on disk changes.

Opening must never create a database inside an existing vault (only ``init`` does): an empty
file opened as a new database would get a fresh schema, every evidence file would look like an
orphan, and ``verify`` would call the emptied vault "ok".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3
from helpers import PASSPHRASE, folder_hashes, make_vault, run_cli
from reliability_support import FilledVault, listing

from kasuhara_desktop.domain.errors import VaultFormatError
from kasuhara_desktop.vault.vault import Vault


def _truncate(size: int) -> Callable[[FilledVault, Path], None]:
    def damage(v: FilledVault, tmp: Path) -> None:
        with open(v.folder / "vault.db", "r+b") as fh:
            fh.truncate(size)

    return damage


def _missing(v: FilledVault, tmp: Path) -> None:
    (v.folder / "vault.db").unlink()


def _plain_sqlite(v: FilledVault, tmp: Path) -> None:
    (v.folder / "vault.db").unlink()
    conn = sqlite3.connect(v.folder / "vault.db")
    conn.execute("CREATE TABLE notes (t TEXT)")
    conn.commit()
    conn.close()


def _other_vault(v: FilledVault, tmp: Path) -> None:
    other, _ = make_vault(tmp / "other")
    other.close()
    (v.folder / "vault.db").write_bytes((tmp / "other" / "vault.db").read_bytes())


def _garbage(v: FilledVault, tmp: Path) -> None:
    (v.folder / "vault.db").write_bytes(b"\x5a" * 8192)


def _same_key_no_schema(v: FilledVault, tmp: Path) -> None:
    """A database this key opens but that holds none of the program's tables."""
    (v.folder / "vault.db").unlink()
    conn = sqlcipher3.connect(str(v.folder / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{v.key.hex()}'\"")
    conn.execute("CREATE TABLE scratch (x)")
    conn.commit()
    conn.close()


DAMAGES = {
    "empty": _truncate(0),
    "one byte": _truncate(1),
    "cut to 100 bytes": _truncate(100),
    "missing": _missing,
    "plain sqlite": _plain_sqlite,
    "another vault's": _other_vault,
    "garbage": _garbage,
    "same key, no schema": _same_key_no_schema,
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_verify_refuses_a_damaged_database_and_changes_nothing(
    filled: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: Callable
) -> None:
    damage(filled, tmp_path)
    before, names = folder_hashes(filled.folder), listing(filled.folder)
    code, out, err = run_cli(capsys, "--vault", str(filled.folder), "verify")
    assert code == 2, out
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("kasuhara: ")
    assert "vault.db" in err and "backup" in err
    assert "Traceback" not in err
    assert folder_hashes(filled.folder) == before
    assert listing(filled.folder) == names
    # The evidence is all still there for a restored database to find.
    for evidence_id in filled.evidence_ids:
        assert (filled.folder / "evidence" / f"{evidence_id}.khev").is_file()


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_open_refuses_with_the_recovery_key_too(
    filled: FilledVault, tmp_path: Path, damage: Callable
) -> None:
    damage(filled, tmp_path)
    before = folder_hashes(filled.folder)
    with pytest.raises(VaultFormatError, match=r"vault\.db.*backup"):
        Vault.open(filled.folder, recovery_key=filled.key)
    assert folder_hashes(filled.folder) == before
    assert not (filled.folder / ".lock").exists()


@pytest.mark.parametrize(
    ("damage", "says"),
    [(_truncate(0), "empty"), (_missing, "missing"), (_other_vault, "another vault")],
    ids=["empty", "missing", "other vault"],
)
def test_the_message_says_what_is_wrong(
    filled: FilledVault, tmp_path: Path, damage: Callable, says: str
) -> None:
    damage(filled, tmp_path)
    with pytest.raises(VaultFormatError, match=says) as info:
        Vault.open(filled.folder, passphrase=PASSPHRASE)
    assert "\n" not in str(info.value)


def test_a_folder_in_place_of_the_database_is_refused(filled: FilledVault) -> None:
    (filled.folder / "vault.db").unlink()
    (filled.folder / "vault.db").mkdir()
    with pytest.raises(VaultFormatError, match=r"vault\.db.*backup"):
        Vault.open(filled.folder, passphrase=PASSPHRASE)


def test_a_restored_database_opens_with_the_evidence_intact(
    filled: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = (filled.folder / "vault.db").read_bytes()
    _truncate(0)(filled, tmp_path)
    assert run_cli(capsys, "--vault", str(filled.folder), "verify")[0] == 2
    (filled.folder / "vault.db").write_bytes(good)
    code, out, _ = run_cli(capsys, "--vault", str(filled.folder), "verify")
    assert code == 0, out
    assert "FAIL" not in out


def test_the_installed_command_prints_one_line_only(filled: FilledVault, tmp_path: Path) -> None:
    """SQLCipher's own page diagnostics do not reach the terminal in front of the message."""
    import os
    import subprocess
    import sys

    _garbage(filled, tmp_path)
    env = {**os.environ, "KASUHARA_PASSPHRASE": PASSPHRASE}
    proc = subprocess.run(
        [sys.executable, "-m", "kasuhara_desktop.cli", "--vault", str(filled.folder), "verify"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert "another vault" in proc.stderr
