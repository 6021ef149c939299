"""Retention: the shop's periods and holds, the facts the rules need, and erasing a record.

Erasing runs inside the caller's transaction and leaves no trace of the record's content:
the rows go (``PRAGMA secure_delete`` is on, so SQLite overwrites the freed space), each
evidence file's key is forgotten through the same path as deleting one evidence file
(``evidence_store.delete``), and the audit chain gets a ``delete`` row per erased entity whose
content (only its hash is stored) names the reference, the kind, the rule and who erased it,
so ``verify``'s orphaned-audit-rows check knows the record went through the program. Records
that only *pointed* to an erased incident (consultations, cooperation requests, case studies:
``ON DELETE SET NULL``) are audited again as they now are, so they still match their chain.

The foreign keys are the safety net: a table that still points to the incident (a notice that
rests on it) makes the delete fail and the whole transaction roll back.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlcipher3

from ...domain.enums import Channel, IncidentStatus
from ...domain.errors import NotFoundError, UserError
from ...domain.retention import (
    IncidentFacts,
    NoticeFacts,
    RecordFacts,
    RecordKind,
    RetentionSettings,
)
from ...domain.staff_care import StaffCare
from .. import audit, evidence_store, search
from . import consultation as consultation_repo
from . import training as training_repo
from ._sql import date_in, dt_out, now_utc

SETTING_ENTITY = "retention_setting"
HOLD_ENTITY = "retention_hold"

# References of the records that have no reference of their own: a letter and the row id.
_PREFIX = {
    "C": (RecordKind.CONSULTATION, "consultations", "consultation"),
    "T": (RecordKind.TRAINING_SESSION, "training_sessions", "training_session"),
    "S": (RecordKind.CASE_STUDY, "training_case_studies", "training_case_study"),
    "R": (RecordKind.FORMER_STAFF, "training_roster", "training_roster"),
}
_PREFIX_OF = {kind: letter for letter, (kind, _t, _e) in _PREFIX.items()}

# Tables that point to incidents and what erasing does with them (see erase_incident);
# tests/vault/test_retention_repo.py fails when a new table points to incidents unhandled.
INCIDENT_CHILDREN = (
    "incident_behaviours",
    "quotes",
    "timeline",
    "participants",
    "statements",
    "actions",
    "costs",
    "incident_revisions",
)
INCIDENT_LINKS = ("consultations", "cooperation_requests", "training_case_studies")
INCIDENT_HANDLED = (*INCIDENT_CHILDREN, *INCIDENT_LINKS, "evidence", "evidence_bundles")
INCIDENT_BLOCKERS = ("notices", "notice_breaches")  # a notice rests on it: erase that first


def record_reference(kind: RecordKind, row_id: int) -> str:
    return f"{_PREFIX_OF[kind]}-{row_id}"


# ------------------------------------------------------------------ settings and holds


def settings(conn: sqlcipher3.Connection) -> RetentionSettings:
    rows = conn.execute("SELECT kind, months FROM retention_settings").fetchall()
    known = {k.value for k in RecordKind}
    return RetentionSettings({RecordKind(k): int(m) for k, m in rows if k in known})


def set_months(
    conn: sqlcipher3.Connection, kind: RecordKind, months: int | None, user: str
) -> None:
    """Set the period of ``kind`` (None: back to the default), audited."""
    if months is None:
        conn.execute("DELETE FROM retention_settings WHERE kind = ?", (kind.value,))
    else:
        conn.execute(
            "INSERT INTO retention_settings (kind, months, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET months = excluded.months,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (kind.value, months, dt_out(now_utc()), user),
        )
    audit.append(conn, user, "save", SETTING_ENTITY, kind.value, {"months": months})


def holds(conn: sqlcipher3.Connection) -> dict[str, str]:
    return {
        str(r): str(why) for r, why in conn.execute("SELECT reference, reason FROM retention_holds")
    }


def hold(conn: sqlcipher3.Connection, reference: str, reason: str, user: str) -> RecordKind:
    kind = kind_of(conn, reference)
    conn.execute(
        "INSERT INTO retention_holds (reference, kind, reason, held_at, held_by)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (reference) DO UPDATE SET reason = excluded.reason,"
        " held_at = excluded.held_at, held_by = excluded.held_by",
        (reference, kind.value, reason, dt_out(now_utc()), user),
    )
    audit.append(conn, user, "hold", HOLD_ENTITY, reference, {"kind": kind.value, "reason": reason})
    return kind


def release(conn: sqlcipher3.Connection, reference: str, user: str) -> None:
    if not conn.execute("DELETE FROM retention_holds WHERE reference = ?", (reference,)).rowcount:
        raise NotFoundError(f"{reference} is not on hold.")
    audit.append(conn, user, "release", HOLD_ENTITY, reference, {"reference": reference})


def kind_of(conn: sqlcipher3.Connection, reference: str) -> RecordKind:
    """The kind of the record ``reference`` names; NotFoundError when there is none."""
    if reference.startswith("K-"):
        row = conn.execute(
            "SELECT channel FROM incidents WHERE reference = ?", (reference,)
        ).fetchone()
        if row is not None:
            phone = row[0] == Channel.PHONE.value
            return RecordKind.PHONE_CALL if phone else RecordKind.CLOSED_INCIDENT
    elif reference.startswith("N-"):
        if conn.execute("SELECT 1 FROM notices WHERE number = ?", (reference,)).fetchone():
            return RecordKind.NOTICE
    else:
        found = _record_row(conn, reference)
        if found is not None:
            return found[0]
    raise NotFoundError(
        f"No record {reference!r}: use an incident (K-…), notice (N-…), consultation (C-n), "
        "training session (T-n) or case study (S-n) reference from the review."
    )


def _record_row(
    conn: sqlcipher3.Connection, reference: str
) -> tuple[RecordKind, str, str, int] | None:
    letter, _, number = reference.partition("-")
    if letter not in _PREFIX or not number.isdigit():
        return None
    kind, table, entity = _PREFIX[letter]
    row = conn.execute(f"SELECT id FROM {table} WHERE id = ?", (int(number),)).fetchone()  # fixed
    return None if row is None else (kind, table, entity, int(number))


# ------------------------------------------------------------------ facts


def _day(value: str | None, zone: ZoneInfo) -> date | None:
    if not value:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    moment = datetime.fromisoformat(value)
    return (moment.astimezone(zone) if moment.tzinfo else moment).date()


def incident_facts(conn: sqlcipher3.Connection, zone: ZoneInfo) -> list[IncidentFacts]:
    """Every closed incident, with its open follow-ups and when its offender became known (the
    later of the complaint holders' days).

    Open follow-ups as closing counts them (``domain/workflow.open_follow_ups``): actions with a
    due day not done, and staff-care follow-ups not done.
    """
    rows = conn.execute(
        "SELECT i.reference, i.updated_at, i.channel, i.offender_known_on,"
        " i.offender_known_to_staff_on, i.staff_care,"
        " (SELECT count(*) FROM actions a WHERE a.incident_id = i.id AND a.done = 0"
        " AND a.due IS NOT NULL) FROM incidents i WHERE i.status = ? ORDER BY i.id",
        (IncidentStatus.CLOSED.value,),
    ).fetchall()
    found = []
    for ref, updated, channel, shop_knew, staff_knew, care, open_actions in rows:
        closed = _day(updated, zone) or date.min
        pending = sum(
            len(StaffCare.from_dict(c).pending_follow_ups()) for c in json.loads(care or "[]")
        )
        found.append(
            IncidentFacts(
                ref,
                closed,
                channel == Channel.PHONE.value,
                int(open_actions) + pending,
                # the last complaint period to end runs from the later holder's day
                max(filter(None, (date_in(shop_knew), date_in(staff_knew))), default=None),
            )
        )
    return found


def notice_facts(conn: sqlcipher3.Connection) -> list[NoticeFacts]:
    """Every notice with the incidents it rests on: its own, breaches, evidence it uses."""
    resting: dict[int, set[str]] = {}
    for notice_id, ref in conn.execute(
        "SELECT n.id, i.reference FROM notices n JOIN incidents i ON i.id = n.incident_id"
        " UNION SELECT b.notice_id, i.reference FROM notice_breaches b"
        " JOIN incidents i ON i.id = b.incident_id"
        " UNION SELECT s.notice_id, i.reference FROM notice_service_records s"
        " JOIN evidence e ON e.id = s.receipt_evidence_id JOIN incidents i ON i.id = e.incident_id"
        " UNION SELECT n.id, i.reference FROM notices n JOIN evidence e"
        " ON e.id = n.photo_evidence_id JOIN incidents i ON i.id = e.incident_id"
    ):
        resting.setdefault(int(notice_id), set()).add(str(ref))
    rows = conn.execute(
        "SELECT id, number, valid_from, valid_until, shortened_to, revoked_on FROM notices"
        " ORDER BY id"
    ).fetchall()
    found = []
    for notice_id, number, valid_from, until, shortened, revoked in rows:
        end = date_in(shortened) or date_in(until)
        found.append(
            NoticeFacts(
                number,
                date_in(valid_from) or date.min,
                end,
                date_in(revoked),
                tuple(sorted(resting.get(int(notice_id), ()))),
            )
        )
    return found


def record_facts(conn: sqlcipher3.Connection, zone: ZoneInfo) -> list[RecordFacts]:
    """Consultations (from the later of the day and the follow-up day), training sessions,
    former members of staff (from the day they left, named in the sessions they attended),
    case studies."""
    found = []
    for cid, at, follow_on in conn.execute(
        "SELECT id, consulted_at, follow_up_on FROM consultations ORDER BY id"
    ):
        days = [d for d in (_day(at, zone), date_in(follow_on)) if d is not None]
        found.append(
            RecordFacts(
                RecordKind.CONSULTATION, record_reference(RecordKind.CONSULTATION, cid), max(days)
            )
        )
    for sid, held_on in conn.execute("SELECT id, held_on FROM training_sessions ORDER BY id"):
        kind = RecordKind.TRAINING_SESSION
        found.append(RecordFacts(kind, record_reference(kind, sid), date_in(held_on) or date.min))
    attended: dict[int, list[str]] = {}
    for sid, mid in conn.execute(
        "SELECT session_id, member_id FROM training_attendance ORDER BY session_id"
    ):
        attended.setdefault(mid, []).append(record_reference(RecordKind.TRAINING_SESSION, sid))
    for mid, left_on in conn.execute(
        "SELECT id, left_on FROM training_roster WHERE left_on IS NOT NULL ORDER BY id"
    ):
        kind = RecordKind.FORMER_STAFF
        left = date_in(left_on) or date.min
        found.append(
            RecordFacts(kind, record_reference(kind, mid), left, tuple(attended.get(mid, ())))
        )
    for cid, made_at in conn.execute("SELECT id, made_at FROM training_case_studies ORDER BY id"):
        kind = RecordKind.CASE_STUDY
        found.append(
            RecordFacts(kind, record_reference(kind, cid), _day(made_at, zone) or date.min)
        )
    return found


# ------------------------------------------------------------------ erasing


def _erased(reference: str, kind: RecordKind, rule: str, user: str) -> dict[str, Any]:
    """What an erasing audit row hashes: no content of the record, only what went and why."""
    return {"erased": reference, "kind": kind.value, "rule": rule, "erased_by": user}


def _has_audit(conn: sqlcipher3.Connection, entity: str, entity_id: str) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM audit WHERE entity = ? AND entity_id = ? LIMIT 1", (entity, entity_id)
        ).fetchone()
    )


def erase_incident(
    conn: sqlcipher3.Connection,
    evidence_dir: Path,
    reference: str,
    rule: str,
    reason: str,
    user: str,
) -> list[str]:
    """Erase incident ``reference`` with all its parts; return its evidence ids (the caller
    removes their files once the transaction is committed)."""
    row = conn.execute(
        "SELECT id, channel, status FROM incidents WHERE reference = ?", (reference,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"No incident {reference!r}.")
    inc_id, channel = int(row[0]), str(row[1])
    if row[2] != IncidentStatus.CLOSED.value:
        raise UserError(f"{reference} is not closed: only closed incidents can be erased.")
    kind = RecordKind.PHONE_CALL if channel == Channel.PHONE.value else RecordKind.CLOSED_INCIDENT
    content = _erased(reference, kind, rule, user)
    files = [
        str(r[0])
        for r in conn.execute(
            "SELECT id FROM evidence WHERE incident_id = ? ORDER BY id", (inc_id,)
        )
    ]
    for file_id in files:
        if evidence_store.get(conn, file_id).deleted_at is None:
            evidence_store.delete(conn, evidence_dir, file_id, reason, user)  # forgets the key
    conn.execute("DELETE FROM evidence WHERE incident_id = ?", (inc_id,))
    for (manifest,) in conn.execute(
        "SELECT manifest_sha256 FROM evidence_bundles WHERE incident_id = ?", (inc_id,)
    ).fetchall():
        audit.append(conn, user, "delete", "bundle", str(manifest), content)
    conn.execute("DELETE FROM evidence_bundles WHERE incident_id = ?", (inc_id,))
    linked = {
        table: [
            int(r[0]) for r in conn.execute(f"SELECT id FROM {table} WHERE {column} = ?", (inc_id,))
        ]
        for table, column in (
            ("consultations", "incident_id"),
            ("cooperation_requests", "incident_id"),
            ("training_case_studies", "source_incident_id"),
        )
    }
    persons = [
        int(r[0])
        for r in conn.execute(
            "SELECT DISTINCT person_id FROM participants WHERE incident_id = ? AND person_id IS NOT"
            " NULL",
            (inc_id,),
        )
    ]
    search.remove(conn, inc_id)
    conn.execute("DELETE FROM autosaves WHERE reference = ?", (reference,))
    for table in INCIDENT_CHILDREN:  # ON DELETE CASCADE too; said here so none is missed
        conn.execute(f"DELETE FROM {table} WHERE incident_id = ?", (inc_id,))
    conn.execute("DELETE FROM incidents WHERE id = ?", (inc_id,))
    audit.append(conn, user, "delete", "incident", reference, content)
    if _has_audit(conn, "incident_status", reference):
        audit.append(conn, user, "delete", "incident_status", reference, content)
    _audit_unlinked(conn, linked, user)
    _erase_unused_persons(conn, persons, content, user)
    return files


def _audit_unlinked(conn: sqlcipher3.Connection, linked: dict[str, list[int]], user: str) -> None:
    # The very form each repository hashes (and its verify check compares), now without the link.
    for cid in linked["consultations"]:
        saved = consultation_repo.get_consultation(conn, cid, None)
        audit.append(
            conn, user, "unlink", "consultation", cid, consultation_repo._audit_dict(saved)
        )
    for rid in linked["cooperation_requests"]:
        request = consultation_repo.get_request(conn, rid)
        content = consultation_repo._audit_dict(request)
        audit.append(conn, user, "unlink", "cooperation_request", rid, content)
    for sid in linked["training_case_studies"]:
        case = training_repo.get_case_study(conn, sid)
        content = training_repo._case_content(case)
        audit.append(conn, user, "unlink", "training_case_study", sid, content)


def _erase_unused_persons(
    conn: sqlcipher3.Connection, persons: list[int], content: dict[str, Any], user: str
) -> None:
    """The customers named only in the erased incident go with it (nobody else names them)."""
    for pid in persons:
        gone = conn.execute(
            "DELETE FROM persons WHERE id = ? AND NOT EXISTS (SELECT 1 FROM participants"
            " WHERE person_id = ?) AND NOT EXISTS (SELECT 1 FROM notices WHERE person_id = ?)",
            (pid, pid, pid),
        ).rowcount
        if gone:
            audit.append(conn, user, "delete", "person", pid, content)


def erase_notice(conn: sqlcipher3.Connection, number: str, rule: str, user: str) -> None:
    row = conn.execute("SELECT id FROM notices WHERE number = ?", (number,)).fetchone()
    if row is None:
        raise NotFoundError(f"No notice {number!r}.")
    notice_id = int(row[0])
    for table in ("notice_service_records", "notice_reviews", "notice_breaches"):  # fixed
        conn.execute(f"DELETE FROM {table} WHERE notice_id = ?", (notice_id,))
    conn.execute("DELETE FROM notices WHERE id = ?", (notice_id,))
    content = _erased(number, RecordKind.NOTICE, rule, user)
    audit.append(conn, user, "delete", "notice", number, content)
    if _has_audit(conn, "notice_row", number):
        audit.append(conn, user, "delete", "notice_row", number, content)


def erase_record(conn: sqlcipher3.Connection, reference: str, rule: str, user: str) -> RecordKind:
    """Erase a consultation, training session (with its attendance), former member of staff
    (once the sessions naming them are gone: the attendance key refuses otherwise) or case
    study."""
    found = _record_row(conn, reference)
    if found is None:
        raise NotFoundError(f"No record {reference!r}.")
    kind, table, entity, row_id = found
    if table == "training_sessions":
        conn.execute("DELETE FROM training_attendance WHERE session_id = ?", (row_id,))
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    audit.append(conn, user, "delete", entity, row_id, _erased(reference, kind, rule, user))
    return kind
