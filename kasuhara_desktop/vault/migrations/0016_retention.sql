-- Schema v16: retention. The shop's CCTV recorder keeps its video this many days before
-- overwriting it (the dashboard warns about incidents whose footage is not yet exported).
-- Reserved for retention (issue 17.7); its tables, when that part is built, follow here.
ALTER TABLE shop ADD COLUMN cctv_retention_days INTEGER NOT NULL DEFAULT 14
    CHECK (cctv_retention_days BETWEEN 1 AND 3650);
-- Retention (issue 17.7): how long the shop keeps each kind of record once it is finished
-- (closed, expired, held), in months; no row means the program's default
-- (domain/retention.py). 0 means "keep it: never due". A hold keeps one record out of the
-- review whatever its age (a claim under way, a lawyer's advice), with the reason.
-- Erasing is audited ('delete' rows holding no content); nothing here is ever erased itself.
-- IF NOT EXISTS: a re-run of these statements is harmless.
CREATE TABLE IF NOT EXISTS retention_settings (
    kind        TEXT PRIMARY KEY,
    months      INTEGER NOT NULL CHECK (months BETWEEN 0 AND 1200),
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS retention_holds (
    reference   TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    held_at     TEXT NOT NULL,
    held_by     TEXT NOT NULL
);
