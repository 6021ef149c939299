"""Changing the data key K (= the recovery key): ``rekey``, and finishing one a kill interrupted.

A rekey touches three things that cannot change in one atomic step: ``vault.db`` (SQLCipher
``PRAGMA rekey`` rewrites every page), ``vault.json`` (every slot wraps K) and ``anchor.json``
(MACed under a key derived from K). So the new header is first written beside the old one as
``vault.json.next`` (the *pending* header), and the steps run in an order where a kill at any
moment leaves a vault that opens with the old secrets or the new ones, never neither:

1. ``anchor.json`` is rewritten with a MAC under both keys (either key verifies it).
2. ``vault.json.next``: the new header, its slots wrapping the new key, written atomically.
3. ``before_switch`` (the caller writes the new recovery sheet: a new key never exists on disk
   without its sheet).
4. ``PRAGMA rekey``, in journal mode DELETE: SQLCipher rewrites every page in one transaction,
   keeping the old pages, encrypted under the old key, in the rollback journal. A kill before
   the journal is deleted leaves a hot journal that the old key rolls back; after it, every
   page is under the new key. (Rekeying in WAL mode is what SQLCipher's forks refuse; the
   journal mode goes back to WAL right after.)
5. ``vault.json`` and ``vault.json.prev`` become the new header (the copy never keeps an old
   slot usable, as for a passphrase change), the audit chain gets a ``rekey`` row (no key
   material: who, when, which users kept their slot), the anchor is written under the new key.
6. ``vault.json.next`` is deleted.

At open (``finish_interrupted``), a pending header means a rekey was interrupted. The database
is tried with the old key first (that rolls back a hot journal); if it opens, the rekey did not
happen and the pending header is deleted. Otherwise the new key must open it: the rekey
happened, and steps 5-6 are finished. Trying a wrong key writes nothing but what a hot journal
puts back (raw page images, the same whichever key is tried).

Evidence files need no rewrite: their per-file keys live in the database rows, which the rekey
re-encrypts with everything else.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from ..domain.errors import (
    StorageError,
    UserError,
    ValidationError,
    VaultFormatError,
    WrongSecretError,
)
from ..infra import clock
from ..infra.atomic_files import fsync_dir
from . import anchor, audit
from .connection import DB_NAME, check_database_file, connect, raw_key_literal
from .fsutil import atomic_write_bytes
from .header import HEADER_NAME, VaultHeader, key_check_value, load_header
from .lockfile import VaultLock
from .read_only import read_only_reason

if TYPE_CHECKING:
    from .vault import Vault

PENDING_NAME = HEADER_NAME + ".next"
AUDIT_ACTION = "rekey"


@dataclass(frozen=True)
class RekeyResult:
    """What a rekey did. ``new_key`` is the new recovery key: show or print it once."""

    new_key: bytes
    kept: list[str]  # users whose slot was re-wrapped under the new key
    dropped: list[str]  # users whose slot was removed (no passphrase given for them)
    replaced_key_since: str  # when the replaced key was made (the old sheet's date)


def audit_content(rekey_id: str, kept: list[str], dropped: list[str]) -> dict[str, Any]:
    """The rekey's audit row content: no key material, only who keeps a slot."""
    return {"rekey_id": rekey_id, "users": kept, "dropped_users": dropped}


