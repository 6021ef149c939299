-- Schema v17: each complaint holder's own day (issue 14.2). A complaint-only offence's six
-- months run from the day *that* holder learned who the offender is (Code of Criminal
-- Procedure arts. 235, 236): offender_known_on is the shop's (the company's) day, this column
-- the staff member harmed's. Until now one day stood for both, so existing incidents keep it
-- for the staff member too: the deadlines they showed stay as they were.
ALTER TABLE incidents ADD COLUMN offender_known_to_staff_on TEXT;
UPDATE incidents SET offender_known_to_staff_on = offender_known_on
    WHERE offender_known_on IS NOT NULL;
