"""No-return notices: the issued notice with its PDF, service records, reviews, breaches and the
shop's notice wording. Every write appends to the audit chain in the caller's transaction."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

import sqlcipher3

from ...domain.errors import IntegrityError, NotFoundError
from ...domain.notice import (
    Addressee,
    Breach,
    Issuer,
    Notice,
    Review,
    ReviewKind,
    ReviewOutcome,
    ServiceMethod,
    ServiceRecord,
)
from ...domain.notice_json import notice_content
from .. import audit
from ._sql import date_in, date_out, dt_in, dt_out, now_utc


def next_number(conn: sqlcipher3.Connection, year: int) -> str:
    """The next notice number of ``year``: ``N-2026-0001``."""
    row = conn.execute("SELECT last FROM notice_counters WHERE year = ?", (year,)).fetchone()
    last = (row[0] if row else 0) + 1
    conn.execute(
        "INSERT INTO notice_counters (year, last) VALUES (?, ?)"
        " ON CONFLICT (year) DO UPDATE SET last = excluded.last",
        (year, last),
    )
    return f"N-{year:04d}-{last:04d}"


def _incident_id(conn: sqlcipher3.Connection, reference: str) -> int:
    row = conn.execute(
        "SELECT id FROM incidents WHERE reference = ?", (reference.strip().upper(),)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"There is no incident {reference!r}.")
    return int(row[0])


def insert(
    conn: sqlcipher3.Connection,
    n: Notice,
    pdf: bytes,
    wording: dict[str, dict[str, str]],
    user: str,
) -> Notice:
    """Store an issued notice (``n.number`` already assigned and printed) with its PDF."""
    n.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    n.issued_at, n.issued_by = now_utc(), user
    a = n.addressee
    cur = conn.execute(
        "INSERT INTO notices (number, incident_id, incident_date, person_id, issue_date,"
        " valid_from, valid_until, addressee_name, addressee_address, addressee_description,"
        " addressee_phone, photo_evidence_id, issuer, premises, reason, objection_contact,"
        " languages, wording, override_reason, pdf, pdf_sha256, issued_at, issued_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            n.number, _incident_id(conn, n.incident_reference), date_out(n.incident_date),
            a.person_id, date_out(n.issue_date), date_out(n.valid_from), date_out(n.valid_until),
            a.name, a.address, a.description, a.phone, a.photo_evidence_id,
            json.dumps(dataclasses.asdict(n.issuer), ensure_ascii=False),
            json.dumps(n.premises, ensure_ascii=False), n.reason, n.objection_contact,
            "+".join(n.languages), json.dumps(wording, ensure_ascii=False), n.override_reason,
            pdf, n.pdf_sha256, dt_out(n.issued_at), user,
        ),
    )  # fmt: skip
    n.id = int(cur.lastrowid or 0)
    audit.append(conn, user, "issue", "notice", n.number, notice_content(n))
    audit.append_notice_state(conn, user, n.number)
    return n


_COLUMNS = (
    "n.id, n.number, i.reference, n.incident_date, n.person_id, n.issue_date, n.valid_from,"
    " n.valid_until, n.addressee_name, n.addressee_address, n.addressee_description,"
    " n.addressee_phone, n.photo_evidence_id, n.issuer, n.premises, n.reason,"
    " n.objection_contact, n.languages, n.override_reason, n.pdf_sha256, n.issued_at,"
    " n.issued_by, n.shortened_to, n.revoked_on, n.revoked_by, n.revoked_reason"
)
_FROM = " FROM notices n JOIN incidents i ON i.id = n.incident_id"


def _load(conn: sqlcipher3.Connection, r: tuple[Any, ...]) -> Notice:
    issue_date, valid_from = date_in(r[5]), date_in(r[6])
    assert issue_date is not None and valid_from is not None
    n = Notice(
        id=r[0], number=r[1], incident_reference=r[2], incident_date=date_in(r[3]),
        addressee=Addressee(name=r[8], address=r[9], description=r[10], phone=r[11],
                            photo_evidence_id=r[12], person_id=r[4]),
        issue_date=issue_date, valid_from=valid_from, valid_until=date_in(r[7]),
        issuer=Issuer(**json.loads(r[13])), premises=list(json.loads(r[14])), reason=r[15],
        objection_contact=r[16], languages=tuple(r[17].split("+")), override_reason=r[18],
        pdf_sha256=r[19], issued_at=dt_in(r[20]), issued_by=r[21], shortened_to=date_in(r[22]),
        revoked_on=date_in(r[23]), revoked_by=r[24], revoked_reason=r[25],
    )  # fmt: skip
    q, i = conn.execute, (n.id,)
    n.service = [
        ServiceRecord(
            id=s[0], method=ServiceMethod(s[1]), served_at=dt_in(s[2]) or now_utc(),
            served_by=s[3], witness=s[4], tracking_number=s[5], receipt_evidence_id=s[6] or "",
            note=s[7], recorded_at=dt_in(s[8]), recorded_by=s[9],
        )
        for s in q("SELECT id, method, served_at, served_by, witness, tracking_number,"
                   " receipt_evidence_id, note, recorded_at, recorded_by"
                   " FROM notice_service_records WHERE notice_id = ? ORDER BY id", i)
    ]  # fmt: skip
    n.reviews = [
        Review(
            id=v[0], kind=ReviewKind(v[1]), outcome=ReviewOutcome(v[2]), decided_by=v[3],
            decided_on=date_in(v[4]), requested_by=v[5], requested_on=date_in(v[6]), note=v[7],
            new_until=date_in(v[8]), recorded_at=dt_in(v[9]), recorded_by=v[10],
        )
        for v in q("SELECT id, kind, outcome, decided_by, decided_on, requested_by,"
                   " requested_on, note, new_until, recorded_at, recorded_by"
                   " FROM notice_reviews WHERE notice_id = ? ORDER BY id", i)
    ]  # fmt: skip
    n.breaches = [
        Breach(id=b[0], incident_reference=b[1], occurred_at=dt_in(b[2]) or now_utc(),
               note=b[3], logged_at=dt_in(b[4]), logged_by=b[5])
        for b in q("SELECT b.id, i.reference, b.occurred_at, b.note, b.logged_at, b.logged_by"
                   " FROM notice_breaches b JOIN incidents i ON i.id = b.incident_id"
                   " WHERE b.notice_id = ? ORDER BY b.id", i)
    ]  # fmt: skip
    return n


def get(conn: sqlcipher3.Connection, key: str | int) -> Notice:
    """The notice with number ``key`` (``N-2026-0001``) or database id."""
    text = str(key).strip()
    if text.isdigit():
        row = conn.execute(f"SELECT {_COLUMNS}{_FROM} WHERE n.id = ?", (int(text),)).fetchone()
    else:
        row = conn.execute(
            f"SELECT {_COLUMNS}{_FROM} WHERE n.number = ?", (text.upper(),)
        ).fetchone()
    if row is None:
        raise NotFoundError(f"There is no notice {text[:40]!r}. List them with 'notice list'.")
    return _load(conn, row)


def list_all(conn: sqlcipher3.Connection) -> list[Notice]:
    """Every notice, newest first."""
    rows = conn.execute(f"SELECT {_COLUMNS}{_FROM} ORDER BY n.issue_date DESC, n.id DESC")
    return [_load(conn, r) for r in rows.fetchall()]


def for_incident(conn: sqlcipher3.Connection, reference: str) -> list[Notice]:
    rows = conn.execute(
        f"SELECT {_COLUMNS}{_FROM} WHERE i.reference = ? ORDER BY n.id", (reference.upper(),)
    )
    return [_load(conn, r) for r in rows.fetchall()]


def pdf(conn: sqlcipher3.Connection, notice_id: int) -> bytes:
    """The PDF as issued, checked against the SHA-256 recorded with it."""
    row = conn.execute(
        "SELECT number, pdf, pdf_sha256 FROM notices WHERE id = ?", (notice_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"There is no notice with id {notice_id}.")
    number, data, expected = row
    if hashlib.sha256(data).hexdigest() != expected:
        raise IntegrityError(f"The stored PDF of {number} does not match its recorded hash.")
    return bytes(data)


def wording_snapshot(conn: sqlcipher3.Connection, notice_id: int) -> dict[str, dict[str, str]]:
    row = conn.execute("SELECT wording FROM notices WHERE id = ?", (notice_id,)).fetchone()
    return dict(json.loads(row[0])) if row else {}


def add_service(
    conn: sqlcipher3.Connection, n: Notice, r: ServiceRecord, user: str
) -> ServiceRecord:
    r.recorded_at, r.recorded_by = now_utc(), user
    cur = conn.execute(
        "INSERT INTO notice_service_records (notice_id, method, served_at, served_by, witness,"
        " tracking_number, receipt_evidence_id, note, recorded_at, recorded_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (n.id, r.method.value, dt_out(r.served_at), r.served_by, r.witness, r.tracking_number,
         r.receipt_evidence_id or None, r.note, dt_out(r.recorded_at), user),
    )  # fmt: skip
    r.id = int(cur.lastrowid or 0)
    content = {**dataclasses.asdict(r), "method": r.method.value,
               "served_at": dt_out(r.served_at), "recorded_at": dt_out(r.recorded_at)}  # fmt: skip
    audit.append(conn, user, "serve", "notice", n.number, content)
    audit.append_notice_state(conn, user, n.number)
    return r


def add_review(conn: sqlcipher3.Connection, n: Notice, r: Review, user: str) -> Review:
    """Record a review or appeal; a shortened or revoked outcome changes the notice too."""
    r.recorded_at, r.recorded_by = now_utc(), user
    cur = conn.execute(
        "INSERT INTO notice_reviews (notice_id, kind, outcome, decided_by, decided_on,"
        " requested_by, requested_on, note, new_until, recorded_at, recorded_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (n.id, r.kind.value, r.outcome.value, r.decided_by, date_out(r.decided_on),
         r.requested_by, date_out(r.requested_on), r.note, date_out(r.new_until),
         dt_out(r.recorded_at), user),
    )  # fmt: skip
    r.id = int(cur.lastrowid or 0)
    if r.outcome is ReviewOutcome.SHORTENED:
        conn.execute(
            "UPDATE notices SET shortened_to = ? WHERE id = ?", (date_out(r.new_until), n.id)
        )
        n.shortened_to = r.new_until
    elif r.outcome is ReviewOutcome.REVOKED:
        n.revoked_on, n.revoked_by, n.revoked_reason = r.decided_on, r.decided_by, r.note
        conn.execute(
            "UPDATE notices SET revoked_on = ?, revoked_by = ?, revoked_reason = ? WHERE id = ?",
            (date_out(r.decided_on), r.decided_by, r.note, n.id),
        )
    content = {
        "kind": r.kind.value, "outcome": r.outcome.value, "decided_by": r.decided_by,
        "decided_on": date_out(r.decided_on), "requested_by": r.requested_by,
        "requested_on": date_out(r.requested_on), "note": r.note,
        "new_until": date_out(r.new_until),
    }  # fmt: skip
    audit.append(conn, user, f"review_{r.outcome.value}", "notice", n.number, content)
    audit.append_notice_state(conn, user, n.number)
    return r


def add_breach(
    conn: sqlcipher3.Connection, n: Notice, incident_reference: str, b: Breach, user: str
) -> Breach:
    b.logged_at, b.logged_by = now_utc(), user
    b.incident_reference = incident_reference
    cur = conn.execute(
        "INSERT INTO notice_breaches (notice_id, incident_id, occurred_at, note, logged_at,"
        " logged_by) VALUES (?, ?, ?, ?, ?, ?)",
        (n.id, _incident_id(conn, incident_reference), dt_out(b.occurred_at), b.note,
         dt_out(b.logged_at), user),
    )  # fmt: skip
    b.id = int(cur.lastrowid or 0)
    content = {"incident": incident_reference, "occurred_at": dt_out(b.occurred_at),
               "note": b.note}  # fmt: skip
    audit.append(conn, user, "breach", "notice", n.number, content)
    audit.append_notice_state(conn, user, n.number)
    return b


# ---------------------------------------------------------------- wording


def get_wording(conn: sqlcipher3.Connection, lang: str) -> dict[str, str]:
    """The shop's changed keys of ``lang`` (empty: the default wording)."""
    row = conn.execute("SELECT wording FROM notice_wording WHERE lang = ?", (lang,)).fetchone()
    return dict(json.loads(row[0])) if row else {}


def set_wording(conn: sqlcipher3.Connection, lang: str, changed: dict[str, str], user: str) -> None:
    """Store the changed keys of ``lang``; an empty dict resets it to the default."""
    if changed:
        conn.execute(
            "INSERT INTO notice_wording (lang, wording, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (lang) DO UPDATE SET wording = excluded.wording,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (lang, json.dumps(changed, ensure_ascii=False), dt_out(now_utc()), user),
        )
        audit.append(conn, user, "save", "notice_wording", lang, changed)
    else:
        conn.execute("DELETE FROM notice_wording WHERE lang = ?", (lang,))
        audit.append(conn, user, "reset", "notice_wording", lang, {})


def pdf_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Every issued notice whose stored PDF no longer matches the hash recorded at issue."""
    problems = []
    for number, data, expected in conn.execute(
        "SELECT number, pdf, pdf_sha256 FROM notices ORDER BY id"
    ):
        if hashlib.sha256(bytes(data)).hexdigest() != expected:
            problems.append(f"notice {number}: the stored PDF does not match its recorded hash")
    return problems
