"""The incident report: every section, exact hostile text, embedded fonts, "n / N" on every
page, evidence checked while building (damaged, missing, deleted), all-or-nothing output."""

from __future__ import annotations

import errno
import io
import os
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import TOKYO, make_vault, sample_incident
from PIL import Image
from pypdf import PdfReader

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import Behaviour, CostKind, TimelineKind
from kasuhara_desktop.domain.errors import Cancelled, StorageError
from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.domain.models import CostEntry, Incident, Quote, TimelineEntry
from kasuhara_desktop.domain.models import WitnessStatement as Statement
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare
from kasuhara_desktop.reports.report_data import EvidenceStatus
from kasuhara_desktop.reports.wording import all_keys
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf
from kasuhara_desktop.vault.vault import Vault

HOSTILE = '<b>&</b> "q" 🙂 עברית'
LONG_QUOTE = "".join(f"発言{i:04d}です。" for i in range(250))  # 2,250 characters

SECTIONS = {
    "en": [
        "Summary",
        "Persons and staff",
        "Behaviours recorded",
        "Exact words",
        "Timeline",
        "Requests to stop, orders to leave, police",
        "Assessment (MHLW two-question test)",
        "Impact on staff and care",
        "Time and money spent",
        "Actions taken",
        "Possible offences: points for the lawyer",
        "Evidence",
        "Photos",
        "Witness statements",
        "No-entry notices",
        "Revision history",
        "How to check that nothing was changed",
    ],
    "ja": [
        "概要",
        "関係者と従業員",
        "記録された行為",
        "発言（原文どおり）",
        "時系列",
        "中止の要求・退去の要求・警察への通報",
        "判断（厚生労働省の2つの観点）",
        "従業員への影響とケア",
        "対応に要した時間と費用",
        "実施した対応",
        "成立しうる犯罪：弁護士と検討する論点",
        "証拠",
        "写真",
        "目撃者の陳述",
        "出入禁止通知書",
        "変更履歴",
        "改ざんがないことの確認方法",
    ],
    "nb": [
        "Sammendrag",
        "Personer og ansatte",
        "Registrert atferd",
        "Ordrett gjengitt",
        "Tidslinje",
        "Krav om å slutte, pålegg om å gå, politiet",
        "Vurdering (MHLWs to spørsmål)",
        "Følger for de ansatte og oppfølging",
        "Tid og penger brukt",
        "Tiltak",
        "Mulige lovbrudd: punkter for advokaten",
        "Bevis",
        "Bilder",
        "Vitneforklaringer",
        "Varsler om adgangsforbud",
        "Endringshistorikk",
        "Slik kontrollerer du at ingenting er endret",
    ],
}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    """Extracted text without line breaks and spaces (wrapping puts them anywhere)."""
    return re.sub(r"\s+", "", text)


def jpeg(path: Path, color: str, size: tuple[int, int] = (1200, 900)) -> Path:
    Image.new("RGB", size, color).save(path, "JPEG", quality=85)
    return path


def rich_incident(summary: str = HOSTILE) -> Incident:
    inc = sample_incident(summary=summary)
    start = inc.occurred_at
    inc.demand = f"全額返金 {HOSTILE}"
    inc.behaviours = [Behaviour.THREATS_ABUSE, Behaviour.REFUSAL_TO_LEAVE]
    inc.quotes = [
        Quote(speaker="客A", words=f"殺すぞ {HOSTILE}", said_at=start, repeat_count=3),
        Quote(speaker="客A", words=LONG_QUOTE, said_at=start + timedelta(minutes=2)),
    ]
    inc.timeline = [
        TimelineEntry(
            at=start + timedelta(minutes=5),
            kind=TimelineKind.STOP_REQUEST,
            description="1回目の中止要求",
            by="店長",
        ),
        TimelineEntry(
            at=start + timedelta(minutes=8),
            kind=TimelineKind.LEAVE_ORDER,
            description="退去要求",
            by="店長",
        ),
        TimelineEntry(
            at=start + timedelta(minutes=20),
            kind=TimelineKind.POLICE_CALL,
            description="110番",
            by="店長",
        ),
        TimelineEntry(
            at=start + timedelta(minutes=30),
            kind=TimelineKind.CUSTOMER_LEFT,
            description=HOSTILE,
            by="店長",
        ),
    ]
    inc.statements = [Statement(witness="田中", text=f"大声を聞いた {HOSTILE}", relation="同僚")]
    inc.costs = [
        CostEntry(CostKind.ON_SITE, minutes=95),
        CostEntry(CostKind.DAMAGE, amount_yen=12000),
    ]
    inc.assessment.shop_fault = Answer.NO
    inc.assessment.demand_related = Answer.YES
    inc.assessment.manner = {MannerFlag.VIOLENT_OR_THREATENING, MannerFlag.PROLONGED}
    inc.assessment.facts_confirmed_by = "店長"
    inc.assessment.judged_by = "店長"
    inc.staff_care = [
        StaffCare(
            staff_name="佐藤",
            safety_secured=True,
            supervisor_took_over="店長",
            follow_ups=[FollowUp(due=date(2026, 11, 10), note="面談")],
        )
    ]
    inc.prevention = "研修で共有する"
    return inc


