-- Schema v10: the record of each passed full `kasuhara verify` (issue 19), so that
-- `verify --quick` can check only what changed since: the audit chain from the row the full
-- check ended at, the anchor, the evidence files' sizes. Each row is MACed under a key derived
-- from the data key (vault/full_check.py); it is not an audit row, so verifying never moves the
-- audit head printed on reports.
CREATE TABLE IF NOT EXISTS full_checks (  -- IF NOT EXISTS: a re-run is harmless
    id          INTEGER PRIMARY KEY,
    checked_at  TEXT NOT NULL,
    audit_id    INTEGER NOT NULL,
    audit_hash  TEXT NOT NULL,
    mac         TEXT NOT NULL
);
