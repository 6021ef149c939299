"""The report's evidence times (issue 15.1): each with its source, in ja, en and nb; the clock
offset corrects the device's times (content, overlay) only, never the PC file time."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from capture_samples import exif_jpeg, mp4
from helpers import TOKYO, make_vault, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.reports.wording import Wording
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf
from kasuhara_desktop.vault.vault import Vault

CLIP = datetime(2026, 4, 30, 13, 15, 7, tzinfo=UTC)
OVERLAY = datetime(2026, 4, 30, 22, 14, 30, tzinfo=TOKYO)
PHOTO = datetime(2026, 5, 1, 14, 3, 22, tzinfo=TOKYO)
WORDS = {
    "en": ("Photo's EXIF", "Recording's own header", "Read off the picture",
           "Time in the file: unknown", "File modified (PC)", "device showed", "Times (source)"),
    "ja": ("写真の EXIF", "録画・録音ファイルのヘッダー", "画面の時刻表示から読み取り",
           "ファイル内の時刻：不明", "ファイル更新日時（PC）", "機器の表示", "日時（出所）"),
    "nb": ("Bildets EXIF", "Opptakets filhode", "Lest av bildet", "Tid i filen: ukjent",
           "Fil endret (PC)", "enheten viste", "Tidspunkt (kilde)"),
}  # fmt: skip


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, str, list]]:
    folder = tmp_path_factory.mktemp("times")
    vault, _ = make_vault(folder / "vault")
    ref = IncidentService(vault).add(sample_incident()).reference
    cctv = EvidenceSource(SourceKind.CCTV, "入口カメラ", clock_offset_seconds=95)
    wav = folder / "call.wav"
    wav.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(100))
    service = EvidenceService(vault)
    items = service.add_files(ref, [
        ImportRequest(exif_jpeg(folder / "p.jpg", "2026:05:01 14:03:22", "+09:00")),
        ImportRequest(mp4(folder / "clip.mp4", CLIP), source=cctv),
        ImportRequest(wav),
    ])  # fmt: skip
    items[1] = service.set_overlay_time(items[1].id, OVERLAY)
    yield vault, ref, items
    vault.close()


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_each_time_is_printed_with_its_source(case, lang: str) -> None:
    vault, ref, (_photo, clip, _call) = case
    out = io.BytesIO()
    build_incident_pdf(ReportService(vault).prepare_incident(ref), out, lang)
    text = flat("".join(p.extract_text() for p in PdfReader(out).pages))
    for words in WORDS[lang]:
        assert flat(words) in text, words
    w = Wording(lang, "Asia/Tokyo")
    ahead = timedelta(seconds=95)
    assert flat(w.dt(PHOTO)) in text  # no offset on the phone: as recorded
    # The CCTV's clock ran 95 s ahead: its header and overlay times are shown and corrected.
    for shown in (CLIP, OVERLAY):
        assert flat(w.dt(shown)) in text and flat(w.dt(shown - ahead)) in text
    # The PC file time is never corrected.
    assert clip.file_modified_at is not None
    assert flat(w.dt(clip.file_modified_at)) in text
    assert flat(w.dt(clip.file_modified_at - ahead)) not in text
    assert flat(clip.overlay_time_by) in text
