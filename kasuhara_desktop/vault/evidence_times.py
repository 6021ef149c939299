"""Times entered for evidence after import, and the bundles made from an incident.

The overlay time is what a person reads off a CCTV picture's clock overlay, in the shop's time
zone as the overlay shows it (the device's clock offset is taken off when it is printed). It is
part of the evidence row and so of its audit record: entering, changing or clearing it writes
an ``overlay_time`` audit row that hashes the whole row (``audit.evidence_content``).

Each bundle made is recorded with its manifest's SHA-256 (an audit row ``make`` of entity
``bundle``), so the incident report can list what was handed out and what to compare it with.
"""

from __future__ import annotations

from datetime import datetime

import sqlcipher3

from ..domain.errors import UserError, ValidationError
from ..domain.evidence import BundleRecord
from . import audit
from .repositories import incidents as incident_repo
from .repositories._sql import dt_in, dt_out, now_utc


def set_overlay_time(
    conn: sqlcipher3.Connection, evidence_id: str, when: datetime | None, user: str
) -> None:
    """Record (or with None, clear) the time read off the picture (inside a transaction).

    Raises:
        ValidationError: ``when`` has no time zone.
        UserError: there is no such evidence, or it was deleted.
    """
    if when is not None and when.utcoffset() is None:
        raise ValidationError("The overlay time needs its time zone (the shop's).")
    row = conn.execute(
        "SELECT deleted_at FROM evidence WHERE id = ?", (evidence_id.strip().lower(),)
    ).fetchone()
    if row is None:
        raise UserError(f"There is no evidence {evidence_id!r}.")
    if row[0] is not None:
        raise UserError("This evidence was deleted; its times can no longer be changed.")
    eid = evidence_id.strip().lower()
    if when is None:
        conn.execute(
            "UPDATE evidence SET overlay_time = NULL, overlay_time_by = NULL,"
            " overlay_time_at = NULL WHERE id = ?",
            (eid,),
        )
    else:
        conn.execute(
            "UPDATE evidence SET overlay_time = ?, overlay_time_by = ?, overlay_time_at = ?"
            " WHERE id = ?",
            (dt_out(when.replace(microsecond=0)), user, dt_out(now_utc()), eid),
        )
    audit.append(conn, user, "overlay_time", "evidence", eid, audit.evidence_content(conn, eid))


def record_bundle(
    conn: sqlcipher3.Connection, reference: str, record: BundleRecord, user: str
) -> None:
    """Keep that a bundle was made (inside the caller's transaction), with an audit row."""
    incident = incident_repo.get(conn, reference)
    conn.execute(
        "INSERT INTO evidence_bundles (incident_id, made_at, made_by, manifest_sha256,"
        " file_name, archive_format, encrypted) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (incident.id, dt_out(record.made_at), record.made_by, record.manifest_sha256,
         record.file_name, record.archive_format, int(record.encrypted)),
    )  # fmt: skip
    stored = (dt_out(record.made_at), record.manifest_sha256, record.file_name,
              record.archive_format, record.encrypted)  # fmt: skip
    content = _bundle_content(reference, stored)
    # Its own entity: the "incident" rows are the incident's saved versions, one per version.
    audit.append(conn, user, "make", "bundle", record.manifest_sha256, content)


def bundles_for_incident(conn: sqlcipher3.Connection, reference: str) -> list[BundleRecord]:
    """Every bundle made from ``reference``, oldest first."""
    incident = incident_repo.get(conn, reference)
    rows = conn.execute(
        "SELECT made_at, made_by, manifest_sha256, file_name, archive_format, encrypted"
        " FROM evidence_bundles WHERE incident_id = ? ORDER BY id",
        (incident.id,),
    )
    found = []
    for r in rows:
        made_at = dt_in(str(r[0])) or now_utc()
        found.append(BundleRecord(made_at, str(r[1]), str(r[2]), str(r[3]), str(r[4]), bool(r[5])))
    return found


def _bundle_content(reference: str, row: tuple[object, ...]) -> dict[str, object]:
    made_at, manifest, file_name, archive_format, encrypted = row
    return {
        "incident": reference,
        "made_at": made_at,
        "manifest_sha256": manifest,
        "file_name": file_name,
        "archive_format": archive_format,
        "encrypted": bool(encrypted),
    }


def bundle_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Each recorded bundle against its ``make`` audit row (for ``verify``): a manifest hash
    changed in the database would otherwise be printed by the next report unnoticed."""
    history = audit.rows(conn, "bundle")
    # A bundle record erased with its incident (retention) has a 'delete' row: not missing.
    erased = {r.entity_id for r in history if r.action == "delete"}
    recorded = [r.content_hash for r in history if r.action == "make" and r.entity_id not in erased]
    rows = conn.execute(
        "SELECT i.reference, b.made_at, b.manifest_sha256, b.file_name, b.archive_format,"
        " b.encrypted FROM evidence_bundles b JOIN incidents i ON i.id = b.incident_id"
        " ORDER BY b.id"
    ).fetchall()
    problems = []
    for n, row in enumerate(rows):
        content = audit.canonical_hash(_bundle_content(str(row[0]), tuple(row[1:])))
        if n >= len(recorded) or recorded[n] != content:
            problems.append(
                f"the bundle {row[3]!r} of {row[0]} (manifest {row[2]}) does not match its "
                "audit row: it was changed outside the program"
            )
    if len(recorded) > len(rows):
        problems.append(f"{len(recorded) - len(rows)} bundle(s) made were removed from the logbook")
    return problems
