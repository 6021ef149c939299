"""A changed or reset passphrase is revoked for good inside the vault folder: the kept copy of
the header (``vault.json.prev``) holds the new slot, not the old one.

Before, ``vault.json.prev`` still held the old slot, so copying it over ``vault.json`` opened the
vault with the old passphrase again, after a change and after a recovery-key reset alike.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import OWNER, PASSPHRASE, run_cli
from reliability_support import FilledVault

from kasuhara_desktop.domain.errors import WrongSecretError
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

NEW = "a brand new passphrase 新しい 2026"


def _old_slot_hex(folder: Path) -> str:
    doc = json.loads((folder / "vault.json").read_text(encoding="utf-8"))
    return str(doc["slots"][0]["wrapped_key"])


def _assert_revoked(folder: Path, old_wrapped: str) -> None:
    for path in folder.iterdir():
        if path.is_file():
            assert old_wrapped.encode() not in path.read_bytes(), path.name
    shutil.copy2(folder / "vault.json.prev", folder / "vault.json")
    with pytest.raises(WrongSecretError):
        Vault.open(folder, passphrase=PASSPHRASE)
    with Vault.open(folder, passphrase=NEW) as vault:  # the kept copy is a working header
        assert vault.user == OWNER


def test_changed_passphrase_is_not_kept_in_the_copy(
    filled: FilledVault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _old_slot_hex(filled.folder)
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", NEW)
    code, _out, err = run_cli(capsys, "--vault", str(filled.folder), "passphrase", "change")
    assert code == 0, err
    _assert_revoked(filled.folder, old)


def test_reset_with_the_recovery_key_is_not_undone_by_the_copy(
    filled: FilledVault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _old_slot_hex(filled.folder)
    monkeypatch.setenv("KASUHARA_RECOVERY_KEY", filled.key.hex())
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", NEW)
    code, _out, err = run_cli(
        capsys, "--vault", str(filled.folder), "unlock", "--recovery-key", "--set-passphrase", OWNER
    )
    assert code == 0, err
    _assert_revoked(filled.folder, old)


def test_adding_a_user_keeps_a_working_copy(filled: FilledVault) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        vault.set_passphrase("パート 佐藤", "part-timer's own passphrase", kdf=FAST_PARAMS)
    assert (filled.folder / "vault.json.prev").read_bytes() == (
        filled.folder / "vault.json"
    ).read_bytes()
    (filled.folder / "vault.json").write_bytes(b"{")  # damaged: the copy replaces it
    shutil.copy2(filled.folder / "vault.json.prev", filled.folder / "vault.json")
    with Vault.open(filled.folder, user="パート 佐藤", passphrase="part-timer's own passphrase"):
        pass
