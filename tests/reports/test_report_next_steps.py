"""The incident report's next steps fit the channel: a phone call gets no order to leave but
the end-of-call warning; a post gets its preservation and deletion steps."""

from __future__ import annotations

import io

import pytest
from helpers import sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import Behaviour, Channel
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf
from kasuhara_desktop.vault.vault import Vault


def report_text(vault: Vault, channel: Channel, behaviours: list[Behaviour]) -> str:
    inc = sample_incident(channel=channel, behaviours=behaviours, timeline=[])
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    ref = IncidentService(vault).add(inc).reference
    out = io.BytesIO()
    build_incident_pdf(ReportService(vault).prepare_incident(ref), out, "en")
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


@pytest.mark.parametrize(
    ("channel", "behaviours", "present", "absent"),
    [
        (Channel.PHONE, [Behaviour.REPEATED_CALLS], "the call will end", "Order the customer"),
        (Channel.ONLINE, [Behaviour.SNS_POST], "Preserve the post first", "Order the customer"),
        (Channel.IN_PERSON, [Behaviour.THREATS_ABUSE], "Order the customer", "Preserve the post"),
    ],
)
def test_report_steps_fit_the_channel(
    vault: Vault, channel: Channel, behaviours: list[Behaviour], present: str, absent: str
) -> None:
    text = report_text(vault, channel, behaviours)
    assert present in text and absent not in text
