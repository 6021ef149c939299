"""Creating, unlocking and managing vaults."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ValidationError
from ..domain.json_reader import check_timezone
from ..domain.models import ShopProfile
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..vault.header import HEADER_NAME, load_header
from ..vault.kdf import FAST_PARAMS as FAST_PARAMS  # re-exported: cli/ imports no vault/ module
from ..vault.kdf import KdfParams as KdfParams

if TYPE_CHECKING:
    from ..vault.vault import Vault as Vault


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
    from .user_rows import ensure_seeded

    try:
        ensure_seeded(vault, new_vault=True)  # the owner's row (display name, role)
    except BaseException:
        vault.close()
        raise
    return vault, key.hex()


class FolderState(enum.Enum):
    """What a folder chosen for a new vault holds (the setup wizard words each case)."""

    NEW = "new"  # does not exist yet: created with the vault
    EMPTY = "empty"
    VAULT = "vault"  # already holds a vault: offer to open it instead
    NOT_EMPTY = "not_empty"  # holds other files: a vault is never mixed in among them
    NOT_A_FOLDER = "not_a_folder"  # a file, or unreadable


def folder_state(folder: Path) -> FolderState:
    """Classify ``folder`` for creating a vault there (reads the folder, opens nothing)."""
    try:
        if not folder.exists():
            return FolderState.NEW
        if not folder.is_dir():
            return FolderState.NOT_A_FOLDER
        if (folder / HEADER_NAME).is_file():
            return FolderState.VAULT
        return FolderState.NOT_EMPTY if any(folder.iterdir()) else FolderState.EMPTY
    except OSError:
        return FolderState.NOT_A_FOLDER


def vault_users(folder: Path) -> list[str]:
    """The users who can unlock ``folder`` (read from the header, no secret needed)."""
    return load_header(folder).users


def check_vault_folder(folder: Path) -> None:
    """Refuse a folder without a readable vault header (so a typo is reported before a
    secret is asked for).

    Raises:
        UserError: naming what is wrong with the folder.
    """
    load_header(folder)


def unlock(
    folder: Path,
    *,
    user: str | None = None,
    passphrase: str | None = None,
    recovery_key: bytes | None = None,
    lock_wait: float = 0.0,
) -> Vault:
    """Open ``folder``; ``lock_wait`` seconds are given to another process to close it first.

    A user the owner removed is refused here (the vault closed again), even with an old
    ``vault.json`` that still holds their slot: the users table decides.
    """
    from ..vault.vault import Vault  # SQLCipher loads when a vault is opened, not at start-up
    from .user_rows import refuse_removed

    vault = Vault.open(
        folder, user=user, passphrase=passphrase, recovery_key=recovery_key, lock_wait=lock_wait
    )
    refuse_removed(vault)
    return vault


def change_passphrase(
    vault: Vault, user: str, old: str | None, new: str, *, kdf: KdfParams | None = None
) -> None:
    """Change ``user``'s passphrase. ``old`` is checked unless the vault was opened by recovery.

    ``kdf`` is for tests only; without it a slot on test settings gets calibrated ones.
    """
    if old is None:
        # Without the old passphrase this is a reset (after a recovery-key unlock, or by the
        # owner for someone who forgot theirs): never for a staff member or a manager.
        from .access import Access

        Access.for_vault(vault).require(Permission.MANAGE_USERS)
    if not new:
        raise ValidationError("The new passphrase must not be empty.")
    if old is not None:
        vault.header.unwrap(user, old)
    vault.set_passphrase(user, new, kdf=kdf)


def test_grade_users(folder: Path) -> list[str]:
    """Users of ``folder`` whose passphrase slot uses test key-derivation settings."""
    return load_header(folder).test_grade_users
