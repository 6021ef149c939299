"""The legal part of the incident JSON: the same framing as the report, and the element view."""

from __future__ import annotations

from helpers import sample_incident

from kasuhara_desktop.domain.element_answers import ElementAnswer
from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.incident_json import incident_from_dict
from kasuhara_desktop.domain.models import Quote
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.response import ResponseService
from kasuhara_desktop.vault.vault import Vault


def test_json_carries_the_disclaimer_and_each_element_with_what_it_rests_on(vault: Vault) -> None:
    incidents = IncidentService(vault)
    inc = sample_incident()
    inc.behaviours = [Behaviour.PHYSICAL_ATTACK]
    inc.quotes = [Quote("客", "晒してやる")]
    inc.offence_answers = {"injury": ElementAnswer(False, by="店長")}
    saved = incidents.add(inc)
    data = ResponseService(incidents).to_json(incidents.get(saved.reference))
    assert "not a legal conclusion" in data["legal_disclaimer"]["en"]
    offences = {o["article"]: o for o in data["possible_offences"]}
    assert "204" not in offences  # the injury was answered "no"
    harm = next(e for e in offences["222"]["element_view"] if e["code"] == "harm_announced")
    assert harm["state"] == "open" and harm["suggestion"]["evidence"] == "晒してやる"
    force = next(e for e in offences["208"]["element_view"] if e["code"] == "force_against_person")
    assert force["state"] == "met" and force["basis"][0]["code"] == "behaviour:physical_attack"
    assert data["offence_answers"]["injury"]["value"] is False
    back = incident_from_dict(data)  # output-only keys are accepted on input
    assert back.offence_answers["injury"] == ElementAnswer(False, by="店長")
