-- Schema v2: the guided response (two-question assessment, staff care, prevention) kept with
-- the incident as JSON documents in the domain's own format (domain/assessment.py,
-- domain/staff_care.py), plus when the offender became known (complaint deadline).
ALTER TABLE incidents ADD COLUMN assessment TEXT NOT NULL DEFAULT '{}';
ALTER TABLE incidents ADD COLUMN staff_care TEXT NOT NULL DEFAULT '[]';
ALTER TABLE incidents ADD COLUMN prevention TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN training_case INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN offender_known_on TEXT;
