"""The incident report's evidence list and photo sheet.

Each file is listed with its name, type, size, SHA-256, each of its times with where it comes
from (the content's own time and one read off the picture, corrected by the device's recorded
clock offset, which is shown; the PC file's time, never corrected), who imported it and when,
its source, and the result of checking it while the report was made. A damaged or missing
file is said to be so in words; deleted evidence stays listed with who deleted it, when and
why.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Table

from kasuhara_desktop.domain import sizes
from kasuhara_desktop.domain.evidence import BundleRecord, EvidenceItem

from .report_data import EvidenceStatus, ReportEvidence
from .report_parts import EMPTY, LINE, WARN, Cell, Parts
from .styles import CONTENT_WIDTH
from .wording import Wording

PHOTO_COLUMNS = 3
PHOTO_HEIGHT = 48 * mm


def file_size(w: Wording, n: int) -> str:
    """The one size format of the program (``domain.sizes``: "916 B", "12.3 KB", as on screen),
    with the decimal comma where the language writes one."""
    comma = w.lang == "nb"
    return sizes.format_size(n, "," if comma else ".")


def device_time(item: EvidenceItem) -> tuple[datetime | None, datetime | None, str]:
    """(corrected time, time as the device showed it, source): the time read off the picture
    when one was entered, else the time the content records; ``(None, None, "")`` when neither
    is known. The recorded clock offset corrects only these device times, never the PC's file
    time nor the import time."""
    if item.overlay_time is not None:
        return item.corrected(item.overlay_time), item.overlay_time, "overlay"
    if item.content_time is not None:
        return item.corrected(item.content_time), item.content_time, item.content_time_source
    return None, None, ""


def _when(w: Wording, value: datetime) -> str:
    """A time in the shop's zone; a naive one (a camera's clock without a zone) as recorded."""
    if value.tzinfo is None:
        return w.t("time_no_zone", time=w.dt(value))
    return w.dt(value)


def _offset_text(w: Wording, offset: int) -> str:
    key = "clock_offset_ahead" if offset > 0 else "clock_offset_behind"
    return w.t(key, seconds=w.number(abs(offset)))


def time_lines(w: Wording, item: EvidenceItem) -> list[str]:
    """Each known time of ``item`` with where it comes from, one line each: the content's own
    time (EXIF, a recording's header), the time read off the picture, the file's time on the
    PC. Unknown ones say so; the import time is in its own column."""
    offset = item.source.clock_offset_seconds
    lines = []
    for shown, key in (
        (item.content_time, f"time_content_{item.content_time_source or 'unknown'}"),
        (item.overlay_time, "time_overlay"),
    ):
        if shown is None:
            if key == "time_content_unknown":
                lines.append(w.t(key))
            continue
        text = _when(w, shown)
        if offset:
            real = item.corrected(shown)
            text = w.t("time_corrected", real=_when(w, real) if real else text, shown=text,
                       offset=_offset_text(w, offset))  # fmt: skip
        if key == "time_overlay":
            lines.append(w.t(key, time=text, who=item.overlay_time_by))
        else:
            lines.append(w.t(key, time=text))
    file_time = item.file_modified_at
    lines.append(w.t("time_file_modified", time=w.dt(file_time)) if file_time
                 else w.t("time_file_unknown"))  # fmt: skip
    return lines


def captured_text(p: Parts, item: EvidenceItem) -> str:
    return "\n".join(time_lines(p.w, item))


def _status(p: Parts, ev: ReportEvidence) -> str:
    return p.w.t(f"status_{ev.status.value}")


def _detail(p: Parts, ev: ReportEvidence) -> str:
    w = p.w
    item = ev.item
    if ev.status is EvidenceStatus.DELETED:
        return w.t("deleted_detail", when=w.dt(item.deleted_at), who=item.deleted_by,
                   reason=item.deleted_reason)  # fmt: skip
    if ev.status is EvidenceStatus.DAMAGED:
        return w.t("damaged_detail", problem=ev.problem)
    if ev.status is EvidenceStatus.MISSING:
        return w.t("missing_detail", problem=ev.problem)
    return ""


def _source(p: Parts, item: EvidenceItem) -> str:
    text = p.w.label(item.source.kind)
    return f"{text}: {item.source.detail}" if item.source.detail.strip() else text


def evidence_list(p: Parts, items: Sequence[ReportEvidence]) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_evidence"))]
    if not items:
        return [*out, p.s.para(w.t("no_evidence"))]
    out.append(p.small(w.t("evidence_intro")))
    out.append(p.small(w.t("evidence_times_intro")))
    failed = [ev for ev in items if ev.failed]
    if failed:
        out += [p.warning(w.t("damaged_warning", count=len(failed))), p.gap()]
    rows: list[list[Cell]] = []
    commands: list[tuple[object, ...]] = []
    for n, ev in enumerate(items, 1):
        item = ev.item
        name = item.original_name
        if item.description.strip():
            name += f"\n{item.description}"
        if ev.bundle_name:
            name += f"\n{w.t('bundle_name')}: {ev.bundle_name}"
        kind = f"{w.enum_text('evidence_kind', item.kind)}\n{item.mime}\n{file_size(w, item.size)}"
        imported = w.t("imported_value", who=item.imported_by, when=w.dt(item.imported_at))
        status = _status(p, ev)
        rows.append([str(n), name, kind, captured_text(p, item), imported, _source(p, item),
                     status])  # fmt: skip
        detail = _detail(p, ev)
        sha = p.mono(f"{w.t('sha256')}: {item.sha256}")
        rows.append([EMPTY, [sha, *([p.small(detail)] if detail else [])], *[EMPTY] * 5])
        top = 2 * n - 1
        commands += [
            ("SPAN", (1, top + 1), (-1, top + 1)),
            ("NOSPLIT", (0, top), (-1, top + 1)),
            ("LINEBELOW", (0, top), (-1, top), 0, LINE),
        ]
        if ev.failed:
            commands.append(("TEXTCOLOR", (6, top), (6, top), WARN))
            commands.append(("BACKGROUND", (0, top), (-1, top + 1), "#FDECEA"))
    header = [
        "#", w.t("file_name"), w.t("file_type"), w.t("captured"), w.t("imported"),
        w.t("source"), w.t("evidence_status"),
    ]  # fmt: skip
    header[3] = w.t("times_sources")
    table = p.table(header, rows, [5, 32, 20, 46, 28, 22, 15], *commands, compact=True)
    return [*out, table]


def _fit(width: int, height: int, box_w: float, box_h: float) -> tuple[float, float]:
    scale = min(box_w / max(1, width), box_h / max(1, height))
    return width * scale, height * scale


def photo_sheet(p: Parts, items: Sequence[ReportEvidence]) -> list[Flowable]:
    """Reduced photos in a grid with their number, name and capture time."""
    w = p.w
    photos = [(n, ev) for n, ev in enumerate(items, 1) if ev.item.kind == "image"]
    photos = [(n, ev) for n, ev in photos if ev.status is not EvidenceStatus.DELETED]
    if not photos:
        return []
    cell_w = CONTENT_WIDTH / PHOTO_COLUMNS
    cells: list[list[Flowable]] = []
    for n, ev in photos:
        caption = p.small(f"{n}. {ev.item.original_name}\n{captured_text(p, ev.item)}")
        thumb = ev.thumbnail
        if thumb is not None:
            width, height = _fit(thumb.width, thumb.height, cell_w - 6 * mm, PHOTO_HEIGHT)
            picture: Flowable = Image(io.BytesIO(thumb.data), width=width, height=height)
        else:
            reason = _status(p, ev) if ev.failed else w.t("no_preview")
            picture = p.s.para(reason, p.warn_style if ev.failed else p.s.small)
        cells.append([picture, caption])
    rows = [cells[i : i + PHOTO_COLUMNS] for i in range(0, len(cells), PHOTO_COLUMNS)]
    rows[-1] += [[] for _ in range(PHOTO_COLUMNS - len(rows[-1]))]
    grid = Table(rows, colWidths=[cell_w] * PHOTO_COLUMNS)
    grid.setStyle(
        p.s.table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return [p.heading(w.t("sec_photos")), p.small(w.t("photos_intro")), grid]


def bundle_list(p: Parts, bundles: Sequence[BundleRecord]) -> list[Flowable]:
    """The evidence bundles made from the incident, each with its manifest's SHA-256: what a
    recipient compares a bundle against (a changed bundle can carry new hashes of its own)."""
    if not bundles:
        return []
    w = p.w
    rows: list[list[Cell]] = []
    for b in bundles:
        kind = b.archive_format + (f", {w.t('bundle_encrypted')}" if b.encrypted else "")
        rows.append([f"{w.dt(b.made_at)}\n{b.made_by}", f"{b.file_name}\n{kind}",
                     p.mono(f"{b.manifest_sha256[:32]} {b.manifest_sha256[32:]}")])  # fmt: skip
    header = [w.t("bundle_made"), w.t("bundle_file"), w.t("bundle_manifest")]
    table = p.table(header, rows, [30, 40, 60], compact=True)
    return [p.heading(w.t("sec_bundles")), p.small(w.t("bundles_intro")), table]
