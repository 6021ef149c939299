-- Schema v14: the shop's handling procedures and its own harassment criteria (issue 17.3).
-- Both are versioned: each save appends a row (who, when), the highest version is in force, and
-- an older version stays readable (a printed manual or an assessment suggestion names its
-- version). No row means the shipped defaults (resources/templates/procedures.json).

-- Playbooks per situation and language (steps and scripts, the apology rule, the phone-limit
-- script), as the shop edited them, with the settings every playbook relies on.
CREATE TABLE procedure_versions (
    version              INTEGER PRIMARY KEY,
    playbooks            TEXT NOT NULL,   -- JSON {lang: {...}} (domain/procedures.py)
    min_staff            INTEGER NOT NULL CHECK (min_staff BETWEEN 1 AND 20),
    phone_limit_minutes  INTEGER NOT NULL CHECK (phone_limit_minutes BETWEEN 1 AND 480),
    recording_policy     TEXT NOT NULL,   -- JSON {lang: text}
    note                 TEXT NOT NULL DEFAULT '',
    saved_at             TEXT NOT NULL,
    saved_by             TEXT NOT NULL
);

-- What the shop declares unacceptable in manner whatever the claim: behaviour codes from
-- resources/vocabulary.json, extra examples in its own words, and whether a phone call longer
-- than the phone limit counts. The assessment only *suggests* from these; a person confirms.
CREATE TABLE criteria_versions (
    version                  INTEGER PRIMARY KEY,
    unacceptable_behaviours  TEXT NOT NULL,   -- JSON [code, ...]
    examples                 TEXT NOT NULL,   -- JSON {lang: [text, ...]}
    phone_limit_applies      INTEGER NOT NULL CHECK (phone_limit_applies IN (0, 1)),
    note                     TEXT NOT NULL DEFAULT '',
    saved_at                 TEXT NOT NULL,
    saved_by                 TEXT NOT NULL
);
