"""The bundle's text files: manifest.json, manifest.csv and README.txt."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ..domain.evidence import EvidenceItem
from ..reports.report_data import EvidenceStatus, IncidentReportData, ReportEvidence
from ..reports.wording import Wording

CSV_COLUMNS = (
    "file", "sha256", "size", "status", "original_name", "mime", "source", "source_detail",
    "clock_offset_seconds", "content_time", "content_time_source", "content_time_corrected",
    "overlay_time", "overlay_time_by", "overlay_time_entered_at", "overlay_time_corrected",
    "file_modified_at", "imported_by", "imported_at", "description", "problem",
)  # fmt: skip
UNKNOWN = "unknown"
# What the device's recorded clock offset corrects (stated in the manifest): its own times.
OFFSET_CORRECTS = ("content_time", "overlay_time")
_STATUS = {
    EvidenceStatus.OK: "included",
    EvidenceStatus.DAMAGED: "damaged",
    EvidenceStatus.MISSING: "missing",
    EvidenceStatus.DELETED: "deleted",
    EvidenceStatus.UNCHECKED: "not_checked",
}
POWERSHELL = (
    "Get-Content -Encoding UTF8 SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; "
    'if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h) { "OK      $f" } '
    'else { "FAILED  $f" } }'
)


def _iso(value: datetime | None, w: Wording) -> str | None:
    return w.local(value).isoformat() if value is not None else None


def manifest(
    data: IncidentReportData,
    evidence: Sequence[ReportEvidence],
    report: str,
    now: datetime,
    fmt: str,
) -> dict[str, Any]:
    """The manifest: the bundle's files and what the logbook recorded about each."""
    w = Wording("en", data.incident.timezone)
    files = []
    for ev in evidence:
        item = ev.item
        files.append(
            {
                "file": ev.bundle_name or None,
                "status": _STATUS[ev.status],
                "evidence_id": item.id,
                "original_name": item.original_name,
                "sha256": item.sha256,
                "size": item.size,
                "mime": item.mime,
                "description": item.description,
                "source": {
                    "kind": item.source.kind.value,
                    "detail": item.source.detail,
                    "clock_offset_seconds": item.source.clock_offset_seconds,
                },
                "times": _times(item, w),
                "imported_by": item.imported_by,
                "imported_at": _iso(item.imported_at, w),
                "problem": ev.problem or None,
                "deleted_at": _iso(item.deleted_at, w),
                "deleted_by": item.deleted_by or None,
                "deleted_reason": item.deleted_reason or None,
            }
        )
    return {
        "format": fmt,
        "incident": data.incident.reference,
        "shop": data.shop.name,
        "created_at": _iso(now, w),
        "created_by": data.prepared_by,
        "time_zone": data.incident.timezone,
        "audit_head": data.audit_head,
        "report": report,
        "files": files,
    }


def _times(item: EvidenceItem, w: Wording) -> dict[str, Any]:
    """Each time of ``item`` apart, with its source; None where there is none ("unknown").
    The clock offset corrects the device's times (content, overlay), never the PC's."""
    overlay = item.overlay_time
    return {
        "content_time": _iso(item.content_time, w),
        "content_time_source": item.content_time_source or UNKNOWN,
        "content_time_corrected": _iso(item.corrected(item.content_time), w),
        "overlay_time": _iso(overlay, w),
        "overlay_time_by": item.overlay_time_by or None,
        "overlay_time_entered_at": _iso(item.overlay_time_at, w),
        "overlay_time_corrected": _iso(item.corrected(overlay), w),
        "file_modified_at": _iso(item.file_modified_at, w),
        "clock_offset_corrects": list(OFFSET_CORRECTS),
    }


_NUMBER = re.compile(r"^-\d+(?:[.,]\d+)?$")


def csv_cell(value: object) -> str:
    """A cell's text, with a ``'`` before one a spreadsheet would run as a formula: one that
    starts with = + @, a tab or CR, or a '-' that does not begin a plain number (so -95
    stays a number, while -1+... or -cmd are guarded)."""
    text = "" if value is None else str(value)
    first = text[:1]
    if first in ("=", "+", "@", "\t", "\r") or (
        first == "-" and text != "-" and not _NUMBER.match(text)
    ):
        return "'" + text
    return text


