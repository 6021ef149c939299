-- Schema v5: crash safety for typed text. Each open incident editor or guided response keeps
-- an autosave of its unsaved draft here (inside the encrypted database, never in a plaintext
-- file), replaced every few seconds while someone types and deleted when the draft is saved
-- or deliberately discarded. After a crash the next unlock offers the rows left behind.
-- Autosaves are scratch data, not records: they get no audit rows and no revisions.
-- slot: one open window (a random id), so two new incidents typed at once do not collide.
-- reference: '' for an incident not saved yet. base_version: the version the draft started
-- from (a restored draft saved over a newer version is refused as stale, not overwritten).
-- draft: the incident JSON (domain/incident_json). state: the window's own extras (JSON).
CREATE TABLE autosaves (
    slot          TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('editor', 'guide')),
    reference     TEXT NOT NULL DEFAULT '',
    base_version  INTEGER,
    user          TEXT NOT NULL,
    draft         TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT '{}',
    saved_at      TEXT NOT NULL
) WITHOUT ROWID
