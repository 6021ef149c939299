-- Schema v12: the shop's basic policy against customer harassment (issue 17.1; guideline:
-- state a policy and tell staff). Each saved text is a version; a version becomes the policy
-- when it is adopted (adopted_on). When and how staff were told is recorded per version, with
-- each person's acknowledgement beside it.
-- IF NOT EXISTS: a re-run is harmless (the migration tests replay old versions).

CREATE TABLE IF NOT EXISTS policy_versions (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL UNIQUE,
    lang        TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    adopted_on  TEXT,
    adopted_by  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS policy_told (
    id                 INTEGER PRIMARY KEY,
    policy_version_id  INTEGER NOT NULL REFERENCES policy_versions (id),
    told_on            TEXT NOT NULL,
    method             TEXT NOT NULL,
    who                TEXT NOT NULL,  -- JSON list of names, [] = all staff
    note               TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS policy_told_version ON policy_told (policy_version_id);

CREATE TABLE IF NOT EXISTS policy_acknowledgements (
    id                 INTEGER PRIMARY KEY,
    policy_version_id  INTEGER NOT NULL REFERENCES policy_versions (id),
    name               TEXT NOT NULL,
    acknowledged_on    TEXT NOT NULL,
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL,
    UNIQUE (policy_version_id, name)
);
