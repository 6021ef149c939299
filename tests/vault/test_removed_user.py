"""A removed user cannot unlock: not with their old passphrase, and not after an old
``vault.json`` (and ``vault.json.prev``) that still holds their slot is copied back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import OWNER, PASSPHRASE, make_vault

from kasuhara_desktop.domain.errors import WrongSecretError
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services import vaults
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.users import UserService
from kasuhara_desktop.vault.header import load_header
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

SATO = "blue kettle whistles over seven hills"


@pytest.fixture
def removed(tmp_path: Path) -> tuple[Path, Path]:
    """A vault whose staff member "sato" was removed; beside it, the headers from before."""
    folder, old = tmp_path / "v", tmp_path / "old-headers"
    vault, _ = make_vault(folder)
    UserService(vault).add("sato", "佐藤 花子", Role.STAFF, SATO, kdf=FAST_PARAMS)
    old.mkdir()
    for name in ("vault.json", "vault.json.prev"):
        shutil.copy2(folder / name, old / name)
    UserService(vault).remove("sato")
    vault.close()
    return folder, old


def test_the_removed_slot_is_gone(removed: tuple[Path, Path]) -> None:
    folder, _old = removed
    assert load_header(folder).users == [OWNER]
    assert load_header(folder, "vault.json.prev").users == [OWNER]
    with pytest.raises(WrongSecretError, match="no user named 'sato'"):
        vaults.unlock(folder, user="sato", passphrase=SATO)


def test_an_old_header_copied_back_does_not_let_them_in(removed: tuple[Path, Path]) -> None:
    folder, old = removed
    for name in ("vault.json", "vault.json.prev"):
        shutil.copy2(old / name, folder / name)
    assert "sato" in load_header(folder).users  # the passphrase still unwraps the data key
    with pytest.raises(WrongSecretError, match=r"removed from this logbook on \d{4}-\d\d-\d\d"):
        vaults.unlock(folder, user="sato", passphrase=SATO)
    # Refused with the vault closed again: the owner opens it at once (the lock was released).
    with vaults.unlock(folder, user=OWNER, passphrase=PASSPHRASE) as vault:
        assert [u.login for u in UserService(vault).list()] == [OWNER]


def test_a_raw_open_gets_no_access_either(removed: tuple[Path, Path]) -> None:
    folder, old = removed
    shutil.copy2(old / "vault.json", folder / "vault.json")
    vault = Vault.open(folder, user="sato", passphrase=SATO)
    with pytest.raises(WrongSecretError, match="removed"):
        Access.for_vault(vault)
    assert not vault.is_open
