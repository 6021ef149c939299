"""``anchor.json``: the audit head kept outside the database, so a rolled-back database shows.

SQLCipher authenticates every page, but not which *version* of the database is on the disk: an
older copy of ``vault.db`` put back, or a ``-wal`` deleted, truncated or damaged after a kill,
opens fine and loses acknowledged changes silently. The anchor records the id and hash of the
newest audit row, MACed (HMAC-SHA256) under a key derived from the data key, and is rewritten
atomically after each committed change.

The anchor is written *after* the database commit, so a kill in between leaves the database
ahead of the anchor; that is normal and never alarms. A database *behind* the anchor (its audit
chain ends before the anchor's row), or one whose row at the anchor's id has another hash, is a
rollback or a replaced history: ``check`` names what is missing.

The file holds two slots of 4 KiB, each one anchor document padded with spaces. :func:`write`
replaces the whole file atomically (both slots the same; fsync, rename): at open, after a
restore, around a change of the data key. After each ordinary commit, :func:`advance` overwrites
the *other* slot in place without an fsync: the database's commit was made durable just before,
so a power cut can only lose the newest anchor, never put it ahead of the database, and the slot
not being written stays intact; the reader takes the newest slot that authenticates. That saves
the two fsyncs and the rename a durable write costs on every save (issue 19); :func:`flush`
makes the file durable at lock and close.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from ..infra import clock
from .fsutil import atomic_write_bytes, storage_error

ANCHOR_NAME = "anchor.json"
FORMAT_NAME = "kasuhara-anchor"
FORMAT_VERSION = 1
_KEY_INFO = b"kasuhara anchor v1"
SLOT_BYTES = 4096  # one slot per filesystem block, so writing one never touches the other
_MAX_BYTES = 2 * SLOT_BYTES
RESTORE_ADVICE = "restore the newest backup ('kasuhara restore BACKUP --to NEW_FOLDER')"


class AnchorError(Exception):
    """``anchor.json`` is unreadable, damaged, or not this vault's (its MAC does not match)."""


@dataclass(frozen=True)
class Anchor:
    """The newest audit row the program has acknowledged: its id and hash."""

    vault_id: str
    last_id: int
    head: str
    written_at: str


def anchor_key(data_key: bytes) -> bytes:
    """The MAC key: derived from the data key, so only a holder of K can write an anchor."""
    return hmac.new(data_key, _KEY_INFO, hashlib.sha256).digest()


def _mac(data_key: bytes, vault_id: str, last_id: int, head: str, written_at: str) -> str:
    message = json.dumps(
        [FORMAT_NAME, FORMAT_VERSION, vault_id, last_id, head, written_at], separators=(",", ":")
    ).encode("utf-8")
    return hmac.new(anchor_key(data_key), message, hashlib.sha256).hexdigest()


def db_head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    """The id and hash of the database's newest audit row (0 and 64 zeros when none)."""
    row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "0" * 64)


def write(
    folder: Path,
    data_key: bytes,
    vault_id: str,
    last_id: int,
    head: str,
    *,
    also_key: bytes | None = None,
) -> None:
    """Write the anchor atomically (a crash leaves the old or the new one), MACed under
    ``data_key``, and also under ``also_key`` when given.

    A change of the data key: first write with the old key and ``also_key`` = the new one,
    then change the key, then write with the new key alone. A kill at any moment then leaves
    an anchor that authenticates with whichever key opens the vault.
    """
    slot = _slot_bytes(data_key, vault_id, last_id, head, also_key)
    atomic_write_bytes(folder / ANCHOR_NAME, slot + slot)


def advance(folder: Path, data_key: bytes, vault_id: str, last_id: int, head: str) -> None:
    """Record a newer head after a commit: overwrite the older slot in place, without fsync.

    Falls back to :func:`write` when the file is not in the two-slot layout (missing, or
    written by an older version of the program).
    """
    path = folder / ANCHOR_NAME
    try:
        with open(path, "r+b") as fh:
            raw = fh.read(_MAX_BYTES + 1)
            if len(raw) != _MAX_BYTES:
                raise FileNotFoundError
            older = 0 if _slot_last_id(raw[:SLOT_BYTES]) <= _slot_last_id(raw[SLOT_BYTES:]) else 1
            fh.seek(older * SLOT_BYTES)
            fh.write(_slot_bytes(data_key, vault_id, last_id, head))
    except FileNotFoundError:
        write(folder, data_key, vault_id, last_id, head)
    except OSError as exc:
        raise storage_error(exc, path, "write") from exc


def flush(folder: Path) -> None:
    """Make the anchor's in-place updates durable (at lock and close); missing is fine."""
    try:
        with open(folder / ANCHOR_NAME, "r+b") as fh:
            os.fsync(fh.fileno())
    except OSError:
        pass  # nothing to flush, or a read-only drive: the database is durable regardless


