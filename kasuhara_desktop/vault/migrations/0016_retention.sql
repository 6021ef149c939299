-- Schema v16: retention. The shop's CCTV recorder keeps its video this many days before
-- overwriting it (the dashboard warns about incidents whose footage is not yet exported).
-- Reserved for retention (issue 17.7); its tables, when that part is built, follow here.
ALTER TABLE shop ADD COLUMN cctv_retention_days INTEGER NOT NULL DEFAULT 14
    CHECK (cctv_retention_days BETWEEN 1 AND 3650);