def manifest_csv(data: dict[str, Any]) -> bytes:
    """The manifest's files as CSV (UTF-8 with BOM, so that Excel reads the Japanese)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for f in data["files"]:
        times = f["times"]
        row = {**f, **times, "source": f["source"]["kind"], "source_detail": f["source"]["detail"],
               "clock_offset_seconds": f["source"]["clock_offset_seconds"]}  # fmt: skip
        for key in ("content_time", "file_modified_at"):  # unknown, not merely left blank
            row[key] = row[key] or UNKNOWN
        writer.writerow([csv_cell(row.get(c)) for c in CSV_COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _readme_one(
    w: Wording,
    data: IncidentReportData,
    report: str,
    manifest_sha: str,
    evidence: Sequence[ReportEvidence],
    encrypted: bool,
    archive_format: str = "zip",
    beside: str = "",
) -> list[str]:
    inc = data.incident
    if beside:
        # Readable without the password: nothing that the encrypted names hide (the incident
        # reference, the shop, who made it), only how to open and check the archive.
        report = "report_*.pdf"
        lines = [w.t("readme_public_title"), "=" * 60, w.t("readme_beside", archive=beside), ""]
    else:
        made = w.t("readme_made", shop=data.shop.name, when=w.dt(data.prepared_at),
                   who=data.prepared_by)  # fmt: skip
        lines = [w.t("readme_title", reference=inc.reference), "=" * 60, made, ""]
    if encrypted:
        key = "readme_encrypted_7z" if archive_format == "7z" else "readme_encrypted"
        lines += [w.t(key), ""]
    contents = [
        (report, "readme_report"),
        ("evidence/", "readme_evidence"),
        ("manifest.json", "readme_manifest"),
        ("manifest.csv", "readme_csv"),
        ("manifest.sha256", "readme_manifest_sha"),
        ("SHA256SUMS", "readme_sums"),
    ]
    width = max(len(name) for name, _ in contents) + 2
    lines.append(w.t("readme_contents"))
    lines += [f"  {name:<{width}}{w.t(key)}" for name, key in contents]
    lines.append("")
    failed = sum(1 for ev in evidence if ev.failed)
    deleted = sum(1 for ev in evidence if ev.status is EvidenceStatus.DELETED)
    if failed:
        lines += [w.t("readme_left_out", count=failed), ""]
    if deleted:
        lines += [w.t("readme_deleted", count=deleted), ""]
    lines += [
        w.t("readme_check"),
        w.t("readme_step1", hash=manifest_sha),
        "",
        w.t("readme_step2"),
        f"  {w.t('readme_linux')}   sha256sum -c SHA256SUMS",
        f"  {w.t('readme_mac')}   shasum -a 256 -c SHA256SUMS",
        f"  {w.t('readme_windows')}",
        f"    {POWERSHELL}",
        f"  {w.t('readme_one_file')}   Get-FileHash -Algorithm SHA256 -LiteralPath {report}",
        w.t("readme_ok"),
        "",
        w.t("readme_step3"),
        "  kasuhara bundle verify BUNDLE.7z --password-file PASSWORD.txt"
        if archive_format == "7z"
        else "  kasuhara bundle verify BUNDLE.zip",
        "",
        w.t("readme_logbook", head=data.audit_head),
        "",
        w.t("readme_promise"),
    ]
    return lines


def readme(
    lang: str,
    data: IncidentReportData,
    report: str,
    manifest_sha: str,
    evidence: Sequence[ReportEvidence],
    *,
    encrypted: bool,
    archive_format: str = "zip",
    beside: str = "",
) -> str:
    """README.txt in ``lang``, followed by English when ``lang`` is not English (CRLF, BOM).

    ``beside``: the name of the encrypted archive this README travels next to, unencrypted
    (then it leaves out what the archive's encrypted names hide)."""
    zone = data.incident.timezone
    first = Wording(lang, zone)
    args = (data, report, manifest_sha, evidence, encrypted, archive_format, beside)
    lines = _readme_one(first, *args)
    if first.lang != "en":
        lines += ["", "", *_readme_one(Wording("en", zone), *args)]
    return "\ufeff" + "\r\n".join(lines) + "\r\n"
