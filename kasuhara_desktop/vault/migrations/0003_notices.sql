-- Schema v3: no-return notices (出入禁止通知書). A notice keeps every input it was printed from
-- and the issued PDF itself with its SHA-256 (proof of what was served); what happens later
-- (service, reviews and appeals, revocation or a shortened end, breaches) lives beside it.
-- A notice's status (scheduled, active, expired, revoked) is derived from its dates.

CREATE TABLE notice_counters (
    year    INTEGER PRIMARY KEY,
    last    INTEGER NOT NULL
);

CREATE TABLE notices (
    id                    INTEGER PRIMARY KEY,
    number                TEXT NOT NULL UNIQUE,
    incident_id           INTEGER NOT NULL REFERENCES incidents (id),
    incident_date         TEXT,
    person_id             INTEGER REFERENCES persons (id),
    issue_date            TEXT NOT NULL,
    valid_from            TEXT NOT NULL,
    valid_until           TEXT,
    addressee_name        TEXT NOT NULL DEFAULT '',
    addressee_address     TEXT NOT NULL DEFAULT '',
    addressee_description TEXT NOT NULL DEFAULT '',
    addressee_phone       TEXT NOT NULL DEFAULT '',
    photo_evidence_id     TEXT NOT NULL DEFAULT '',
    issuer                TEXT NOT NULL,
    premises              TEXT NOT NULL DEFAULT '[]',
    reason                TEXT NOT NULL,
    objection_contact     TEXT NOT NULL DEFAULT '',
    languages             TEXT NOT NULL,
    wording               TEXT NOT NULL,
    override_reason       TEXT NOT NULL DEFAULT '',
    pdf                   BLOB NOT NULL,
    pdf_sha256            TEXT NOT NULL,
    issued_at             TEXT NOT NULL,
    issued_by             TEXT NOT NULL,
    shortened_to          TEXT,
    revoked_on            TEXT,
    revoked_by            TEXT NOT NULL DEFAULT '',
    revoked_reason        TEXT NOT NULL DEFAULT '',
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX notices_incident ON notices (incident_id);
CREATE INDEX notices_person ON notices (person_id);

CREATE TABLE notice_service_records (
    id                   INTEGER PRIMARY KEY,
    notice_id            INTEGER NOT NULL REFERENCES notices (id),
    method               TEXT NOT NULL,
    served_at            TEXT NOT NULL,
    served_by            TEXT NOT NULL,
    witness              TEXT NOT NULL DEFAULT '',
    tracking_number      TEXT NOT NULL DEFAULT '',
    receipt_evidence_id  TEXT REFERENCES evidence (id),
    note                 TEXT NOT NULL DEFAULT '',
    recorded_at          TEXT NOT NULL,
    recorded_by          TEXT NOT NULL
);
CREATE INDEX notice_service_notice ON notice_service_records (notice_id);

CREATE TABLE notice_reviews (
    id            INTEGER PRIMARY KEY,
    notice_id     INTEGER NOT NULL REFERENCES notices (id),
    kind          TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    decided_by    TEXT NOT NULL DEFAULT '',
    decided_on    TEXT,
    requested_by  TEXT NOT NULL DEFAULT '',
    requested_on  TEXT,
    note          TEXT NOT NULL DEFAULT '',
    new_until     TEXT,
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL
);
CREATE INDEX notice_reviews_notice ON notice_reviews (notice_id);

CREATE TABLE notice_breaches (
    id            INTEGER PRIMARY KEY,
    notice_id     INTEGER NOT NULL REFERENCES notices (id),
    incident_id   INTEGER NOT NULL REFERENCES incidents (id),
    occurred_at   TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    logged_at     TEXT NOT NULL,
    logged_by     TEXT NOT NULL
);
CREATE INDEX notice_breaches_notice ON notice_breaches (notice_id);

-- The shop's own wording of the notice, per language: only the keys it changed (JSON object);
-- no row means the shipped default (resources/templates/notice_<lang>.json).
CREATE TABLE notice_wording (
    lang        TEXT PRIMARY KEY,
    wording     TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);
