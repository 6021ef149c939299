-- Schema v7: a person's answers to the offence elements' questions (issue 14), part of the
-- incident record: a JSON object keyed by element code, each {value, by, at, source}
-- (domain/element_answers). Existing incidents have none.
ALTER TABLE incidents ADD COLUMN offence_answers TEXT NOT NULL DEFAULT '{}'
