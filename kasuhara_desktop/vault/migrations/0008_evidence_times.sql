-- Schema v8: where each evidence time comes from (issue 15). The time the content itself
-- records (EXIF DateTimeOriginal of a photo, the mvhd creation time of an MP4/MOV), read at
-- import; NULL: the file records none (a WAV, a scan) or it was imported before v8. ISO 8601,
-- without an offset when the file gave none (the camera's wall clock, zone unknown).
ALTER TABLE evidence ADD COLUMN content_time TEXT;
ALTER TABLE evidence ADD COLUMN content_time_source TEXT;
-- A time a person read off the picture (a CCTV clock overlay), as shown there, with who
-- entered it and when. The device's clock offset corrects this and content_time, never the
-- file's modification time nor the import time.
ALTER TABLE evidence ADD COLUMN overlay_time TEXT;
ALTER TABLE evidence ADD COLUMN overlay_time_by TEXT;
ALTER TABLE evidence ADD COLUMN overlay_time_at TEXT;
-- Each bundle made from an incident: the manifest's SHA-256 is what a third party compares
-- the bundle against, so the incident report lists them.
CREATE TABLE evidence_bundles (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incidents (id),
    made_at         TEXT NOT NULL,
    made_by         TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    archive_format  TEXT NOT NULL,
    encrypted       INTEGER NOT NULL
);
CREATE INDEX evidence_bundles_incident ON evidence_bundles (incident_id);
