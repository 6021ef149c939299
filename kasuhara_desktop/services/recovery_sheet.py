"""The recovery sheet for a newly created vault: PDF bytes for the preview, or a saved file.

The recovery key reaches the disk only in the PDF the user chooses to save: the preview is
built in memory (``recovery_sheet_pdf``) and shown from memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import UserError
from ..domain.roles import Permission
from ..infra import clock
from ..reports.output import build_pdf_bytes, write_pdf_atomically
from ..reports.recovery_sheet import RecoverySheetData, build_recovery_sheet
from ..vault.repositories import shop
from ..vault.vault import Vault
from .access import Access


@dataclass(frozen=True)
class VaultInfo:
    """What the sheet says about the vault (no secrets)."""

    shop_name: str
    vault_id: str
    created_at: datetime
    folder: Path
    timezone: str | None = None  # the shop's zone, for the creation time


def vault_info(vault: Vault, shop_name: str) -> VaultInfo:
    """The sheet's facts for an open ``vault``."""
    try:
        created = datetime.fromisoformat(vault.header.created_at)
    except ValueError:
        created = clock.now()
    try:
        zone: str | None = shop.get(vault.conn).timezone
    except UserError:
        zone = None
    return VaultInfo(shop_name, vault.header.vault_id, created, vault.folder, zone)


def _data(info: VaultInfo, key_hex: str) -> RecoverySheetData:
    return RecoverySheetData(
        shop_name=info.shop_name,
        vault_id=info.vault_id,
        created_at=info.created_at,
        recovery_key_hex=key_hex,
        vault_path=str(info.folder),
        timezone=info.timezone,
    )


def recovery_sheet_pdf(info: VaultInfo, key_hex: str, lang: str = "ja") -> bytes:
    """The sheet as PDF bytes, built in memory (for the on-screen preview and printing)."""
    data = _data(info, key_hex)
    return build_pdf_bytes(lambda out: build_recovery_sheet(out, data, lang))


def save_recovery_sheet(dest: Path, info: VaultInfo, key_hex: str, lang: str = "ja") -> Path:
    """Write the sheet to ``dest`` atomically; ``StorageError`` says what went wrong."""
    data = _data(info, key_hex)
    return write_pdf_atomically(dest, lambda out: build_recovery_sheet(out, data, lang))


def save_vault_recovery_sheet(
    vault: Vault, dest: Path, lang: str = "ja", *, access: Access | None = None
) -> Path:
    """Write the recovery sheet of ``vault``'s current key again (the first one was lost or
    damaged): the key is the one the vault is open with, checked at unlock.

    Raises:
        StorageError: the file could not be written (nothing is left at ``dest``).
        AccessDeniedError: the user is not an owner (the sheet opens everything).
    """
    (access or Access.for_vault(vault)).require(Permission.RECOVERY_SHEET)
    info = vault_info(vault, shop.get(vault.conn).name)
    return save_recovery_sheet(dest, info, vault.data_key.hex(), lang)