def add_files(vault: Vault, reference: str, folder: Path) -> list[str]:
    folder.mkdir(exist_ok=True)
    cctv = EvidenceSource(SourceKind.CCTV, "レジ上カメラ", clock_offset_seconds=120)
    requests = [
        ImportRequest(jpeg(folder / "レジ前.jpg", "red"), "レジ前の写真", cctv),
        ImportRequest(jpeg(folder / "photo.jpg", "blue")),
        ImportRequest(jpeg(folder / "deleted.jpg", "green")),
    ]
    note = folder / "note.txt"
    note.write_text(HOSTILE, encoding="utf-8")
    requests.append(ImportRequest(note, HOSTILE))
    items = EvidenceService(vault).add_files(reference, requests)
    EvidenceService(vault).delete(items[2].id, "写り込んだ他の客のため")
    return [i.id for i in items]


def corrupt(vault: Vault, evidence_id: str) -> None:
    path = vault.evidence_dir / f"{evidence_id}.khev"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, str, list[str]]]:
    folder = tmp_path_factory.mktemp("report")
    vault, _key = make_vault(folder / "vault")
    inc = IncidentService(vault).add(rich_incident())
    ids = add_files(vault, inc.reference, folder / "src")
    yield vault, inc.reference, ids
    vault.close()


_PDFS: dict[str, bytes] = {}


def report(filled: tuple[Vault, str, list[str]], lang: str) -> bytes:
    if lang not in _PDFS:
        vault, reference, _ids = filled
        job = ReportService(vault).prepare_incident(reference)
        out = io.BytesIO()
        build_incident_pdf(job, out, lang)
        _PDFS[lang] = out.getvalue()
    return _PDFS[lang]


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_every_section_is_there(filled, lang: str) -> None:
    text = flat(pdf_text(report(filled, lang)))
    missing = [s for s in SECTIONS[lang] if flat(s) not in text]
    assert missing == []
    assert flat(filled[1]) in text


def test_hostile_text_and_long_quote_are_reproduced_exactly(filled) -> None:
    text = pdf_text(report(filled, "en"))
    assert text.count('<b>&</b> "q"') >= 5  # summary, demand, quote, timeline, statement
    assert "עברית" in text or "תירבע" in text
    body = flat(text)
    assert all(f"発言{i:04d}です。" in body for i in range(250))
    assert "<b>" not in text.replace("<b>&</b>", "")  # never interpreted, never doubled


def test_fonts_are_embedded(filled, pdf_tools: dict[str, Any]) -> None:
    for lang in ("ja", "en", "nb"):
        fonts = pdf_tools["fonts"](report(filled, lang))
        assert fonts and all(f["embedded"] for f in fonts.values()), fonts
        assert not any("Helvetica" in name for name in fonts)


def test_every_page_is_numbered_and_carries_the_reference(filled) -> None:
    pages = PdfReader(io.BytesIO(report(filled, "ja"))).pages
    assert len(pages) > 3
    for n, page in enumerate(pages, 1):
        text = page.extract_text()
        assert f"{n} / {len(pages)}" in text
        assert filled[1] in text


def test_evidence_is_listed_with_checks_clock_offset_and_photos(filled) -> None:
    data = report(filled, "en")
    text = pdf_text(data)
    body = flat(text)
    for name in ("レジ前.jpg", "photo.jpg", "deleted.jpg", "note.txt"):
        assert name in text
    # No EXIF in these JPEGs: the capture time is unknown and the clock offset corrects
    # nothing (never the PC's file time); tests/reports/test_report_evidence_times.py has more.
    assert flat("Time in the file: unknown") in body and flat("File modified (PC):") in body
    assert flat("device showed") not in body
    assert flat("Reason: 写り込んだ他の客のため") in body
    assert "intact" in text and "deleted" in text
    assert flat("all 3 evidence files match their recorded SHA-256") in body
    images = sum(len(page.images) for page in PdfReader(io.BytesIO(data)).pages)
    assert images == 2  # the two live photos; the deleted one is gone


def test_offences_are_points_for_the_lawyer_with_the_disclaimer(filled) -> None:
    body = flat(pdf_text(report(filled, "en")))
    assert flat("Art. 130 Intrusion into a building / refusal to leave") in body
    assert flat("Art. 222") in body
    assert flat("It is not a legal conclusion") in body
    assert flat("Stayed 22 minutes after the first order to leave") in body


