"""Creating, unlocking and managing vaults."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ValidationError
from ..domain.json_reader import check_timezone
from ..domain.models import ShopProfile
from ..domain.validation import clean_text
from ..vault.header import load_header
from ..vault.kdf import KdfParams

if TYPE_CHECKING:
    from ..vault.vault import Vault


def create_vault(
    folder: Path,
    profile: ShopProfile,
    owner: str,
    passphrase: str,
    *,
    kdf: KdfParams | None = None,
) -> tuple[Vault, str]:
    """Create a vault; return it with the recovery key as 64 hex digits (show once)."""
    profile.name = clean_text(profile.name, "shop name", required=True)
    for attr in ("company", "address", "phone", "representative"):
        setattr(profile, attr, clean_text(getattr(profile, attr), attr))
    check_timezone(profile.timezone)
    owner = clean_text(owner, "owner", required=True)
    from ..vault.vault import Vault  # SQLCipher loads when a vault is opened, not at start-up

    vault, key = Vault.create(folder, profile, owner, passphrase, kdf=kdf)
    return vault, key.hex()


def vault_users(folder: Path) -> list[str]:
    """The users who can unlock ``folder`` (read from the header, no secret needed)."""
    return load_header(folder).users


def unlock(
    folder: Path,
    *,
    user: str | None = None,
    passphrase: str | None = None,
    recovery_key: bytes | None = None,
) -> Vault:
    from ..vault.vault import Vault  # SQLCipher loads when a vault is opened, not at start-up

    return Vault.open(folder, user=user, passphrase=passphrase, recovery_key=recovery_key)


def change_passphrase(vault: Vault, user: str, old: str | None, new: str) -> None:
    """Change ``user``'s passphrase. ``old`` is checked unless the vault was opened by recovery."""
    if not new:
        raise ValidationError("The new passphrase must not be empty.")
    if old is not None:
        vault.header.unwrap(user, old)
    vault.set_passphrase(user, new)
