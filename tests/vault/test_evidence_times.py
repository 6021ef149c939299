"""Evidence times in a real vault: read at import, the overlay time entered later, audited."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from capture_samples import exif_jpeg, mp4
from helpers import TOKYO, sample_incident
from schema_rollback import undo_after

from kasuhara_desktop.domain.errors import UserError, ValidationError
from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.vault import Vault

JST = timezone(timedelta(hours=9))
CCTV = EvidenceSource(SourceKind.CCTV, "入口カメラ", clock_offset_seconds=-95)


@pytest.fixture
def ref(vault: Vault) -> str:
    return IncidentService(vault).add(sample_incident()).reference


def wav(path: Path) -> Path:
    path.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(100))
    return path


def problems(vault: Vault) -> list[str]:
    return [p for c in verify_vault(vault).checks for p in c.problems]


def test_import_keeps_each_time_apart(vault: Vault, ref: str, tmp_path: Path) -> None:
    clip_time = datetime(2026, 4, 30, 13, 15, 7, tzinfo=UTC)
    photo, clip, call = EvidenceService(vault).add_files(ref, [
        ImportRequest(exif_jpeg(tmp_path / "p.jpg", "2026:05:01 14:03:22", "+09:00")),
        ImportRequest(mp4(tmp_path / "c.mp4", clip_time), source=CCTV),
        ImportRequest(wav(tmp_path / "call.wav")),
    ])  # fmt: skip
    assert photo.content_time == datetime(2026, 5, 1, 14, 3, 22, tzinfo=JST)
    assert photo.content_time_source == "exif"
    assert clip.content_time == clip_time and clip.content_time_source == "container"
    assert clip.corrected(clip.content_time) == clip_time + timedelta(seconds=95)
    assert call.content_time is None and call.content_time_source == ""
    for item in (photo, clip, call):
        assert item.file_modified_at is not None and item.imported_by == vault.user
        assert item.overlay_time is None
    assert problems(vault) == []


def test_overlay_time_is_entered_audited_and_cleared(
    vault: Vault, ref: str, tmp_path: Path
) -> None:
    service = EvidenceService(vault)
    [clip] = service.add_files(ref, [ImportRequest(wav(tmp_path / "cam.wav"), source=CCTV)])
    shown = datetime(2026, 4, 30, 22, 14, 0, tzinfo=TOKYO)
    item = service.set_overlay_time(clip.id, shown)
    assert item.overlay_time == shown and item.overlay_time_by == vault.user
    assert item.overlay_time_at is not None
    assert item.corrected(item.overlay_time) == shown + timedelta(seconds=95)
    actions = [r.action for r in audit.rows(vault.conn, "evidence")]
    assert actions == ["import", "overlay_time"]
    assert problems(vault) == []
    cleared = service.set_overlay_time(clip.id, None)
    assert cleared.overlay_time is None and cleared.overlay_time_by == ""
    assert problems(vault) == []
    with pytest.raises(ValidationError, match="time zone"):
        service.set_overlay_time(clip.id, datetime(2026, 4, 30, 22, 14))
    service.delete(clip.id, "誤って取り込んだ")
    with pytest.raises(UserError, match="deleted"):
        service.set_overlay_time(clip.id, shown)


def test_a_row_without_new_times_hashes_as_before_v8(
    vault: Vault, ref: str, tmp_path: Path
) -> None:
    """Rows audited before schema v8 (no such columns) still match their audit rows."""
    [call] = EvidenceService(vault).add_files(ref, [ImportRequest(wav(tmp_path / "c.wav"))])
    old_columns = (
        "e.id", "i.reference", "e.file_key", "e.original_name", "e.size", "e.sha256", "e.mime",
        "e.file_modified_at", "e.file_created_at", "e.imported_by", "e.imported_at",
        "e.description", "e.source_kind", "e.source_detail", "e.clock_offset_seconds",
        "e.deleted_at", "e.deleted_by", "e.deleted_reason", "e.last_check_result",
        "e.last_check_at", "e.last_check_by",
    )  # fmt: skip
    values = vault.conn.execute(
        f"SELECT {', '.join(old_columns)} FROM evidence e JOIN incidents i"
        " ON i.id = e.incident_id WHERE e.id = ?",
        (call.id,),
    ).fetchone()
    row = dict(zip([c.split(".")[1] for c in old_columns], values, strict=True))
    row["file_key_sha256"] = hashlib.sha256(bytes(row.pop("file_key"))).hexdigest()
    [imported] = audit.rows(vault.conn, "evidence")
    assert imported.content_hash == audit.canonical_hash({"evidence": row})


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE evidence SET content_time = '2026-01-01T00:00:00+09:00'",
        "UPDATE evidence SET content_time = NULL, content_time_source = NULL",
        "UPDATE evidence SET overlay_time = '2026-01-01T00:00:00+09:00'",
    ],
)
def test_times_changed_outside_the_program_are_found(
    vault: Vault, ref: str, tmp_path: Path, edit: str
) -> None:
    path = exif_jpeg(tmp_path / "p.jpg", "2026:05:01 14:03:22", "+09:00")
    EvidenceService(vault).add_files(ref, [ImportRequest(path)])
    assert problems(vault) == []
    with vault.transaction() as conn:
        conn.execute(edit)
    assert any("changed outside the program" in p for p in problems(vault))


def test_evidence_of_a_version_7_vault_verifies_after_v8(vault_dir: Path, tmp_path: Path) -> None:
    from helpers import PASSPHRASE, make_vault

    from kasuhara_desktop.vault.connection import connect

    vault, key = make_vault(vault_dir)
    ref = IncidentService(vault).add(sample_incident()).reference
    [call] = EvidenceService(vault).add_files(ref, [ImportRequest(wav(tmp_path / "c.wav"))])
    vault.close()
    conn = connect(vault_dir / "vault.db", key)  # back to v7, as the older program left it
    undo_after(conn, 7)
    conn.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        item = EvidenceService(v).get(call.id)
        assert item.content_time is None and item.overlay_time is None
        assert problems(v) == []
        EvidenceService(v).set_overlay_time(call.id, datetime(2026, 5, 1, 9, 0, tzinfo=TOKYO))
        assert problems(v) == []
