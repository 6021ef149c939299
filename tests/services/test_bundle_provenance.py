"""The bundle's times and promise (issue 15.1, 15.7): each time apart with its source in the
manifest and CSV, a CSV without stray quotes, a README that says what to compare against, a
plain README beside an encrypted archive, and the bundles made listed in the report."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from capture_samples import exif_jpeg, mp4
from helpers import make_vault, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.services.bundle import build_bundle, readme_beside
from kasuhara_desktop.services.bundle_7z import SevenZipContents
from kasuhara_desktop.services.bundle_record import record_bundle
from kasuhara_desktop.services.bundle_text import csv_cell
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf
from kasuhara_desktop.vault.vault import Vault

PASSWORD = "correct horse 馬 battery"
CLIP_TIME = datetime(2026, 4, 30, 13, 15, 7, tzinfo=UTC)


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[Vault, str, Path]]:
    vault, _ = make_vault(tmp_path / "vault")
    src = tmp_path / "src"
    src.mkdir()
    call = src / "call.wav"
    call.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(100))
    ref = IncidentService(vault).add(sample_incident()).reference
    cctv = EvidenceSource(SourceKind.CCTV, "=HYPERLINK(1)", clock_offset_seconds=-95)
    service = EvidenceService(vault)
    _photo, clip, _call = service.add_files(ref, [
        ImportRequest(exif_jpeg(src / "p.jpg", "2026:05:01 14:03:22", "+09:00"), "-cmd|x"),
        ImportRequest(mp4(src / "clip.mp4", CLIP_TIME), "-1+2", cctv),
        ImportRequest(call),
    ])  # fmt: skip
    service.set_overlay_time(clip.id, datetime(2026, 4, 30, 22, 14, 0, tzinfo=UTC))
    yield vault, ref, tmp_path
    vault.close()


def make(case, name: str = "b.zip", **kw):
    vault, ref, folder = case
    job = ReportService(vault).prepare_incident(ref)
    return build_bundle(job, folder / name, lang="en", **kw)


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_manifest_keeps_each_time_with_its_source(case) -> None:
    files = {
        f["original_name"]: f
        for f in json.loads(entries(make(case).path)["manifest.json"])["files"]
    }
    photo, clip, call = (files[n]["times"] for n in ("p.jpg", "clip.mp4", "call.wav"))
    assert photo["content_time"] == "2026-05-01T14:03:22+09:00"
    assert photo["content_time_source"] == "exif" and photo["overlay_time"] is None
    assert clip["content_time_source"] == "container"
    assert clip["content_time"] == "2026-04-30T22:15:07+09:00"  # in the shop's zone
    assert clip["content_time_corrected"] == "2026-04-30T22:16:42+09:00"  # 95 s behind
    assert clip["overlay_time"] == "2026-05-01T07:14:00+09:00"
    assert clip["overlay_time_corrected"] == "2026-05-01T07:15:35+09:00"
    assert clip["overlay_time_by"] and clip["overlay_time_entered_at"]
    assert call["content_time"] is None and call["content_time_source"] == "unknown"
    for t in (photo, clip, call):
        assert t["file_modified_at"] and t["clock_offset_corrects"] == [
            "content_time",
            "overlay_time",
        ]
    assert files["call.wav"]["imported_by"] and files["call.wav"]["imported_at"]


def test_csv_has_the_times_and_no_stray_quote_before_numbers(case) -> None:
    raw = entries(make(case).path)["manifest.csv"].decode("utf-8-sig")
    rows = {r["original_name"]: r for r in csv.DictReader(io.StringIO(raw))}
    clip, call = rows["clip.mp4"], rows["call.wav"]
    assert clip["clock_offset_seconds"] == "-95"
    assert clip["content_time_source"] == "container" and clip["overlay_time_corrected"]
    assert call["content_time"] == "unknown" and call["content_time_source"] == "unknown"
    assert clip["source_detail"] == "'=HYPERLINK(1)"
    assert rows["p.jpg"]["description"] == "'-cmd|x" and clip["description"] == "'-1+2"


@pytest.mark.parametrize(
    ("value", "shown"),
    [(-95, "-95"), ("-3.5", "-3.5"), ("-", "-"), ("-x", "'-x"), ("-1+1", "'-1+1"),
     ("=1", "'=1"), ("+1", "'+1"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "'\rx"),
     ("a-1", "a-1"), (None, "")],
)  # fmt: skip
def test_csv_cell_guards_only_what_a_spreadsheet_runs(value, shown) -> None:
    assert csv_cell(value) == shown


def test_readme_says_what_to_compare_against(case) -> None:
    result = make(case)
    readme = entries(result.path)["README.txt"].decode("utf-8-sig")
    assert "Anyone who changes a file can compute new hashes" in readme
    assert "printed in the incident report the shop keeps" in readme
    assert result.manifest_sha256 in readme and result.readme_path is None
    assert not readme_beside(result.path).exists()  # a plain ZIP's README is readable inside


def test_encrypted_bundle_has_a_plain_readme_beside_it(case) -> None:
    result = make(case, "b.7z", password=PASSWORD, archive_format="7z")
    assert result.readme_path == readme_beside(result.path) == result.path.with_name("b_README.txt")
    text = result.readme_path.read_text(encoding="utf-8-sig")
    assert result.manifest_sha256 in text and "b.7z" in text
    assert "without the password" in text and "Anyone who changes a file" in text
    assert case[1] not in text  # the reference the encrypted names hide stays hidden
    inside = SevenZipContents(result.path, PASSWORD).read("README.txt").decode("utf-8-sig")
    assert case[1] in inside and result.manifest_sha256 in inside


def test_bundles_made_are_listed_in_the_report(case) -> None:
    vault, ref, _folder = case
    first = make(case)
    second = make(case, "b.7z", password=PASSWORD, archive_format="7z")
    record_bundle(vault, first)
    record_bundle(vault, second)
    out = io.BytesIO()
    build_incident_pdf(ReportService(vault).prepare_incident(ref), out, "en")
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Evidencebundlesmade" in text
    for result in (first, second):
        assert result.manifest_sha256 in text and result.path.name in text
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit WHERE entity = 'bundle'")]
    assert actions == ["make", "make"]


def test_a_recorded_bundle_changed_in_the_database_fails_verify(case) -> None:
    from kasuhara_desktop.services.verify import verify_vault

    vault, _ref, _folder = case
    record_bundle(vault, make(case))
    assert verify_vault(vault).ok
    with vault.transaction() as conn:
        conn.execute("UPDATE evidence_bundles SET manifest_sha256 = ?", ("0" * 64,))
    [check] = [c for c in verify_vault(vault).checks if c.name == "bundles_match_audit"]
    assert check.problems and "changed outside the program" in check.problems[0]
    with vault.transaction() as conn:
        conn.execute("DELETE FROM evidence_bundles")
    [check] = [c for c in verify_vault(vault).checks if c.name == "bundles_match_audit"]
    assert check.problems == ["1 bundle(s) made were removed from the logbook"]