def test_audit_head_and_how_to_check(filled) -> None:
    vault, _reference, _ = filled
    from kasuhara_desktop.vault import audit

    body = flat(pdf_text(report(filled, "en")))
    assert audit.head(vault.conn) in body
    assert "kasuhara verify" in pdf_text(report(filled, "en"))


def test_damaged_and_missing_evidence_are_said_plainly(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    try:
        inc = IncidentService(vault).add(rich_incident())
        ids = add_files(vault, inc.reference, tmp_path / "src")
        corrupt(vault, ids[0])
        (vault.evidence_dir / f"{ids[1]}.khev").unlink()
        dest = tmp_path / "r.pdf"
        checked = ReportService(vault).write_incident_report(inc.reference, dest, "en")
    finally:
        vault.close()
    statuses = [c.status for c in checked]
    assert statuses == [
        EvidenceStatus.DAMAGED,
        EvidenceStatus.MISSING,
        EvidenceStatus.DELETED,
        EvidenceStatus.OK,
    ]
    text = pdf_text(dest.read_bytes())
    body = flat(text)
    assert "DAMAGED" in text and "MISSING" in text
    assert flat("2 of 4 evidence files failed their integrity check") in body
    assert flat("must not be relied on") in body
    assert "intact" in text


def test_no_evidence_and_300_timeline_entries(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    inc = rich_incident(summary="長い時系列")
    start = inc.occurred_at
    inc.timeline = [
        TimelineEntry(
            at=start + timedelta(minutes=i),
            kind=TimelineKind.NOTE,
            description=f"記録{i:03d} {HOSTILE}",
            by="佐藤",
        )
        for i in range(300)
    ]
    try:
        saved = IncidentService(vault).add(inc)
        dest = tmp_path / "r.pdf"
        ReportService(vault).write_incident_report(saved.reference, dest, "ja")
    finally:
        vault.close()
    data = dest.read_bytes()
    body = flat(pdf_text(data))
    assert all(f"記録{i:03d}" in body for i in range(300))
    assert flat("この事案に添付された証拠ファイルはありません。") in body
    pages = PdfReader(io.BytesIO(data)).pages
    assert all(f"{n} / {len(pages)}" in p.extract_text() for n, p in enumerate(pages, 1))


def test_cancel_full_disk_and_missing_folder_leave_no_file(
    filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, reference, _ = filled
    service = ReportService(vault)
    dest = tmp_path / "r.pdf"
    calls = {"n": 0}

    def cancel_later() -> bool:
        calls["n"] += 1
        return calls["n"] > 5

    with pytest.raises(Cancelled):
        service.write_incident_report(reference, dest, "en", should_cancel=cancel_later)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(StorageError, match="does not exist"):
        service.write_incident_report(reference, tmp_path / "no" / "r.pdf", "en")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="disk is full"):
        service.write_incident_report(reference, dest, "en")
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_end(filled) -> None:
    vault, reference, _ = filled
    seen: list[tuple[int, int]] = []
    job = ReportService(vault).prepare_incident(reference)
    build_incident_pdf(job, io.BytesIO(), "en", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_notices_come_from_the_notices_service(tmp_path: Path) -> None:
    from kasuhara_desktop.domain.notice import ServiceMethod, ServiceRecord
    from kasuhara_desktop.services.notices import NoticeService

    vault, _ = make_vault(tmp_path / "v")
    try:
        inc = IncidentService(vault).add(rich_incident())
        notices = NoticeService(vault)
        issued = notices.issue_json(inc.reference, {}).notice
        served_at = datetime.now(TOKYO).replace(microsecond=0)
        notices.serve(
            issued.number,
            ServiceRecord(
                ServiceMethod.CERTIFIED_MAIL, served_at, "店長", tracking_number="1234-5678"
            ),
        )
        dest = tmp_path / "r.pdf"
        ReportService(vault).write_incident_report(inc.reference, dest, "ja")
    finally:
        vault.close()
    body = flat(pdf_text(dest.read_bytes()))
    assert issued.number in body
    assert flat("内容証明郵便（配達証明付き）") in body and "1234-5678" in body


def test_every_language_has_every_text() -> None:
    english = all_keys("en")  # the codes' names and sentences: tests/domain/test_vocabulary.py
    for lang in ("ja", "nb"):
        keys = all_keys(lang)
        missing = {s: sorted(k - keys.get(s, set())) for s, k in english.items()}
        assert {s: k for s, k in missing.items() if k} == {}, lang


def test_first_page_renders(filled, tmp_path: Path, pdf_tools: dict[str, Any]) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(report(filled, "ja"))
    png = pdf_tools["render"](pdf, tmp_path / "page")
    if png is None:
        pytest.skip("poppler is not installed")
    assert png.stat().st_size > 5_000