def rekey(
    vault: Vault,
    passphrases: dict[str, str],
    *,
    drop_others: bool = False,
    before_switch: Callable[[bytes], None] | None = None,
) -> RekeyResult:
    """Give ``vault`` a new random data key; re-wrap the slot of every user in ``passphrases``.

    A slot wraps K under a key derived from its passphrase, so only slots whose passphrase is
    given can be re-wrapped. Any other slot is dropped, and only when ``drop_others`` (its user
    then needs a new passphrase from the owner); without it they are refused, nothing changed.

    Raises:
        WrongSecretError: a given passphrase is not its user's.
        ValidationError: no passphrase given, other users' slots without ``drop_others``, or a
            vault in a state that must not be rekeyed (read-only, rolled back).
    """
    vault.require_writable()
    folder, old = vault.folder, vault.header
    if vault.rollback_problems:
        raise ValidationError(
            "The database is older than its anchor (changes are missing): restore the newest "
            "backup before changing the data key."
        )
    if (folder / PENDING_NAME).exists():
        raise ValidationError("An interrupted change of the data key is pending: reopen the vault.")
    if not passphrases:
        raise ValidationError("Give your passphrase: the new key is wrapped under it.")
    for user, passphrase in passphrases.items():
        if old.unwrap(user, passphrase) != vault.data_key:
            raise WrongSecretError(f"The passphrase of {user!r} does not open this vault.")
    kept = [s.user for s in old.slots if s.user in passphrases]
    dropped = [s.user for s in old.slots if s.user not in passphrases]
    if dropped and not drop_others:
        raise ValidationError(
            "These users' passphrases were not given, so their key slots cannot be re-wrapped: "
            + ", ".join(dropped)
            + ". Give them, or agree to remove those slots (they then need a new passphrase)."
        )
    new_key = os.urandom(32)
    now = clock.now().isoformat(timespec="seconds")
    new = VaultHeader(
        vault_id=old.vault_id,
        created_at=old.created_at,
        key_check=key_check_value(new_key, old.vault_id),
        version=old.version,
        anchored=True,
        key_created_at=now,
    )
    for slot in old.slots:
        if slot.user in passphrases:
            new.set_passphrase_slot(slot.user, passphrases[slot.user], new_key, slot.kdf, slot.role)
    rekey_id = secrets.token_hex(16)
    content = audit_content(rekey_id, kept, dropped)
    conn = vault.conn
    vault.settle_anchor()  # no late coalesced write under the old key alone after this one
    anchor.write(folder, vault.data_key, old.vault_id, *anchor.db_head(conn), also_key=new_key)
    _write_pending(folder, new, {"id": rekey_id, "user": vault.user, "content": content})
    try:
        if before_switch is not None:
            before_switch(new_key)
    except BaseException:
        _remove_pending(folder)  # the database was not touched
        raise
    _rekey_database(vault, new_key)
    # From here the database opens with the new key only: the rest is finished at the next
    # open if this process dies now.
    vault._key = new_key
    vault.header = new
    new.save(folder)
    with vault.transaction() as c:
        audit.append(c, vault.user, AUDIT_ACTION, "vault", old.vault_id, content)
    vault.write_anchor(force=True)
    _remove_pending(folder)
    return RekeyResult(new_key, kept, dropped, old.key_created_at or old.created_at)


def _rekey_database(vault: Vault, new_key: bytes) -> None:
    """``PRAGMA rekey`` in journal mode DELETE (one transaction with a rollback journal).

    A failure is checked, not assumed: the pending header is dropped only when the database
    still opens with the old key; otherwise it stays for the next open to finish.
    """
    conn, db, old_key = vault.conn, vault.folder / DB_NAME, vault.data_key
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA rekey = " + raw_key_literal(new_key))
        changed = _opens(db, new_key)
    except sqlcipher3.Error as exc:
        if not _opens(db, old_key):
            raise StorageError(
                f"The change of the data key stopped half-way ({exc}). Close the vault and open "
                "it again: it then opens with your passphrase and finishes or undoes the change."
            ) from exc
        _remove_pending(vault.folder)
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("PRAGMA journal_mode = WAL")
        raise StorageError(
            f"The data key could not be changed ({exc}). Nothing was changed."
        ) from exc
    if not changed:
        raise StorageError(
            "The database did not take the new data key. Close the vault and open it again: it "
            "then opens with your passphrase and finishes or undoes the change."
        )
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("PRAGMA journal_mode = WAL")  # WAL again at the next open if not now


def _write_pending(folder: Path, header: VaultHeader, info: dict[str, Any]) -> None:
    doc = json.loads(header.to_json())
    doc["rekey"] = info
    atomic_write_bytes(folder / PENDING_NAME, (json.dumps(doc, indent=2) + "\n").encode("utf-8"))


def _remove_pending(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / PENDING_NAME).unlink()
    fsync_dir(folder)


# ---------------------------------------------------------------- at open


def _key_from(
    header: VaultHeader, user: str | None, passphrase: str | None, recovery_key: bytes | None
) -> bytes | None:
    """K of ``header`` for the given secret, or None when the secret is not one of its."""
    try:
        if recovery_key is not None:
            header.check_key(recovery_key)
            return recovery_key
        if passphrase is None or user is None:
            return None
        return header.unwrap(user, passphrase)
    except WrongSecretError:
        return None


def _pending_info(folder: Path) -> dict[str, Any]:
    """The ``rekey`` object of the pending header (``VaultFormatError`` when it is not there)."""
    try:
        with open(folder / PENDING_NAME, "rb") as fh:
            info = json.loads(fh.read(1 << 20)).get("rekey")
    except (OSError, ValueError, AttributeError):
        info = None
    if not isinstance(info, dict) or not isinstance(info.get("content"), dict):
        raise VaultFormatError(
            f"{folder / PENDING_NAME} (left by an interrupted change of the data key) is "
            "damaged. Nothing was changed: restore the vault from your latest backup."
        )
    return info


# What ``finish_interrupted`` says happened (the CLI prints it; the GUI tells them apart).
UNDONE_NOTE = (
    "An interrupted change of the data key was undone: the vault keeps its previous key and "
    "recovery sheet; a recovery sheet printed by the interrupted change is void. Change the "
    "data key again if you still want to."
)
FINISHED_NOTE = "An interrupted change of the data key was finished: the vault uses the new key."


