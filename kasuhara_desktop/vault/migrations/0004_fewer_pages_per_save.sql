-- Schema v4: fewer database pages written by each save (every page written is encrypted and
-- authenticated by SQLCipher, so each one costs time on every save). No data changes.

-- Nothing looks behaviours up by code alone: the filter goes through the primary key.
DROP INDEX incident_behaviours_code;

-- Small rows keyed by (incident_id, code): one B-tree instead of a table plus its key index.
CREATE TABLE incident_behaviours_v4 (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (incident_id, code)
) WITHOUT ROWID;
INSERT INTO incident_behaviours_v4 (incident_id, code, position)
    SELECT incident_id, code, position FROM incident_behaviours;
DROP TABLE incident_behaviours;
ALTER TABLE incident_behaviours_v4 RENAME TO incident_behaviours;

-- Timeline entries and participants are only ever read by incident, in order: keyed by
-- (incident_id, position) they need one B-tree each, not a table plus an incident index.
-- Positions are renumbered in their stored order, so a gap or a repeat cannot stop the copy.
CREATE TABLE timeline_v4 (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    by           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, position)
) WITHOUT ROWID;
INSERT INTO timeline_v4 (incident_id, position, at, kind, description, by)
    SELECT incident_id, ROW_NUMBER() OVER (PARTITION BY incident_id ORDER BY position, id) - 1,
           at, kind, description, by
    FROM timeline;
DROP TABLE timeline;
ALTER TABLE timeline_v4 RENAME TO timeline;

CREATE TABLE participants_v4 (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    role         TEXT NOT NULL,
    staff_id     INTEGER REFERENCES staff (id),
    person_id    INTEGER REFERENCES persons (id),
    note         TEXT NOT NULL DEFAULT '',
    CHECK ((staff_id IS NULL) <> (person_id IS NULL)),
    PRIMARY KEY (incident_id, position)
) WITHOUT ROWID;
INSERT INTO participants_v4 (incident_id, position, role, staff_id, person_id, note)
    SELECT incident_id, ROW_NUMBER() OVER (PARTITION BY incident_id ORDER BY position, id) - 1,
           role, staff_id, person_id, note
    FROM participants;
DROP TABLE participants;
ALTER TABLE participants_v4 RENAME TO participants;
-- Staff participants have no person: only rows naming a person need the index.
CREATE INDEX participants_person ON participants (person_id) WHERE person_id IS NOT NULL;
