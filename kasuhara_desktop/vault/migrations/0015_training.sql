-- Schema v15: training (issue 17.4; guideline: tell and train all staff, part-timers included).
-- The roster is everyone who works in the shop, with or without a login (most part-timers have
-- none), apart from the incidents' `staff` table (people named in a record, who may have left
-- long ago). A session is one training; attendance links it to roster members. Case studies are
-- anonymised texts made from closed incidents; only a checked one (checked_by/checked_at set,
-- every checklist answer yes) may be printed. The interval settings are one row.
-- IF NOT EXISTS / OR IGNORE: a re-run is harmless (the migration tests replay old versions).

CREATE TABLE IF NOT EXISTS training_roster (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    employment  TEXT NOT NULL CHECK (employment IN ('full_time', 'part_time', 'temporary')),
    joined_on   TEXT NOT NULL,
    left_on     TEXT,
    login       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    CHECK (left_on IS NULL OR left_on >= joined_on)
);

CREATE TABLE IF NOT EXISTS training_sessions (
    id          INTEGER PRIMARY KEY,
    held_on     TEXT NOT NULL,
    topics      TEXT NOT NULL,
    trainer     TEXT NOT NULL,
    minutes     INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS training_sessions_held ON training_sessions (held_on);

CREATE TABLE IF NOT EXISTS training_attendance (
    session_id  INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES training_roster (id),
    PRIMARY KEY (session_id, member_id)
);
CREATE INDEX IF NOT EXISTS training_attendance_member ON training_attendance (member_id);

CREATE TABLE IF NOT EXISTS training_case_studies (
    id                  INTEGER PRIMARY KEY,
    source_incident_id  INTEGER REFERENCES incidents (id) ON DELETE SET NULL,
    title               TEXT NOT NULL,
    text                TEXT NOT NULL,
    made_by             TEXT NOT NULL,
    made_at             TEXT NOT NULL,
    checked_by          TEXT NOT NULL DEFAULT '',
    checked_at          TEXT,
    checklist           TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS training_settings (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    interval_months      INTEGER NOT NULL DEFAULT 12 CHECK (interval_months > 0),
    new_starter_days     INTEGER NOT NULL DEFAULT 30 CHECK (new_starter_days > 0)
);
INSERT OR IGNORE INTO training_settings (id) VALUES (1);
