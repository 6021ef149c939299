"""Building old records for the retention tests (services, CLI, UI, e2e) on a real vault."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from helpers import TOKYO, sample_incident
from PIL import Image

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.infra import clock
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.vault.vault import Vault

CLOSED_AT = datetime(2020, 4, 10, 12, 0, tzinfo=TOKYO)
TODAY = date(2026, 12, 1)  # five years and more after CLOSED_AT


def judged(inc: Incident) -> Incident:
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    return inc


def old_closed(
    vault: Vault,
    tmp_path: Path | None = None,
    *,
    notice_until: date | str | None = "",
    at: datetime = CLOSED_AT,
    close_reason: str = "",
    **kw: object,
) -> tuple[str, str]:
    """A closed incident recorded and closed at ``at``; with a photo as evidence when
    ``tmp_path`` is given, and a notice valid to ``notice_until`` (None: indefinite) unless
    it is "". Returns (incident reference, notice number or "")."""
    number = ""
    with clock.fixed(at):
        svc = IncidentService(vault)
        inc = svc.add(judged(sample_incident(status=IncidentStatus.RESPONDED, **kw)))
        if tmp_path is not None:
            photo = tmp_path / f"{inc.reference}.png"
            Image.new("RGB", (40, 30), (200, 20, 20)).save(photo, "PNG")
            EvidenceService(vault).add_files(inc.reference, [ImportRequest(photo)])
        if notice_until != "":
            data: dict[str, object] = {"valid_from": at.date().isoformat()}
            if notice_until is None:
                data["indefinite"] = True
            else:
                data["valid_until"] = str(notice_until)
            number = NoticeService(vault).issue_json(inc.reference, data).notice.number
        inc = svc.get(inc.reference)
        inc.status = IncidentStatus.CLOSED
        svc.update(inc.reference, inc, inc.version, status_reason=close_reason)
    return inc.reference, number
