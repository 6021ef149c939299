"""Creating, unlocking, locking and re-keying a vault; what bad secrets and folders get."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
import sqlcipher3
from helpers import OWNER, PASSPHRASE, folder_hashes, make_vault, sample_incident

from kasuhara_desktop.domain.errors import (
    VaultFormatError,
    VaultInUseError,
    VaultTooNewError,
    WrongSecretError,
)
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault.header import load_header
from kasuhara_desktop.vault.vault import Vault


def test_database_is_encrypted_on_disk(vault: Vault) -> None:
    IncidentService(vault).add(sample_incident("秘密の内容 secret-marker"))
    vault.close()
    raw = (vault.folder / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"secret-marker" not in raw
    assert "秘密".encode() not in raw


def test_plain_sqlcipher_opens_db_with_recovery_hex(vault_dir: Path) -> None:
    vault, key = make_vault(vault_dir)
    IncidentService(vault).add(sample_incident())
    vault.close()
    # No program code: the documented recovery procedure with the bare library.
    conn = sqlcipher3.connect(str(vault_dir / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("SELECT reference FROM incidents").fetchall() == [("K-2026-0001",)]
    conn.close()


def test_unlock_by_passphrase_and_by_recovery_key(vault_dir: Path) -> None:
    vault, key = make_vault(vault_dir)
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.user == OWNER
    with Vault.open(vault_dir, recovery_key=key) as v:
        assert v.user == "recovery key"


def test_wrong_passphrase_changes_no_file(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    before = folder_hashes(vault_dir)
    with pytest.raises(WrongSecretError, match="Wrong passphrase"):
        Vault.open(vault_dir, passphrase=PASSPHRASE + "x")
    with pytest.raises(WrongSecretError, match="recovery key"):
        Vault.open(vault_dir, recovery_key=bytes(32))
    assert folder_hashes(vault_dir) == before


@pytest.mark.parametrize("secret", ["'", '"; DROP TABLE x; --', "x'", "🙂🙂", "ÆØÅ æøå", "\t \\"])
def test_passphrases_with_quotes_and_unicode(vault_dir: Path, secret: str) -> None:
    vault, _ = make_vault(vault_dir)
    vault.set_passphrase(OWNER, secret)
    vault.close()
    with Vault.open(vault_dir, passphrase=secret) as v:
        assert v.is_open
    with pytest.raises(WrongSecretError):
        Vault.open(vault_dir, passphrase=PASSPHRASE)


def test_change_passphrase_rewrites_one_slot_never_the_database(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.set_passphrase("アルバイト 佐藤", "staff-pass")
    vault.close()
    db_before = (vault_dir / "vault.db").read_bytes()
    header_before = load_header(vault_dir)
    with Vault.open(vault_dir, user=OWNER, passphrase=PASSPHRASE) as v:
        v.set_passphrase(OWNER, "new-pass")
        db_during = (vault_dir / "vault.db").read_bytes()
    header_after = load_header(vault_dir)
    assert header_after.slot_for("アルバイト 佐藤") == header_before.slot_for("アルバイト 佐藤")
    assert header_after.slot_for(OWNER) != header_before.slot_for(OWNER)
    # The data key (and with it the database encryption) is unchanged.
    assert header_after.key_check == header_before.key_check
    assert db_before[:4096] == db_during[:4096]
    assert (vault_dir / "vault.json.prev").exists()
    with Vault.open(vault_dir, user=OWNER, passphrase="new-pass"):
        pass


def test_several_users_need_a_name(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.set_passphrase("佐藤", "p2")
    vault.close()
    with pytest.raises(Exception, match="several users"):
        Vault.open(vault_dir, passphrase="p2")
    with Vault.open(vault_dir, user="佐藤", passphrase="p2") as v:
        assert v.user == "佐藤"
    with pytest.raises(WrongSecretError, match="no user"):
        Vault.open(vault_dir, user="nobody", passphrase="p2")


def test_folder_that_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultFormatError, match="not a Kasuhara vault"):
        Vault.open(tmp_path, passphrase="x")
    with pytest.raises(VaultFormatError, match="not a folder"):
        Vault.open(tmp_path / "missing", passphrase="x")


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe", b"[]", b'{"format": "other"}'])
def test_damaged_header_is_refused_clearly(vault_dir: Path, content: bytes) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    (vault_dir / "vault.json").write_bytes(content)
    before = folder_hashes(vault_dir)
    with pytest.raises(VaultFormatError, match="damaged"):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    assert folder_hashes(vault_dir) == before


def test_header_with_edited_slot_does_not_unwrap(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    doc = json.loads((vault_dir / "vault.json").read_text())
    doc["slots"][0]["kdf"]["time_cost"] = 2  # tampered parameters are associated data
    (vault_dir / "vault.json").write_text(json.dumps(doc))
    with pytest.raises(WrongSecretError):
        Vault.open(vault_dir, passphrase=PASSPHRASE)


def test_newer_header_format_is_refused(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    doc = json.loads((vault_dir / "vault.json").read_text())
    doc["version"] = 99
    (vault_dir / "vault.json").write_text(json.dumps(doc))
    with pytest.raises(VaultTooNewError, match="newer"):
        Vault.open(vault_dir, passphrase=PASSPHRASE)


def test_damaged_database_is_refused_clearly(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    (vault_dir / "vault.db").write_bytes(b"\0" * 8192)
    with pytest.raises(VaultFormatError, match="damaged"):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    assert not (vault_dir / ".lock").exists()


def test_second_instance_is_refused(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    with pytest.raises(VaultInUseError, match="already open"):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    vault.close()
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()


def _hold_lock_and_die(folder: str) -> None:
    import os

    from kasuhara_desktop.vault.lockfile import VaultLock

    VaultLock(Path(folder)).acquire()
    os._exit(9)  # a crash: no cleanup runs


def test_stale_lock_from_a_crash_is_recovered(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    proc = multiprocessing.get_context("spawn").Process(
        target=_hold_lock_and_die, args=(str(vault_dir),)
    )
    proc.start()
    proc.join(30)
    assert proc.exitcode == 9
    assert (vault_dir / ".lock").exists()  # left behind by the crash
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.is_open


def test_create_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "something.txt").write_text("x")
    with pytest.raises(Exception, match="not empty"):
        make_vault(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["something.txt"]


def test_locking_drops_key_and_connection(vault: Vault) -> None:
    vault.close()
    with pytest.raises(VaultFormatError, match="locked"):
        _ = vault.conn
    with pytest.raises(VaultFormatError, match="locked"):
        _ = vault.data_key
