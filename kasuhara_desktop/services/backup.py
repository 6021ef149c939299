"""Backing up and restoring a whole vault (encrypted as it is; the same key opens the copy)."""

from __future__ import annotations

from pathlib import Path

from ..vault import audit
from ..vault.backup import backup_vault, restore_vault
from ..vault.vault import Vault


def backup(vault: Vault, dest: Path) -> int:
    """Write a checked copy of ``vault`` to the new folder ``dest``; return the file count.

    The backup is recorded in the audit chain first, so the copy carries its own record.
    """
    with vault.transaction() as conn:
        audit.append(conn, vault.user, "backup", "vault", vault.header.vault_id, {"to": str(dest)})
    return backup_vault(vault, dest)


def restore(
    backup_folder: Path,
    dest: Path,
    *,
    user: str | None = None,
    passphrase: str | None = None,
    recovery_key: bytes | None = None,
) -> Vault:
    """Restore ``backup_folder`` into the new folder ``dest`` and return it opened."""
    vault = restore_vault(
        backup_folder, dest, user=user, passphrase=passphrase, recovery_key=recovery_key
    )
    with vault.transaction() as conn:
        audit.append(conn, vault.user, "restore", "vault", vault.header.vault_id,
                     {"from": str(backup_folder)})  # fmt: skip
    return vault
