-- Schema v13: the consultation desk and cooperation requests (issue 17, points 2 and 5).
-- consultation_contacts: whom staff may talk to (internal contact persons, the shop's lawyer,
-- the police, #9110, the labour bureau's consultation corner). An internal contact with a login
-- is a designated contact person: they may record consultations and read those naming them.
-- consultations: one row per consultation; who consulted may be initials only. Only the owner and
-- the contact person named on the row may read it (checked in services/consultation.py).
-- cooperation_requests: art. 33(3) requests to or from another employer.
-- Incident links are SET NULL on delete: retention may erase an incident, the record stays.
-- IF NOT EXISTS: a re-run is harmless (the migration tests replay old versions).

CREATE TABLE IF NOT EXISTS consultation_contacts (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    login       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    hours       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS consultation_contacts_login ON consultation_contacts (login);

CREATE TABLE IF NOT EXISTS consultations (
    id             INTEGER PRIMARY KEY,
    consulted_by   TEXT NOT NULL DEFAULT '',
    consulted_at   TEXT NOT NULL,
    channel        TEXT NOT NULL,
    summary        TEXT NOT NULL,
    incident_id    INTEGER REFERENCES incidents (id) ON DELETE SET NULL,
    action         TEXT NOT NULL DEFAULT '',
    follow_up      TEXT NOT NULL DEFAULT '',
    follow_up_on   TEXT,
    contact_login  TEXT NOT NULL,
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS consultations_contact ON consultations (contact_login);
CREATE INDEX IF NOT EXISTS consultations_incident ON consultations (incident_id);

CREATE TABLE IF NOT EXISTS cooperation_requests (
    id                INTEGER PRIMARY KEY,
    direction         TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    request_date      TEXT NOT NULL,
    employer          TEXT NOT NULL,
    employer_contact  TEXT NOT NULL DEFAULT '',
    employer_address  TEXT NOT NULL DEFAULT '',
    incident_id       INTEGER REFERENCES incidents (id) ON DELETE SET NULL,
    occurred_on       TEXT,
    what_happened     TEXT NOT NULL DEFAULT '',
    what_asked        TEXT NOT NULL DEFAULT '',
    response          TEXT NOT NULL DEFAULT '',
    responded_on      TEXT,
    staff_names       TEXT NOT NULL DEFAULT '',
    name_staff        INTEGER NOT NULL DEFAULT 0,
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cooperation_requests_incident ON cooperation_requests (incident_id);
