"""The record of the last passed full verify: where the chain was, MACed under the data key.

``verify --quick`` starts from this record, so a forged one would let it skip rows. The MAC (a
key derived from the data key, bound to the vault id) means only a holder of the data key can
write a record that is believed, and a record copied from another vault is refused. A holder of
the key can rewrite anything anyway (the chain included); that is what the full check, still
the default, and the anchor outside the database are for.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

import sqlcipher3

from ..infra import clock

_KEY_INFO = b"kasuhara full-check record v1"


@dataclass(frozen=True)
class FullCheck:
    """A full verify that passed: when, and the audit row (id, hash) the chain ended at."""

    checked_at: str
    audit_id: int
    audit_hash: str
    authentic: bool


def _mac(data_key: bytes, vault_id: str, checked_at: str, audit_id: int, audit_hash: str) -> str:
    key = hmac.new(data_key, _KEY_INFO, hashlib.sha256).digest()
    message = json.dumps([vault_id, checked_at, audit_id, audit_hash], separators=(",", ":"))
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


def record(conn: sqlcipher3.Connection, data_key: bytes, vault_id: str) -> FullCheck:
    """Record, inside the caller's transaction, that a full check passed up to the audit head."""
    row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    audit_id, audit_hash = (int(row[0]), str(row[1])) if row else (0, "0" * 64)
    checked_at = clock.now().isoformat(timespec="seconds")
    conn.execute(
        "INSERT INTO full_checks (checked_at, audit_id, audit_hash, mac) VALUES (?, ?, ?, ?)",
        (
            checked_at,
            audit_id,
            audit_hash,
            _mac(data_key, vault_id, checked_at, audit_id, audit_hash),
        ),
    )
    return FullCheck(checked_at, audit_id, audit_hash, authentic=True)


def last(conn: sqlcipher3.Connection, data_key: bytes, vault_id: str) -> FullCheck | None:
    """The newest record (``authentic`` False when its MAC does not match), or None."""
    row = conn.execute(
        "SELECT checked_at, audit_id, audit_hash, mac FROM full_checks ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    checked_at, audit_id, audit_hash, mac = str(row[0]), int(row[1]), str(row[2]), str(row[3])
    expected = _mac(data_key, vault_id, checked_at, audit_id, audit_hash)
    return FullCheck(checked_at, audit_id, audit_hash, hmac.compare_digest(expected, mac))
