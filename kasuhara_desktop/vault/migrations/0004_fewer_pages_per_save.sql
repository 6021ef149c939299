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

-- Staff participants have no person: only rows naming a person need the index.
DROP INDEX participants_person;
CREATE INDEX participants_person ON participants (person_id) WHERE person_id IS NOT NULL;
