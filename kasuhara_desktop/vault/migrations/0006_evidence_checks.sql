-- Schema v6: each evidence file keeps the result and time of its last integrity check, so a
-- file checked as intact still says so (and since when) after the logbook is locked and
-- opened again. NULL: never checked.
ALTER TABLE evidence ADD COLUMN last_check_result TEXT;
ALTER TABLE evidence ADD COLUMN last_check_at TEXT;
ALTER TABLE evidence ADD COLUMN last_check_by TEXT;
