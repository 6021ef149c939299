"""Changing the vault's data key (= recovery key): the use case the CLI and Settings call.

A new random key replaces the old one everywhere (database, key slots, anchor), so an old
header, a leaked recovery sheet or a copy of ``vault.json.prev`` no longer opens the vault.
(Backups made before keep the key they were made with: they are copies of the vault as it
was.) The new recovery sheet is written before the database changes key, so a key that opens
the vault always has its sheet; it says which sheet it replaces.

Passphrase slots: a slot can only be re-wrapped with its own passphrase. The acting user gives
theirs; every other user's slot is removed (``drop_others``) after the caller has said so to
the user, and those users then get a new passphrase from the owner. Today a vault has one user.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.roles import Permission
from ..infra import clock
from ..reports.output import write_pdf_atomically
from ..reports.recovery_sheet import RecoverySheetData, build_recovery_sheet
from ..vault import rekey as vault_rekey
from ..vault.vault import RECOVERY_USER, Vault
from .access import Access
from .recovery_sheet import vault_info

SheetWriter = Callable[[bytes], None]


@dataclass(frozen=True)
class RekeyOutcome:
    """What the rekey did (the new key is on the sheet; it is returned for the CLI's --json)."""

    recovery_key_hex: str
    kept_users: list[str]
    dropped_users: list[str]
    replaced_sheet_of: datetime


def other_users(vault: Vault) -> list[str]:
    """Users whose slot a rekey by the acting user would remove."""
    return [u for u in vault.header.users if u != vault.user]


def replaced_sheet_date(vault: Vault) -> datetime:
    """When the current recovery key (and so its sheet) was made."""
    text = vault.header.key_created_at or vault.header.created_at
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return clock.now()


def sheet_saver(vault: Vault, dest: Path, lang: str = "ja") -> SheetWriter:
    """A writer that saves the new key's recovery sheet to ``dest`` atomically.

    Called once the new key exists and before the database takes it; a failure (full disk,
    bad folder) stops the rekey with nothing changed.
    """
    from ..vault.repositories import shop

    info = vault_info(vault, shop.get(vault.conn).name)
    replaces = replaced_sheet_date(vault)

    def write(new_key: bytes) -> None:
        data = RecoverySheetData(
            shop_name=info.shop_name,
            vault_id=info.vault_id,
            created_at=info.created_at,
            recovery_key_hex=new_key.hex(),
            vault_path=str(info.folder),
            timezone=info.timezone,
            replaces=replaces,
        )
        write_pdf_atomically(dest, lambda out: build_recovery_sheet(out, data, lang))

    return write


def rekey_vault(
    vault: Vault,
    passphrase: str,
    write_sheet: SheetWriter,
    *,
    drop_others: bool = False,
    access: Access | None = None,
) -> RekeyOutcome:
    """Give ``vault`` a new data key; ``passphrase`` is the acting user's (checked).

    Raises:
        AccessDeniedError: the acting user is not an owner (checked first, before anything).
        ValidationError: opened with the recovery key (a passphrase is needed to keep a slot),
            or other users' slots exist and ``drop_others`` is not set.
        WrongSecretError: ``passphrase`` is not the acting user's.
    """
    (access or Access.for_vault(vault)).require(Permission.CHANGE_DATA_KEY)
    if vault.user == RECOVERY_USER:
        raise ValidationError(
            "Unlock with your passphrase to change the data key (the new key is wrapped under "
            "it); after a recovery-key unlock, set a passphrase first."
        )
    if not passphrase:
        raise ValidationError("Give your passphrase to change the data key.")
    replaced = replaced_sheet_date(vault)
    result = vault_rekey.rekey(
        vault, {vault.user: passphrase}, drop_others=drop_others, before_switch=write_sheet
    )
    return RekeyOutcome(result.new_key.hex(), result.kept, result.dropped, replaced)


class KeyService:
    """The data-key change for the GUI: what Settings' "Change the data key…" calls.

    ``rekey`` runs in a background task (``ui/tasks.py``); the Settings dialog and its
    progress dialog are modal meanwhile, so no other call uses the connection.
    """

    def __init__(self, vault: Vault, *, access: Access | None = None) -> None:
        self._vault = vault
        self.access = access or Access.for_vault(vault)

    @property
    def acting_user(self) -> str:
        return self._vault.user

    @property
    def opened_by_recovery_key(self) -> bool:
        return self._vault.user == RECOVERY_USER

    def other_users(self) -> list[str]:
        """The users whose slots the change removes (their passphrases are not known here)."""
        return other_users(self._vault)

    def replaced_sheet_date(self) -> datetime:
        return replaced_sheet_date(self._vault)

    def check_passphrase(self, passphrase: str) -> None:
        """``WrongSecretError`` unless ``passphrase`` is the acting user's (before the dialog
        asks where to save the sheet)."""
        self._vault.header.unwrap(self._vault.user, passphrase)

    def require_allowed(self) -> None:
        """``AccessDeniedError`` unless the acting user may change the data key (owners)."""
        self.access.require(Permission.CHANGE_DATA_KEY)

    def rekey(self, passphrase: str, sheet: Path, lang: str) -> RekeyOutcome:
        """Change the key; the new recovery sheet goes to ``sheet`` (before the switch)."""
        self.access.require(Permission.CHANGE_DATA_KEY)
        writer = sheet_saver(self._vault, sheet, lang)
        return rekey_vault(self._vault, passphrase, writer, drop_others=True, access=self.access)
