"""A vault on disk: header, encrypted database, evidence folder and instance lock.

``Vault.create`` and ``Vault.open`` are the only ways in. Opening checks the secret against
the header *before* anything is written, so a wrong passphrase changes no file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from ..domain.enums import Employment
from ..domain.errors import StorageError, UserError, ValidationError, VaultFormatError
from ..domain.models import ShopProfile, StaffMember
from . import anchor, audit, rekey
from .anchor_writer import AnchorWriter
from .connection import DB_NAME, check_database_file, connect
from .fsutil import storage_error
from .header import HEADER_NAME, VaultHeader, load_header
from .kdf import KdfParams, calibrate, is_test_grade
from .lockfile import VaultLock
from .migrate import migrate
from .quarantine import sweep_at_open
from .read_only import read_only_reason, refuse_migration_read_only
from .repositories import people, shop

EVIDENCE_DIR = "evidence"
_SQLITE_STORAGE_ERRORS = (
    ("disk is full", errno.ENOSPC),
    ("disk i/o error", errno.EIO),
    ("readonly database", errno.EROFS),
    ("unable to open database", errno.ENOENT),
)
RECOVERY_USER = "recovery key"


class Vault:
    """An open (unlocked) vault. Close it to lock: the key and connection are dropped."""

    def __init__(
        self,
        folder: Path,
        header: VaultHeader,
        data_key: bytes,
        conn: sqlcipher3.Connection,
        user: str,
        lock: VaultLock,
    ) -> None:
        self.folder = folder
        self.header = header
        self._key: bytes | None = data_key
        self._conn: sqlcipher3.Connection | None = conn
        self.user = user
        self._lock = lock
        # Set when the vault was opened read-only: the message every write is refused with.
        self.read_only_reason: str | None = None
        # What the database lacks compared to anchor.json (a rollback); while not empty, the
        # anchor is left as it is (it keeps recording what is missing) and nothing is swept.
        self.rollback_problems: list[str] = []
        self._anchored: tuple[int, str] | None = None  # the head anchor.json last got from us
        self._anchor_writer = AnchorWriter(folder, header.vault_id, lambda: self._key)
        self.rekey_note: str | None = None  # set when an interrupted rekey was undone/finished

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def create(
        cls,
        folder: Path,
        profile: ShopProfile,
        owner: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
    ) -> tuple[Vault, bytes]:
        """Create a new vault in ``folder`` (new or empty); return it and the data key K.

        K is the recovery key: show it to the owner once, then forget it.
        """
        if not owner.strip():
            raise ValidationError("The owner's name must not be empty.")
        if not passphrase:
            raise ValidationError("The passphrase must not be empty.")
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise ValidationError(f"{folder} is not empty: choose a new or empty folder.")
        created_folder = not folder.exists()
        data_key = os.urandom(32)
        header = VaultHeader.new(data_key)
        header.anchored = True  # its first transaction writes anchor.json
        header.set_passphrase_slot(owner, passphrase, data_key, kdf or calibrate(), role="owner")
        lock = VaultLock(folder)
        try:
            (folder / EVIDENCE_DIR).mkdir(parents=True, exist_ok=True)
            lock.acquire()
            header.save(folder)
            conn = connect(folder / DB_NAME, data_key, create=True)
        except OSError as exc:
            lock.release()
            raise storage_error(exc, folder, "create the vault in") from exc
        except BaseException:
            lock.release()
            _remove_partial(folder, created_folder)
            raise
        vault = cls(folder, header, data_key, conn, owner, lock)
        try:
            migrate(conn, folder / DB_NAME)
            with vault.transaction() as c:
                shop.save(c, profile, owner)
                people.upsert_staff(c, StaffMember(name=owner, employment=Employment.OWNER), owner)
                audit.append(c, owner, "create", "vault", header.vault_id, {"users": [owner]})
        except BaseException:
            vault.close()
            _remove_partial(folder, created_folder)
            raise
        return vault, data_key

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        user: str | None = None,
        passphrase: str | None = None,
        recovery_key: bytes | None = None,
        lock_wait: float = 0.0,
        read_only: bool | None = None,
    ) -> Vault:
        """Unlock with ``user`` + ``passphrase`` or with the ``recovery_key`` (K).

        ``lock_wait``: seconds to wait for another process to close the vault first.
        ``read_only``: open without writing any file; by default that is chosen for a vault on a
        read-only or full drive, so that reading, verifying and copying it out still work
        (``read_only_reason`` then says why, and every write is refused with it).
        """
        # A rekey a kill interrupted is undone or finished first (``rekey_note`` says which).
        rekey_note = rekey.finish_interrupted(
            folder, user=user, passphrase=passphrase, recovery_key=recovery_key,
            lock_wait=lock_wait, read_only=read_only,
        )  # fmt: skip
        header = load_header(folder)
        if recovery_key is not None:
            header.check_key(recovery_key)
            data_key, who = recovery_key, RECOVERY_USER
        else:
            if passphrase is None:
                raise ValidationError("A passphrase or the recovery key is needed to unlock.")
            if user is None:
                if len(header.slots) != 1:
                    raise ValidationError(
                        "This vault has several users: say which one ("
                        + ", ".join(header.users)
                        + ")."
                    )
                user = header.slots[0].user
            data_key, who = header.unwrap(user, passphrase), user
        # Before the lock: a refused database leaves every file in the folder as it was.
        check_database_file(folder / DB_NAME)
        reason = read_only_reason(folder, read_only)
        lock = VaultLock(folder)
        lock.acquire(lock_wait, read_only=reason is not None)
        try:
            conn = connect(folder / DB_NAME, data_key, read_only=reason is not None)
            try:
                if reason is None:
                    migrate(conn, folder / DB_NAME)
                else:
                    refuse_migration_read_only(conn, reason)
                rollback = anchor.problems(
                    conn, folder, data_key, header.vault_id, expected=header.anchored
                )
                if not rollback and reason is None:
                    # Never in a rolled-back state: the newer database's files are not strays.
                    sweep_at_open(conn, folder / EVIDENCE_DIR)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        vault = cls(folder, header, data_key, conn, who, lock)
        vault.rollback_problems = rollback or []
        vault.read_only_reason = reason
        vault.rekey_note = rekey_note
        if not rollback and not header.anchored and reason is None:
            # A vault made before anchors gets its first one without alarm; from then on the
            # header says so, and a missing anchor is reported.
            with contextlib.suppress(OSError, UserError):
                if rollback is None:
                    vault.write_anchor()
                header.anchored = True
                header.save(folder)
        return vault

    def close(self) -> None:
        """Lock the vault: close the database, forget the key, release the instance lock."""
        if self._conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
            if not self.read_only:
                self._anchor_writer.settle()
                anchor.flush(self.folder)
        self._key = None
        self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ access

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultFormatError("The vault is locked. Unlock it first.")
        return self._conn

    @property
    def data_key(self) -> bytes:
        if self._key is None:
            raise VaultFormatError("The vault is locked. Unlock it first.")
        return self._key

    @property
    def evidence_dir(self) -> Path:
        return self.folder / EVIDENCE_DIR

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One write transaction: committed whole or rolled back whole."""
        self.require_writable()
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            raise self._storage_error(exc) or exc from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite may already have rolled back by itself (a full disk does that).
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlcipher3.OperationalError):
                raise self._storage_error(exc) or exc from exc
            raise
        if not self.rollback_problems:
            # After the commit: a kill before this leaves the database ahead of the anchor,
            # which is fine; a failure here must not report the committed change as failed.
            with contextlib.suppress(OSError, UserError, sqlcipher3.Error):
                self.write_anchor()

    def write_anchor(self, *, force: bool = False) -> None:
        """Record the database's audit head in ``anchor.json`` (MACed under the data key).

        Skipped when the head is the one already written (an autosave adds no audit row),
        unless ``force`` (after a change of the data key: the MAC key changed with it).
        """
        head = anchor.db_head(self.conn)
        if force:
            self._anchor_writer.settle()
            anchor.write(self.folder, self.data_key, self.header.vault_id, *head)
        elif head != self._anchored:
            # In place, without fsync (the commit before it is durable), and at most once a
            # second in a burst of saves (anchor_writer.py).
            self._anchor_writer.advance(*head)
        self._anchored = head

    def settle_anchor(self) -> None:
        """Write a coalesced anchor update now (before a change of the data key)."""
        self._anchor_writer.settle()

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def require_writable(self) -> None:
        """Refuse a write to a vault opened read-only, saying why and what to do."""
        if self.read_only_reason is not None:
            raise StorageError(self.read_only_reason)

    def _storage_error(self, exc: sqlcipher3.OperationalError) -> UserError | None:
        """The environment's fault (full disk, removed drive) as a clear message; else None."""
        text = str(exc).lower()
        for needle, code in _SQLITE_STORAGE_ERRORS:
            if needle in text:
                return storage_error(OSError(code, str(exc)), self.folder / DB_NAME, "save to")
        return None

    # ------------------------------------------------------------ key slots

    def set_passphrase(
        self, user: str, new_passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Add ``user`` or replace their passphrase: rewrites that one slot, never the database."""
        self.require_writable()
        role = "staff"
        with contextlib.suppress(Exception):
            role = self.header.slot_for(user).role
        template = kdf or (self.header.slots[0].kdf if self.header.slots else None)
        if template is None or (kdf is None and is_test_grade(template)):
            # A vault made with test settings gets real ones with the first change made
            # without them: that is how its owner fixes it.
            template = calibrate()
        self.header.set_passphrase_slot(user, new_passphrase, self.data_key, template, role=role)
        self.header.save(self.folder)
        with self.transaction() as c:
            audit.append(c, self.user, "set_passphrase", "user", user, {"user": user})


def _remove_partial(folder: Path, created_folder: bool) -> None:
    """Undo a failed create: remove what it wrote, never anything that was there before."""
    for name in (HEADER_NAME, HEADER_NAME + ".prev", DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    with contextlib.suppress(OSError):
        (folder / EVIDENCE_DIR).rmdir()
    if created_folder:
        shutil.rmtree(folder, ignore_errors=True)
