"""The guided response's Finish is one service call in one transaction (a new incident that is
walked straight past draft included): a failure half-way leaves nothing, a retry stores one."""

from __future__ import annotations

import pytest
from helpers import sample_incident

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.errors import StorageError, ValidationError, WorkflowError
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services import response as response_module
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.response import ResponseService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.vault import Vault


@pytest.fixture
def response(vault: Vault) -> ResponseService:
    return ResponseService(IncidentService(vault))


def judged() -> Incident:
    inc = sample_incident()
    inc.assessment.facts_confirmed_by = "店長"
    inc.assessment.shop_fault = Answer.NO
    inc.assessment.demand_related = Answer.YES
    inc.assessment.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    inc.assessment.judged_by = "店長"
    inc.status = IncidentStatus.JUDGED
    return inc


def audit_rows(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def test_a_failure_between_draft_and_status_leaves_nothing_and_a_retry_stores_one(
    response: ResponseService, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows_before = audit_rows(vault)
    real_update = response_module.repo.update

    def fail_after_the_draft(*_args: object, **_kw: object) -> Incident:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(response_module.repo, "update", fail_after_the_draft)
    draft = judged()
    with pytest.raises(StorageError):
        response.save(draft, reference=None, status_reason="")
    assert response.incidents.count(IncidentFilter()) == 0
    assert audit_rows(vault) == rows_before
    assert draft.reference == "" and draft.status is IncidentStatus.JUDGED  # caller's copy kept

    monkeypatch.setattr(response_module.repo, "update", real_update)
    saved = response.save(draft, reference=None)
    assert response.incidents.count(IncidentFilter()) == 1
    assert saved.status is IncidentStatus.JUDGED and saved.version == 2
    stored = response.incidents.get(saved.reference)
    assert stored.status is IncidentStatus.JUDGED
    assert [r.version for r in response.incidents.revisions(saved.reference)] == [1, 2]
    assert verify_vault(vault).ok


def test_a_refused_status_or_field_stores_nothing(response: ResponseService) -> None:
    inc = judged()
    inc.assessment.judged_by = ""
    with pytest.raises(WorkflowError):
        response.save(inc, reference=None)
    bad = judged()
    bad.summary = " "
    with pytest.raises(ValidationError, match="summary"):
        response.save(bad, reference=None)
    assert response.incidents.count(IncidentFilter()) == 0


def test_an_existing_incident_is_saved_at_its_base_version(response: ResponseService) -> None:
    added = response.save(sample_incident(), reference=None)
    assert added.status is IncidentStatus.DRAFT and added.version == 1
    changed = judged()
    saved = response.save(changed, reference=added.reference, base_version=added.version)
    assert saved.reference == added.reference and saved.status is IncidentStatus.JUDGED
    assert response.incidents.count(IncidentFilter()) == 1
