-- Schema v1: shop profile, staff, persons, incidents with their parts, revisions, audit chain,
-- evidence records. Times are ISO 8601 text with offset; *_utc columns exist for sorting.

CREATE TABLE shop (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL,
    company         TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    representative  TEXT NOT NULL DEFAULT '',
    timezone        TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    trade_type      TEXT NOT NULL DEFAULT 'retail',
    call_limit_minutes INTEGER NOT NULL DEFAULT 30
);

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    position    TEXT NOT NULL DEFAULT '',
    employment  TEXT NOT NULL DEFAULT 'part_time',
    contact     TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE persons (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE reference_counters (
    year    INTEGER PRIMARY KEY,
    last    INTEGER NOT NULL
);

CREATE TABLE incidents (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    occurred_at     TEXT NOT NULL,
    occurred_utc    TEXT NOT NULL,
    ended_at        TEXT,
    timezone        TEXT NOT NULL,
    location        TEXT NOT NULL DEFAULT '',
    channel         TEXT NOT NULL,
    summary         TEXT NOT NULL,
    demand          TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    search_text     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incidents_occurred ON incidents (occurred_utc);
CREATE INDEX incidents_status ON incidents (status);

CREATE TABLE incident_behaviours (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (incident_id, code)
);
CREATE INDEX incident_behaviours_code ON incident_behaviours (code);

CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    speaker      TEXT NOT NULL,
    words        TEXT NOT NULL,
    said_at      TEXT,
    repeat_count INTEGER NOT NULL DEFAULT 1,
    response     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_incident ON quotes (incident_id);

CREATE TABLE timeline (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    by           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX timeline_incident ON timeline (incident_id);

CREATE TABLE participants (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    role         TEXT NOT NULL,
    staff_id     INTEGER REFERENCES staff (id),
    person_id    INTEGER REFERENCES persons (id),
    note         TEXT NOT NULL DEFAULT '',
    CHECK ((staff_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX participants_incident ON participants (incident_id);
CREATE INDEX participants_person ON participants (person_id);

CREATE TABLE statements (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    witness      TEXT NOT NULL,
    relation     TEXT NOT NULL DEFAULT '',
    given_at     TEXT,
    taken_by     TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL
);
CREATE INDEX statements_incident ON statements (incident_id);

CREATE TABLE actions (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    at           TEXT,
    by           TEXT NOT NULL DEFAULT '',
    due          TEXT,
    done         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actions_incident ON actions (incident_id);

CREATE TABLE costs (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    minutes      INTEGER NOT NULL DEFAULT 0,
    amount_yen   INTEGER NOT NULL DEFAULT 0,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX costs_incident ON costs (incident_id);

CREATE TABLE incident_revisions (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    at           TEXT NOT NULL,
    user         TEXT NOT NULL,
    changed      TEXT NOT NULL,
    snapshot     TEXT NOT NULL,
    PRIMARY KEY (incident_id, version)
);

CREATE TABLE evidence (
    id                   TEXT PRIMARY KEY,
    incident_id          INTEGER NOT NULL REFERENCES incidents (id),
    file_key             BLOB,
    original_name        TEXT NOT NULL,
    size                 INTEGER NOT NULL,
    sha256               TEXT NOT NULL,
    mime                 TEXT NOT NULL DEFAULT 'application/octet-stream',
    file_modified_at     TEXT,
    file_created_at      TEXT,
    imported_by          TEXT NOT NULL,
    imported_at          TEXT NOT NULL,
    description          TEXT NOT NULL DEFAULT '',
    source_kind          TEXT NOT NULL DEFAULT 'other',
    source_detail        TEXT NOT NULL DEFAULT '',
    clock_offset_seconds INTEGER,
    thumbnail            BLOB,
    deleted_at           TEXT,
    deleted_by           TEXT,
    deleted_reason       TEXT
);
CREATE INDEX evidence_incident ON evidence (incident_id);

CREATE TABLE audit (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    user          TEXT NOT NULL,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit (entity, entity_id);