def _slot_bytes(
    data_key: bytes, vault_id: str, last_id: int, head: str, also_key: bytes | None = None
) -> bytes:
    """One slot: the anchor document MACed under ``data_key`` (and ``also_key``), padded."""
    written_at = clock.now().isoformat(timespec="seconds")
    doc = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "vault_id": vault_id,
        "last_id": last_id,
        "head": head,
        "written_at": written_at,
        "mac": _mac(data_key, vault_id, last_id, head, written_at),
    }
    if also_key is not None:
        doc["mac_next"] = _mac(also_key, vault_id, last_id, head, written_at)
    data = json.dumps(doc, separators=(",", ":")).encode("utf-8")
    if len(data) >= SLOT_BYTES:
        raise ValueError("anchor document too large for its slot")
    return data + b" " * (SLOT_BYTES - 1 - len(data)) + b"\n"


def _slot_last_id(raw: bytes) -> int:
    """The ``last_id`` a slot claims (-1 if unreadable): only to choose which slot to reuse."""
    try:
        return int(json.loads(raw.decode("utf-8"))["last_id"])
    except (ValueError, KeyError, TypeError):
        return -1


def write_for(conn: sqlcipher3.Connection, folder: Path, data_key: bytes, vault_id: str) -> None:
    """Write the anchor for the database's current audit head."""
    last_id, head = db_head(conn)
    write(folder, data_key, vault_id, last_id, head)


def read(folder: Path, data_key: bytes, vault_id: str) -> Anchor | None:
    """The anchor, or None when there is no ``anchor.json``; ``AnchorError`` when it is bad.

    Of the two slots, the newest that authenticates counts. A slot that is not an anchor
    document at all (torn by a power cut while it was rewritten) is passed over when the other
    one is good; a document that does not authenticate is never passed over.
    """
    path = folder / ANCHOR_NAME
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AnchorError(f"{ANCHOR_NAME} cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > _MAX_BYTES:
        raise AnchorError(f"{ANCHOR_NAME} is damaged (too large)")
    # An older program wrote one document; this one writes two slots.
    slots = [raw[:SLOT_BYTES], raw[SLOT_BYTES:]] if len(raw) == _MAX_BYTES else [raw]
    found: list[Anchor] = []
    torn: list[AnchorError] = []
    for slot in slots:
        try:
            anchor, macs = _parse(slot)
        except AnchorError as exc:
            torn.append(exc)
            continue
        expected = _mac(data_key, anchor.vault_id, anchor.last_id, anchor.head, anchor.written_at)
        authentic = any(hmac.compare_digest(expected, mac) for mac in macs)
        if not authentic or anchor.vault_id != vault_id:
            raise AnchorError(f"{ANCHOR_NAME} does not authenticate with this vault's key")
        found.append(anchor)
    if not found:
        raise torn[0]
    return max(found, key=lambda a: a.last_id)


def _parse(raw: bytes) -> tuple[Anchor, list[str]]:
    try:
        doc = json.loads(raw.decode("utf-8"))
        anchor = Anchor(
            vault_id=str(doc["vault_id"]),
            last_id=int(doc["last_id"]),
            head=str(doc["head"]),
            written_at=str(doc["written_at"]),
        )
        macs = [str(doc["mac"])] + ([str(doc["mac_next"])] if "mac_next" in doc else [])
        if doc.get("format") != FORMAT_NAME or doc.get("version") != FORMAT_VERSION:
            raise ValueError("unknown format")
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise AnchorError(f"{ANCHOR_NAME} is damaged ({exc})") from exc
    return anchor, macs


def problems(
    conn: sqlcipher3.Connection, folder: Path, data_key: bytes, vault_id: str, *, expected: bool
) -> list[str] | None:
    """What the database lacks compared to the anchor (empty: it is as new or newer).

    ``expected``: the header says an anchor was written. Returns None when there is no anchor
    and none was expected (a vault made before anchors: the caller writes the first one).
    """
    try:
        anchor = read(folder, data_key, vault_id)
    except AnchorError as exc:
        return [
            f"{exc}: the database cannot be checked against a rollback. If changes are missing, "
            f"{RESTORE_ADVICE}"
        ]
    if anchor is None:
        if not expected:
            return None
        return [
            f"{ANCHOR_NAME} is missing although this vault wrote one: the database cannot be "
            f"checked against a rollback. If changes are missing, {RESTORE_ADVICE}"
        ]
    last_id, _head = db_head(conn)
    if last_id < anchor.last_id:
        missing = anchor.last_id - last_id
        return [
            f"the database ends at audit row {last_id} but the anchor records {anchor.last_id} "
            f"(written {anchor.written_at}): {missing} acknowledged change(s) are missing (an "
            f"older vault.db was put back, or its -wal was lost); {RESTORE_ADVICE}"
        ]
    row = conn.execute("SELECT hash FROM audit WHERE id = ?", (anchor.last_id,)).fetchone()
    if anchor.last_id > 0 and (row is None or str(row[0]) != anchor.head):
        return [
            f"audit row {anchor.last_id} is not the one the anchor records (written "
            f"{anchor.written_at}): the database's history was replaced; {RESTORE_ADVICE}"
        ]
    return []
