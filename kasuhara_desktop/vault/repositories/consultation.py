"""Consultation contacts, consultation records and cooperation requests: SQL in, domain out.

Every write is one statement plus its audit row inside the caller's transaction. Who may read
a consultation is decided by the service; :func:`consultations` takes the contact login to
filter by, so a record a user may not see is never even read into memory for them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import sqlcipher3

from ...domain.consultation import Channel, Consultation, Contact, ContactKind
from ...domain.cooperation import CooperationRequest, Direction
from ...domain.errors import NotFoundError
from .. import audit
from ._sql import date_in, date_out, dt_in, dt_out, now_utc

_CONTACT_COLUMNS = "id, kind, name, login, phone, address, hours, notes"
_CONSULTATION_COLUMNS = (
    "c.id, c.consulted_by, c.consulted_at, c.channel, c.summary, COALESCE(i.reference, ''),"
    " c.action, c.follow_up, c.follow_up_on, c.contact_login, c.recorded_at, c.recorded_by"
)
_REQUEST_COLUMNS = (
    "r.id, r.direction, r.request_date, r.employer, r.employer_contact, r.employer_address,"
    " COALESCE(i.reference, ''), r.occurred_on, r.what_happened, r.what_asked, r.response,"
    " r.responded_on, r.staff_names, r.name_staff, r.recorded_at, r.recorded_by"
)


def _incident_id(conn: sqlcipher3.Connection, reference: str) -> int | None:
    if not reference:
        return None
    row = conn.execute("SELECT id FROM incidents WHERE reference = ?", (reference,)).fetchone()
    if row is None:
        raise NotFoundError(f"No incident {reference!r}: check the reference (incident list).")
    return int(row[0])


def _audit_dict(obj: Any) -> dict[str, Any]:
    values = dataclasses.asdict(obj)
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in values.items()}


# ------------------------------------------------------------------ contacts


def _contact(row: tuple[Any, ...]) -> Contact:
    cid, kind, name, login, phone, address, hours, notes = row
    return Contact(ContactKind(kind), name, login, phone, address, hours, notes, id=cid)


def contacts(conn: sqlcipher3.Connection) -> list[Contact]:
    rows = conn.execute(
        f"SELECT {_CONTACT_COLUMNS} FROM consultation_contacts ORDER BY position, id"
    ).fetchall()
    return [_contact(r) for r in rows]


def get_contact(conn: sqlcipher3.Connection, contact_id: int) -> Contact:
    row = conn.execute(
        f"SELECT {_CONTACT_COLUMNS} FROM consultation_contacts WHERE id = ?", (contact_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"No contact {contact_id}.")
    return _contact(row)


def save_contact(conn: sqlcipher3.Connection, c: Contact, user: str) -> Contact:
    """Insert ``c`` (no id) or replace the stored one; audited."""
    values = {
        "kind": c.kind.value,
        "name": c.name,
        "login": c.login,
        "phone": c.phone,
        "address": c.address,
        "hours": c.hours,
        "notes": c.notes,
        "at": dt_out(now_utc()),
        "user": user,
    }
    if c.id is None:
        cur = conn.execute(
            "INSERT INTO consultation_contacts (kind, name, login, phone, address, hours, notes,"
            " position, updated_at, updated_by) VALUES (:kind, :name, :login, :phone, :address,"
            " :hours, :notes, (SELECT COALESCE(MAX(position), 0) + 1 FROM consultation_contacts),"
            " :at, :user)",
            values,
        )
        saved = dataclasses.replace(c, id=int(cur.lastrowid or 0))
        action = "create"
    else:
        get_contact(conn, c.id)
        conn.execute(
            "UPDATE consultation_contacts SET kind = :kind, name = :name, login = :login,"
            " phone = :phone, address = :address, hours = :hours, notes = :notes,"
            " updated_at = :at, updated_by = :user WHERE id = :id",
            {**values, "id": c.id},
        )
        saved, action = c, "update"
    saved = get_contact(conn, saved.id or 0)  # audited as stored, so verify can re-hash it
    audit.append(conn, user, action, "consultation_contact", saved.id or 0, _audit_dict(saved))
    return saved


def delete_contact(conn: sqlcipher3.Connection, contact_id: int, user: str) -> None:
    get_contact(conn, contact_id)
    conn.execute("DELETE FROM consultation_contacts WHERE id = ?", (contact_id,))
    audit.append(conn, user, "delete", "consultation_contact", contact_id, {"id": contact_id})


def contact_logins(conn: sqlcipher3.Connection) -> set[str]:
    """Logins of the designated contact persons (internal contacts that are users)."""
    rows = conn.execute(
        "SELECT login FROM consultation_contacts WHERE kind = ? AND login != ''",
        (ContactKind.INTERNAL.value,),
    ).fetchall()
    return {str(r[0]) for r in rows}


# ------------------------------------------------------------------ consultations


def _consultation(row: tuple[Any, ...]) -> Consultation:
    (cid, by, at, channel, summary, ref, action, follow, follow_on, login, rec_at, rec_by) = row
    return Consultation(
        consulted_by=by,
        consulted_at=dt_in(at) or now_utc(),
        channel=Channel(channel),
        summary=summary,
        contact_login=login,
        incident_reference=ref,
        action=action,
        follow_up=follow,
        follow_up_on=date_in(follow_on),
        id=cid,
        recorded_at=dt_in(rec_at),
        recorded_by=rec_by,
    )


def consultations(conn: sqlcipher3.Connection, contact_login: str | None) -> list[Consultation]:
    """Every record (``contact_login`` None: the owner) or only those naming that login."""
    sql = (
        f"SELECT {_CONSULTATION_COLUMNS} FROM consultations c"
        " LEFT JOIN incidents i ON i.id = c.incident_id"
    )
    params: tuple[Any, ...] = ()
    if contact_login is not None:
        sql += " WHERE c.contact_login = ?"
        params = (contact_login,)
    rows = conn.execute(sql + " ORDER BY c.consulted_at DESC, c.id DESC", params).fetchall()
    return [_consultation(r) for r in rows]


def get_consultation(
    conn: sqlcipher3.Connection, consultation_id: int, contact_login: str | None
) -> Consultation:
    """One record, if ``contact_login`` (None: anyone's) is its contact person.

    A record of someone else is reported exactly like a missing one: its existence is private.
    """
    sql = (
        f"SELECT {_CONSULTATION_COLUMNS} FROM consultations c"
        " LEFT JOIN incidents i ON i.id = c.incident_id WHERE c.id = ?"
    )
    params: tuple[Any, ...] = (consultation_id,)
    if contact_login is not None:
        sql += " AND c.contact_login = ?"
        params += (contact_login,)
    row = conn.execute(sql, params).fetchone()
    if row is None:
        raise NotFoundError(f"No consultation {consultation_id} that you may read.")
    return _consultation(row)


def add_consultation(conn: sqlcipher3.Connection, c: Consultation, user: str) -> Consultation:
    at = now_utc()
    values = {
        "by": c.consulted_by,
        "at": dt_out(c.consulted_at),
        "channel": c.channel.value,
        "summary": c.summary,
        "incident": _incident_id(conn, c.incident_reference),
        "action": c.action,
        "follow": c.follow_up,
        "follow_on": date_out(c.follow_up_on),
        "login": c.contact_login,
        "now": dt_out(at),
        "user": user,
    }
    cur = conn.execute(
        "INSERT INTO consultations (consulted_by, consulted_at, channel, summary, incident_id,"
        " action, follow_up, follow_up_on, contact_login, recorded_at, recorded_by, updated_at,"
        " updated_by) VALUES (:by, :at, :channel, :summary, :incident, :action, :follow,"
        " :follow_on, :login, :now, :user, :now, :user)",
        values,
    )
    saved = get_consultation(conn, int(cur.lastrowid or 0), None)
    audit.append(conn, user, "create", "consultation", saved.id or 0, _audit_dict(saved))
    return saved


def update_consultation(conn: sqlcipher3.Connection, c: Consultation, user: str) -> Consultation:
    """Store what was done and the follow-up (and corrections) of an existing record."""
    if c.id is None:
        raise NotFoundError("The consultation has no id.")
    conn.execute(
        "UPDATE consultations SET consulted_by = ?, consulted_at = ?, channel = ?, summary = ?,"
        " incident_id = ?, action = ?, follow_up = ?, follow_up_on = ?, contact_login = ?,"
        " updated_at = ?, updated_by = ? WHERE id = ?",
        (
            c.consulted_by,
            dt_out(c.consulted_at),
            c.channel.value,
            c.summary,
            _incident_id(conn, c.incident_reference),
            c.action,
            c.follow_up,
            date_out(c.follow_up_on),
            c.contact_login,
            dt_out(now_utc()),
            user,
            c.id,
        ),
    )
    saved = get_consultation(conn, c.id, None)
    audit.append(conn, user, "update", "consultation", c.id, _audit_dict(saved))
    return saved


# ------------------------------------------------------------------ cooperation requests


def _request(row: tuple[Any, ...]) -> CooperationRequest:
    (rid, direction, day, employer, contact, address, ref, occurred, happened, asked) = row[:10]
    response, responded, staff, name_staff, rec_at, rec_by = row[10:]
    return CooperationRequest(
        direction=Direction(direction),
        request_date=date_in(day) or now_utc().date(),
        employer=employer,
        employer_contact=contact,
        employer_address=address,
        incident_reference=ref,
        occurred_on=date_in(occurred),
        what_happened=happened,
        what_asked=asked,
        response=response,
        responded_on=date_in(responded),
        staff_names=staff,
        name_staff=bool(name_staff),
        id=rid,
        recorded_at=dt_in(rec_at),
        recorded_by=rec_by,
    )


_REQUEST_FROM = (
    f"SELECT {_REQUEST_COLUMNS} FROM cooperation_requests r"
    " LEFT JOIN incidents i ON i.id = r.incident_id"
)


def requests(conn: sqlcipher3.Connection) -> list[CooperationRequest]:
    rows = conn.execute(_REQUEST_FROM + " ORDER BY r.request_date DESC, r.id DESC").fetchall()
    return [_request(r) for r in rows]


def get_request(conn: sqlcipher3.Connection, request_id: int) -> CooperationRequest:
    row = conn.execute(_REQUEST_FROM + " WHERE r.id = ?", (request_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"No cooperation request {request_id}.")
    return _request(row)


def save_request(
    conn: sqlcipher3.Connection, r: CooperationRequest, user: str
) -> CooperationRequest:
    """Insert ``r`` (no id) or update the stored one (e.g. the response); audited."""
    at = now_utc()
    values = {
        "direction": r.direction.value,
        "day": date_out(r.request_date),
        "employer": r.employer,
        "contact": r.employer_contact,
        "address": r.employer_address,
        "incident": _incident_id(conn, r.incident_reference),
        "occurred": date_out(r.occurred_on),
        "happened": r.what_happened,
        "asked": r.what_asked,
        "response": r.response,
        "responded": date_out(r.responded_on),
        "staff": r.staff_names,
        "name_staff": int(r.name_staff),
        "now": dt_out(at),
        "user": user,
    }
    if r.id is None:
        cur = conn.execute(
            "INSERT INTO cooperation_requests (direction, request_date, employer,"
            " employer_contact, employer_address, incident_id, occurred_on, what_happened,"
            " what_asked, response, responded_on, staff_names, name_staff, recorded_at,"
            " recorded_by, updated_at, updated_by) VALUES (:direction, :day, :employer,"
            " :contact, :address, :incident, :occurred, :happened, :asked, :response,"
            " :responded, :staff, :name_staff, :now, :user, :now, :user)",
            values,
        )
        saved, action = dataclasses.replace(r, id=int(cur.lastrowid or 0)), "create"
    else:
        get_request(conn, r.id)
        conn.execute(
            "UPDATE cooperation_requests SET direction = :direction, request_date = :day,"
            " employer = :employer, employer_contact = :contact, employer_address = :address,"
            " incident_id = :incident, occurred_on = :occurred, what_happened = :happened,"
            " what_asked = :asked, response = :response, responded_on = :responded,"
            " staff_names = :staff, name_staff = :name_staff, updated_at = :now,"
            " updated_by = :user WHERE id = :id",
            {**values, "id": r.id},
        )
        saved, action = r, "update"
    saved = get_request(conn, saved.id or 0)
    audit.append(conn, user, action, "cooperation_request", saved.id or 0, _audit_dict(saved))
    return saved


# ------------------------------------------------------------------ verify

_AUDITED = (
    ("consultation_contact", "consultation_contacts", lambda c, i: get_contact(c, i)),
    ("consultation", "consultations", lambda c, i: get_consultation(c, i, None)),
    ("cooperation_request", "cooperation_requests", lambda c, i: get_request(c, i)),
)


def audit_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Each contact, consultation and request as stored now must hash to its last audit row.

    A row edited with the key but not through the program (a rewritten summary, another
    contact person named so someone else may read it) no longer matches.
    """
    problems: list[str] = []
    for entity, table, read in _AUDITED:
        ids = [int(r[0]) for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]  # fixed
        for row_id in ids:
            last = conn.execute(
                "SELECT content_hash FROM audit WHERE entity = ? AND entity_id = ?"
                " ORDER BY id DESC LIMIT 1",
                (entity, str(row_id)),
            ).fetchone()
            if last is None:
                problems.append(f"{entity} {row_id} has no audit record")
            elif audit.canonical_hash(_audit_dict(read(conn, row_id))) != last[0]:
                problems.append(f"{entity} {row_id} was changed outside the program")
    return problems
