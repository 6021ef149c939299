"""A no-entry notice as the reports print it: the incident report and the period summary."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..domain.notice import Notice
from ..reports.report_data import NoticeDelivery, ReportNotice


def report_notice(n: Notice, today: date, names: Mapping[str, str] | None = None) -> ReportNotice:
    """A notice of the notices service as the reports print it (logins as ``names`` give)."""
    names = names or {}
    deliveries = tuple(
        NoticeDelivery(
            s.method.value,
            s.served_at,
            names.get(s.served_by, s.served_by),
            "; ".join(x for x in (s.tracking_number, s.witness, s.note) if x.strip()),
        )
        for s in n.service
    )
    return ReportNotice(
        number=n.number,
        incident_reference=n.incident_reference,
        issued_at=n.issued_at,
        issued_by=names.get(n.issued_by, n.issued_by),
        recipient=n.addressee.name or n.addressee.description,
        deliveries=deliveries,
        valid_from=n.valid_from,
        valid_until=n.effective_until,
        reason=n.reason,
        status=n.status(today).value,
        revoked_on=n.revoked_on,
    )
