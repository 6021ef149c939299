"""Staff members and outside persons, linked to incidents through participants."""

from __future__ import annotations

import sqlcipher3

from ...domain.enums import Employment
from ...domain.models import Person, StaffMember
from .. import audit


def list_staff(conn: sqlcipher3.Connection, *, active_only: bool = False) -> list[StaffMember]:
    sql = "SELECT id, name, position, employment, contact, active FROM staff"
    if active_only:
        sql += " WHERE active = 1"
    return [_staff(r) for r in conn.execute(sql + " ORDER BY name")]


def get_staff(conn: sqlcipher3.Connection, staff_id: int) -> StaffMember | None:
    row = conn.execute(
        "SELECT id, name, position, employment, contact, active FROM staff WHERE id = ?",
        (staff_id,),
    ).fetchone()
    return _staff(row) if row else None


def _staff(row: tuple[object, ...]) -> StaffMember:
    return StaffMember(
        id=int(str(row[0])),
        name=str(row[1]),
        position=str(row[2]),
        employment=Employment(str(row[3])),
        contact=str(row[4]),
        active=bool(row[5]),
    )


def upsert_staff(conn: sqlcipher3.Connection, staff: StaffMember, user: str) -> int:
    """Return the id of ``staff``: the row with its id (if the names agree), else by name."""
    existing = get_staff(conn, staff.id) if staff.id else None
    if existing is None or existing.name != staff.name:
        row = conn.execute(
            "SELECT id FROM staff WHERE name = ? ORDER BY active DESC, id LIMIT 1", (staff.name,)
        ).fetchone()
        existing = get_staff(conn, row[0]) if row else None
    if existing is not None and existing.id is not None:
        if (existing.position, existing.employment, existing.contact, existing.active) != (
            staff.position, staff.employment, staff.contact, staff.active,
        ):  # fmt: skip
            conn.execute(
                "UPDATE staff SET position = ?, employment = ?, contact = ?, active = ?"
                " WHERE id = ?",
                (staff.position, staff.employment.value, staff.contact, staff.active, existing.id),
            )
            audit.append(conn, user, "update", "staff", existing.id, _staff_content(staff))
        return existing.id
    cur = conn.execute(
        "INSERT INTO staff (name, position, employment, contact, active) VALUES (?, ?, ?, ?, ?)",
        (staff.name, staff.position, staff.employment.value, staff.contact, staff.active),
    )
    new_id = int(cur.lastrowid or 0)
    audit.append(conn, user, "create", "staff", new_id, _staff_content(staff))
    return new_id


def _staff_content(s: StaffMember) -> dict[str, object]:
    return {
        "name": s.name,
        "position": s.position,
        "employment": s.employment.value,
        "contact": s.contact,
        "active": s.active,
    }


def get_person(conn: sqlcipher3.Connection, person_id: int) -> Person | None:
    row = conn.execute(
        "SELECT id, label, name, description, contact FROM persons WHERE id = ?", (person_id,)
    ).fetchone()
    return (
        Person(id=row[0], label=row[1], name=row[2], description=row[3], contact=row[4])
        if row
        else None
    )


def list_persons(conn: sqlcipher3.Connection) -> list[Person]:
    return [
        Person(id=r[0], label=r[1], name=r[2], description=r[3], contact=r[4])
        for r in conn.execute(
            "SELECT id, label, name, description, contact FROM persons ORDER BY label"
        )
    ]


def upsert_person(conn: sqlcipher3.Connection, person: Person, user: str) -> int:
    """Update the person with ``person.id`` if its label agrees, otherwise create a new one.

    Labels are not unique ("man in grey coat"), so only an id links two incidents to one person.
    """
    existing = get_person(conn, person.id) if person.id else None
    content = {
        "label": person.label,
        "name": person.name,
        "description": person.description,
        "contact": person.contact,
    }
    if existing is not None and existing.id is not None and existing.label == person.label:
        if (existing.name, existing.description, existing.contact) != (
            person.name, person.description, person.contact,
        ):  # fmt: skip
            conn.execute(
                "UPDATE persons SET name = ?, description = ?, contact = ? WHERE id = ?",
                (person.name, person.description, person.contact, existing.id),
            )
            audit.append(conn, user, "update", "person", existing.id, content)
        return existing.id
    cur = conn.execute(
        "INSERT INTO persons (label, name, description, contact) VALUES (?, ?, ?, ?)",
        (person.label, person.name, person.description, person.contact),
    )
    new_id = int(cur.lastrowid or 0)
    audit.append(conn, user, "create", "person", new_id, content)
    return new_id
