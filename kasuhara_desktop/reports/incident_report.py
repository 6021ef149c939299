"""The incident report: what the shop hands to its lawyer or the police.

Cover (shop, reference, who prepared it and when, confidentiality), then summary, persons and
staff, behaviours, exact words, timeline, requests to stop / leave and police calls, the
assessment with its reasons, staff impact, time and money, possible offences (as points for the
lawyer), evidence with its check results and photos, witness statements, notices, revision
history, and how to check integrity (the audit chain's head hash; the bundle manifest's hash).
Every page carries "n / N" and the reference.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from . import consultation_section, report_evidence, report_legal, report_sections
from .report_data import IncidentReportData
from .report_parts import Cell, Parts, Progress, ShouldCancel, build_story
from .styles import make_document, make_styles, page_decorator
from .wording import Wording

MANIFEST_KEYWORD = "kasuhara-manifest-sha256="
"""Prefix of the PDF keyword that carries the bundle manifest's hash (read by bundle verify)."""

FOOTER_LIMIT = 80


def _cover(p: Parts, data: IncidentReportData) -> list[Flowable]:
    w = p.w
    inc, shop = data.incident, data.shop
    rows: list[tuple[str, Cell]] = [(w.t("shop"), shop.name)]
    for key, value in (
        ("company", shop.company),
        ("address", shop.address),
        ("phone", shop.phone),
        ("representative", shop.representative),
    ):
        if value.strip():
            rows.append((w.t(key), value))
    version = w.t(
        "record_version_value",
        version=inc.version,
        created=w.dt(inc.created_at),
        created_by=inc.created_by,
        updated=w.dt(inc.updated_at),
        updated_by=inc.updated_by,
    )
    zone = w.t("time_zone_value", zone=w.zone_name, offset=w.zone_offset(inc.occurred_at))
    rows += [
        (w.t("reference"), inc.reference),
        (w.t("occurred"), w.dt(inc.occurred_at)),
        (w.t("status"), w.label(inc.status)),
        (w.t("verdict"), w.label(data.judgement.verdict)),
        (w.t("record_version"), version),
        (w.t("prepared_by"), data.prepared_by),
        (w.t("prepared_at"), w.dt(data.prepared_at)),
        (w.t("time_zone"), zone),
        (w.t("integrity_short"), p.mono(data.audit_head)),
    ]
    if data.manifest_sha256:
        rows.append((w.t("manifest_short"), p.mono(data.manifest_sha256)))
    out: list[Flowable] = [
        *p.letterhead(shop),
        p.s.para(w.t("incident_title"), p.s.title),
        p.s.para(inc.reference, ParagraphStyle("kh-ref", parent=p.s.heading, spaceBefore=0)),
        p.warning(w.t("confidential")),
        p.gap(),
        p.fields(rows),
        p.gap(),
    ]
    failed = [ev for ev in data.evidence if ev.failed]
    if not data.evidence:
        out.append(p.s.para(w.t("evidence_none_cover")))
    elif failed:
        out.append(p.warning(w.t("evidence_warning_cover", bad=len(failed),
                                 total=len(data.evidence))))  # fmt: skip
    else:
        live = [ev for ev in data.evidence if ev.status.value == "ok"]
        out.append(p.s.para(w.t("evidence_ok_cover", total=len(live))))
    return out


def _integrity(p: Parts, data: IncidentReportData) -> list[Flowable]:
    w = p.w
    big = ParagraphStyle("kh-hash", parent=p.s.mono, fontSize=9, leading=12, spaceAfter=6)
    out: list[Flowable] = [
        p.heading(w.t("sec_integrity")),
        p.s.para(w.t("integrity_head")),
        p.s.para(data.audit_head, big),
        p.s.para(w.t("integrity_text")),
    ]
    if data.manifest_sha256:
        out += [
            p.s.para(w.t("manifest_text")),
            p.s.para(data.manifest_sha256, big),
            p.s.para(w.t("manifest_check")),
        ]
    return out


def story(p: Parts, data: IncidentReportData) -> list[Flowable]:
    inc = data.incident
    sections = report_sections
    # No page break after the cover: the summary follows on page 1 when it fits (a forced break
    # left page 1 nearly empty); headings keep with what follows, so none ends a page.
    parts: list[Flowable] = [*_cover(p, data), p.gap(4 * mm)]
    parts += sections.summary(p, inc)
    parts += sections.people(p, inc)
    parts += sections.behaviours(p, inc)
    parts += sections.quotes(p, inc)
    parts += sections.timeline(p, inc)
    parts += sections.escalation(p, inc)
    parts += sections.assessment(p, inc, data.judgement)
    parts += sections.staff_care(p, inc, data.today)
    parts += consultation_section.contacts(p, data.contacts)
    parts += sections.costs(p, inc)
    parts += sections.actions(p, inc)
    parts += report_legal.offences(p, data.offences, data.legal)
    parts += report_evidence.evidence_list(p, data.evidence)
    parts += report_evidence.photo_sheet(p, data.evidence)
    parts += report_evidence.bundle_list(p, data.bundles)
    parts += sections.statements(p, inc)
    parts += sections.notices(p, list(data.notices))
    parts += sections.prevention(p, inc)
    parts += sections.revisions(p, list(data.revisions))
    parts += _integrity(p, data)
    return parts


def build_incident_report(
    out: BinaryIO,
    data: IncidentReportData,
    lang: str = "ja",
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> None:
    """Write the incident report PDF for ``data`` to ``out``.

    Args:
        out: a binary file object (see ``output.write_pdf_atomically``).
        data: everything to print, gathered beforehand.
        lang: "ja", "en" or "nb" (others fall back to English).
        progress: called with (done, total) flowables as the pages are laid out.
        should_cancel: polled between flowables; ``Cancelled`` is raised once it is true.
    """
    w = Wording(lang, data.incident.timezone)
    styles = make_styles()
    p = Parts(styles, w)
    reference = data.incident.reference
    title = f"{w.t('incident_title')} {reference}"
    doc = make_document(
        out, title=title, subject=w.clip(data.shop.name, 200), lang=w.lang,
        author=data.prepared_by,
    )  # fmt: skip
    if data.manifest_sha256:
        doc.keywords = [MANIFEST_KEYWORD + data.manifest_sha256]
    footer = f"{w.clip(data.shop.name, FOOTER_LIMIT)} — {w.t('incident_footer')}"
    canvas = page_decorator(reference, footer)
    build_story(doc, story(p, data), canvas, progress=progress, should_cancel=should_cancel)