def finish_interrupted(
    folder: Path,
    *,
    user: str | None = None,
    passphrase: str | None = None,
    recovery_key: bytes | None = None,
    lock_wait: float = 0.0,
    read_only: bool | None = None,
) -> str | None:
    """Undo or finish a rekey a kill interrupted; None when there was none (the usual case).

    Nothing is done on a vault opened read-only (asked for, or a write-protected or full
    drive): the pending header stays for an open that may write.

    Returns one line that says which of the two happened. Raises ``WrongSecretError`` when the
    secret opens neither header, or only the one whose key the database does not have.
    """
    if not (folder / PENDING_NAME).is_file():
        return None
    current = load_header(folder)
    pending = load_header(folder, PENDING_NAME)
    if user is None and passphrase is not None and len(current.slots) == 1:
        user = current.slots[0].user
    if passphrase is not None and user is None:
        return None  # Vault.open asks which user
    old_key = _key_from(current, user, passphrase, recovery_key)
    new_key = _key_from(pending, user, passphrase, recovery_key)
    if old_key is None and new_key is None:
        return None  # Vault.open refuses the secret with its usual message
    db = folder / DB_NAME
    check_database_file(db)
    if read_only_reason(folder, read_only) is not None:
        if old_key is not None and _opens(db, old_key, read_only=True):
            return None  # the rekey did not happen: the vault opens as it was
        raise StorageError(
            f"A change of the data key of {folder} was interrupted and must be finished, which "
            "needs a drive that takes writes: copy the whole folder to the PC (with the file "
            "manager) and open the copy. Nothing was changed."
        )
    lock = VaultLock(folder)
    lock.acquire(lock_wait)
    try:
        if current.key_check == pending.key_check:
            old_key = None  # vault.json is the new header already: only step 5's rest is left
        if old_key is not None and _opens(db, old_key):
            _remove_pending(folder)
            _drop_next_mac(folder, old_key, current.vault_id)
            return UNDONE_NOTE
        if new_key is None and recovery_key is not None:
            raise WrongSecretError(
                "This recovery key was replaced by a change of the data key and no longer "
                "opens this vault: use a passphrase or the newest recovery sheet."
            )
        if new_key is None:
            raise WrongSecretError(
                f"The key slot of {user!r} was removed by a change of the data key: ask the "
                "owner for a new passphrase."
            )
        # A hot journal is no reason to refuse the new key: SQLite puts the journal's pages
        # back as raw bytes (no key needed) before the first page is decrypted, so a wrong key
        # restores the old pages as well as the right one, then fails. And a journal is also
        # left by a kill after the rekey, in the switch back to WAL (page 1, new key).
        if old_key is None and not _opens(db, new_key):
            raise WrongSecretError(
                "A change of the data key was interrupted before it took effect: unlock with "
                "your passphrase or the previous recovery key to undo it."
            )
        _roll_forward(folder, pending, new_key)
    finally:
        lock.release()
    return FINISHED_NOTE


def _drop_next_mac(folder: Path, old_key: bytes, vault_id: str) -> None:
    """Rewrite the anchor as it is, under the old key alone: the abandoned key (printed on a
    void sheet) must not keep a MAC that authenticates. The recorded head stays the same, so
    a rollback the anchor shows is not hidden."""
    with contextlib.suppress(anchor.AnchorError, UserError):
        found = anchor.read(folder, old_key, vault_id)
        if found is not None:
            anchor.write(folder, old_key, vault_id, found.last_id, found.head)


def _opens(db: Path, key: bytes, *, read_only: bool = False) -> bool:
    try:
        conn = connect(db, key, read_only=read_only)
    except UserError:
        return False
    conn.close()
    return True


def _roll_forward(folder: Path, pending: VaultHeader, new_key: bytes) -> None:
    """Steps 5-6 of a rekey whose database change was committed before the kill."""
    info = _pending_info(folder)
    content = info["content"]
    conn = connect(folder / DB_NAME, new_key)
    try:
        pending.save(folder)
        found = conn.execute(
            "SELECT 1 FROM audit WHERE action = ? AND content_hash = ?",
            (AUDIT_ACTION, audit.canonical_hash(content)),
        ).fetchone()
        if found is None:
            conn.execute("BEGIN IMMEDIATE")
            audit.append(conn, str(info.get("user", "")), AUDIT_ACTION, "vault",
                         pending.vault_id, content)  # fmt: skip
            conn.execute("COMMIT")
        anchor.write(folder, new_key, pending.vault_id, *anchor.db_head(conn))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    _remove_pending(folder)
