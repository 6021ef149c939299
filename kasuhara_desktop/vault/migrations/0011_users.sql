-- Schema v11: the logbook's users (issue 16). This encrypted, audited table is the authority for
-- each login's role and display name; the `role` in vault.json's slot is only a hint (it is in
-- the slot's AAD and cannot change without that user's passphrase). Removed users keep their row
-- (removed_at set) so their login is never reused and old audit rows stay unambiguous.
-- A vault from before v11 has no rows: the program seeds them at unlock from the header's slots.
CREATE TABLE IF NOT EXISTS users (  -- IF NOT EXISTS: a re-run is harmless
    login         TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'staff')),
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    removed_at    INTEGER NULL,
    removed_by    TEXT NULL
);
