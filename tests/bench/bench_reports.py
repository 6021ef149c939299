"""Benchmark: the incident report (100 timeline entries, 30 photos) and a period summary over
10,000 incidents, each against the same pages built with bare reportlab in the same run.

Run: ``python tests/bench/bench_reports.py [--photos 30] [--incidents 10000]``. Not part of the
test run.

* Report. The program: ``prepare_incident`` (read the vault), then ``build_incident_pdf``:
  decrypt every photo into memory, check its SHA-256, make a thumbnail, lay out the pages.
  Baseline: bare reportlab and Pillow (no program code) laying out the same text, tables and
  the 30 photos reduced the same way, from the plaintext JPEGs already in memory (so the
  difference is decryption, hash checks and the program's own layout code). Embedding the
  originals unreduced instead made a 130 MB PDF and took ten times longer in a trial run.
* Summary. The program: ``prepare_summary`` (10,000 incidents read through the service) and
  ``build_summary_pdf``. Baseline: bare reportlab drawing the same charts and tables from
  counts computed beforehand. The 10,000 incidents are inserted through ``IncidentService.add``
  with ``PRAGMA synchronous=OFF`` on this throwaway vault only, to keep the set-up short.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from helpers import make_vault, sample_incident
from PIL import Image as PILImage
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import Behaviour, Channel, CostKind, TimelineKind
from kasuhara_desktop.domain.models import CostEntry, TimelineEntry
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf, build_summary_pdf

TZ = ZoneInfo("Asia/Tokyo")
FONT_FILE = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def best_of(runs: int, fn):  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


# ---------------------------------------------------------------- bare reportlab


def bare_setup() -> tuple[ParagraphStyle, ParagraphStyle]:
    if "bench-gothic" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("bench-gothic", FONT_FILE))
    body = ParagraphStyle("b", fontName="bench-gothic", fontSize=10, leading=15, wordWrap="CJK")
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)
    return body, small


class BareCanvas(Canvas):  # the usual reportlab recipe for "page n of N"
    def __init__(self, *a, **k):  # type: ignore[no-untyped-def]
        super().__init__(*a, **k)
        self._saved: list[dict] = []  # type: ignore[type-arg]

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("bench-gothic", 8)
            self.drawCentredString(A4[0] / 2, 12 * mm, f"{self._pageNumber} / {len(self._saved)}")
            self.drawRightString(A4[0] - 20 * mm, 12 * mm, "K-2026-0001")
            super().showPage()
        super().save()


def bare_table(rows: list[list[str]], widths: list[float], style: ParagraphStyle) -> Table:
    data = [[Paragraph(escape(c), style) for c in row] for row in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "bench-gothic", 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#BBBBBB"),
            ]
        )
    )
    return t


def bare_report(timeline: list[list[str]], photos: list[bytes]) -> bytes:
    body, small = bare_setup()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, initialFontName="bench-gothic"
    )
    story = [Paragraph("カスタマーハラスメント事案報告書", body), PageBreak()]
    story.append(
        bare_table(
            [["日時", "種別", "対応者", "内容"], *timeline],
            [30 * mm, 28 * mm, 22 * mm, 90 * mm],
            small,
        )
    )
    story += [Paragraph(escape("発言" * 50), body) for _ in range(10)]
    cells = []
    for data in photos:  # the same reduced copies as the program makes (same pages)
        with PILImage.open(io.BytesIO(data)) as img:
            img.draft("RGB", (640, 640))
            small_img = img.convert("RGB")
            small_img.thumbnail((640, 640))
            reduced = io.BytesIO()
            small_img.save(reduced, "JPEG", quality=80)
            w, h = small_img.size
        data = reduced.getvalue()
        scale = min(50 * mm / w, 48 * mm / h)
        cells.append(
            [
                Image(io.BytesIO(data), width=w * scale, height=h * scale),
                Paragraph("photo.jpg", small),
            ]
        )
    rows = [cells[i : i + 3] for i in range(0, len(cells), 3)]
    grid = Table(rows, colWidths=[56 * mm] * 3)
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "bench-gothic", 8)]))
    story.append(grid)
    doc.build(story, canvasmaker=BareCanvas)
    return out.getvalue()


def bare_summary(
    months: list[tuple[str, int]],
    behaviours: list[tuple[str, int]],
    channels: list[tuple[str, int]],
    rows: list[list[str]],
) -> bytes:
    body, small = bare_setup()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName="bench-gothic")
    story = [Paragraph("カスタマーハラスメント 期間集計", body)]
    d = Drawing(480, 150)
    d.initialFontName = "bench-gothic"
    vb = VerticalBarChart()
    vb.x, vb.y, vb.width, vb.height = 34, 20, 430, 120
    vb.data = [[v for _, v in months]]
    vb.categoryAxis.categoryNames = [k for k, _ in months]
    vb.categoryAxis.labels.fontName = vb.valueAxis.labels.fontName = "bench-gothic"
    d.add(vb)
    story.append(d)
    story.append(
        bare_table([["月", "事案数"], *[[k, str(v)] for k, v in months]], [60 * mm, 40 * mm], small)
    )
    d2 = Drawing(480, 16 * len(behaviours) + 30)
    d2.initialFontName = "bench-gothic"
    hb = HorizontalBarChart()
    hb.x, hb.y, hb.width, hb.height = 150, 18, 320, 16 * len(behaviours)
    hb.data = [[v for _, v in behaviours]]
    hb.categoryAxis.categoryNames = [k for k, _ in behaviours]
    hb.categoryAxis.labels.fontName = hb.valueAxis.labels.fontName = "bench-gothic"
    d2.add(hb)
    story.append(d2)
    for pairs in (channels, channels):
        d3 = Drawing(480, 140)
        d3.initialFontName = "bench-gothic"
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 8, 8, 124, 124
        pie.data = [v for _, v in pairs]
        pie.labels = None
        d3.add(pie)
        story.append(d3)
    story.append(
        bare_table(
            [["事案番号", "発生日時", "経路", "判断", "経緯"], *rows],
            [24 * mm, 26 * mm, 24 * mm, 34 * mm, 62 * mm],
            small,
        )
    )
    doc.build(story, canvasmaker=BareCanvas)
    return out.getvalue()


# ---------------------------------------------------------------- data


def photos(n: int, folder: Path) -> list[Path]:
    paths = []
    for i in range(n):
        # A photo-like picture: smooth shapes plus a little sensor noise (about 1 MiB as JPEG).
        shade = PILImage.radial_gradient("L").resize((3000, 2000))
        noise = PILImage.effect_noise((3000, 2000), 12)
        img = PILImage.merge("RGB", (shade, PILImage.blend(shade, noise, 0.25), noise))
        img = img.rotate(i * 12)
        path = folder / f"photo_{i:02d}.jpg"
        img.save(path, "JPEG", quality=85)
        paths.append(path)
    return paths


def bench_report(folder: Path, n_photos: int) -> None:
    vault, _ = make_vault(folder / "vault-report")
    inc = sample_incident()
    start = inc.occurred_at
    inc.timeline = [
        TimelineEntry(
            at=start + timedelta(minutes=i),
            kind=TimelineKind.NOTE,
            description=f"経過 {i:03d}: 大声で「馬鹿野郎」と繰り返した",
            by="佐藤",
        )
        for i in range(100)
    ]
    saved = IncidentService(vault).add(inc)
    files = photos(n_photos, folder)
    EvidenceService(vault).add_files(saved.reference, [ImportRequest(p) for p in files])
    plain = [p.read_bytes() for p in files]
    timeline = [
        [
            f"2026-11-03 {14 + i // 60:02d}:{i % 60:02d}",
            "メモ",
            "佐藤",
            f"経過 {i:03d}: 大声で「馬鹿野郎」と繰り返した",
        ]
        for i in range(100)
    ]
    service = ReportService(vault)

    def program() -> bytes:
        out = io.BytesIO()
        build_incident_pdf(service.prepare_incident(saved.reference), out, "ja")
        return out.getvalue()

    ours, pdf = best_of(3, program)
    base, bare_pdf = best_of(3, lambda: bare_report(timeline, plain))
    vault.close()
    size = sum(len(p) for p in plain)
    print(f"report, 100 timeline entries, {n_photos} photos ({size >> 20} MiB of JPEG):")
    print(
        f"  program  {ours:7.2f} s  (PDF {len(pdf) >> 10:,} KiB; photos decrypted, "
        "hash-checked and reduced in memory)"
    )
    print(f"  bare     {base:7.2f} s  (PDF {len(bare_pdf) >> 10:,} KiB; same reduced photos)")
    print(f"  ratio    {ours / base:7.2f}x")


def bench_summary(folder: Path, n: int) -> None:
    vault, _ = make_vault(folder / "vault-summary")
    vault.conn.execute("PRAGMA synchronous = OFF")  # this throwaway vault only
    service = IncidentService(vault)
    base = datetime(2026, 1, 1, 9, 0, tzinfo=TZ)
    behaviours, channels = list(Behaviour), list(Channel)
    start = time.perf_counter()
    for i in range(n):
        inc = sample_incident(f"件 {i} 返金要求と暴言")
        inc.occurred_at = base + timedelta(minutes=(525_000 * i) // n)
        inc.channel = channels[i % len(channels)]
        inc.behaviours = list(dict.fromkeys([behaviours[i % 16], behaviours[(i * 7 + 3) % 16]]))
        inc.costs = [
            CostEntry(CostKind.ON_SITE, minutes=i % 90),
            CostEntry(CostKind.DAMAGE, amount_yen=i % 7 * 1000),
        ]
        inc.assessment.shop_fault = [Answer.YES, Answer.NO, Answer.UNCLEAR][i % 3]
        inc.assessment.demand_related = Answer.YES
        inc.assessment.manner = {MannerFlag.PROLONGED} if i % 2 else set()
        service.add(inc)
    print(
        f"\nsummary over {n:,} incidents (inserted through the service in "
        f"{time.perf_counter() - start:.1f} s):"
    )
    reports = ReportService(vault)
    gather, data = best_of(1, lambda: reports.prepare_summary(date(2026, 1, 1), date(2026, 12, 31)))

    def program() -> bytes:
        out = io.BytesIO()
        build_summary_pdf(data, out, "ja")
        return out.getvalue()

    ours, pdf = best_of(3, program)
    months = Counter(i.occurred_at.astimezone(TZ).strftime("%Y-%m") for i in data.incidents)
    behaviour_counts = Counter(b.value for i in data.incidents for b in i.behaviours)
    channel_counts = Counter(i.channel.value for i in data.incidents)
    rows = [
        [i.reference, i.occurred_at.isoformat()[:16], i.channel.value, i.verdict.value, i.summary]
        for i in data.incidents[:300]
    ]
    bare, bare_pdf = best_of(
        3,
        lambda: bare_summary(
            sorted(months.items()),
            behaviour_counts.most_common(),
            channel_counts.most_common(),
            rows,
        ),
    )
    vault.close()
    print(
        f"  gather   {gather:7.2f} s  (prepare_summary: {len(data.incidents):,} incidents read "
        "through the service, on the GUI thread in the app)"
    )
    print(f"  program  {ours:7.2f} s  (build_summary_pdf; PDF {len(pdf) >> 10:,} KiB)")
    print(f"  bare     {bare:7.2f} s  (PDF {len(bare_pdf) >> 10:,} KiB)")
    print(f"  ratio    {ours / bare:7.2f}x (layout)   {(gather + ours) / bare:7.2f}x (with gather)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=30)
    parser.add_argument("--incidents", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kasuhara-bench-") as tmp:
        bench_report(Path(tmp), args.photos)
        bench_summary(Path(tmp), args.incidents)


if __name__ == "__main__":
    main()
