"""The shop's procedures and criteria: versions with who/when, one phone limit, suggestions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from helpers import TOKYO, sample_incident

from kasuhara_desktop.domain.criteria_suggestions import SuggestionKind
from kasuhara_desktop.domain.enums import Behaviour, Channel, TimelineKind
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.models import TimelineEntry
from kasuhara_desktop.domain.procedures import Situation
from kasuhara_desktop.domain.roles import AccessDeniedError, Role
from kasuhara_desktop.infra import clock
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.procedures import ProcedureService
from kasuhara_desktop.vault.vault import Vault

AT = datetime(2026, 11, 3, 10, 0, tzinfo=TOKYO)


@pytest.fixture
def service(vault: Vault) -> ProcedureService:
    return ProcedureService(vault, clock=lambda: AT)


def test_before_any_save_the_shipped_defaults_are_version_0(service: ProcedureService) -> None:
    p, c = service.procedures(), service.criteria()
    assert p.version == 0 and c.version == 0
    assert p.min_staff == 2 and p.phone_limit_minutes == 30
    assert set(p.texts) == {"ja", "en", "nb"}
    for texts in p.texts.values():
        assert set(texts.playbooks) == set(Situation)
        assert all(pb.steps and pb.scripts for pb in texts.playbooks.values())
    kneel = [s.text for s in p.texts["ja"].playbooks[Situation.IN_PERSON].scripts]
    assert any("土下座" in t for t in kneel)
    assert Behaviour.FORCED_KNEELING in c.unacceptable_behaviours


def test_a_save_appends_versions_with_who_and_when(service: ProcedureService) -> None:
    first = service.save_document({"procedures": {"settings": {"min_staff": 3}}})
    assert first.changed == ("procedures", "criteria")  # the first save adopts both
    assert first.procedures.version == 1 and first.procedures.saved_by == service.access.login
    assert first.procedures.saved_at == AT and service.procedures().min_staff == 3
    again = service.save_document({"procedures": {"settings": {"min_staff": 3}}})
    assert again.changed == ()  # nothing new: no new version
    doc = {"criteria": {"unacceptable_behaviours": ["threats_abuse"],
                        "examples": {"ja": ["店員の私物を撮影する"]}}}  # fmt: skip
    second = service.save_document(doc)
    assert second.changed == ("criteria",) and second.criteria.version == 2
    assert service.criteria().unacceptable_behaviours == (Behaviour.THREATS_ABUSE,)
    assert service.criteria().examples["ja"] == ("店員の私物を撮影する",)
    whats = [(h["what"], h["version"]) for h in service.history()]
    assert sorted(whats) == [("criteria", 1), ("criteria", 2), ("procedures", 1)]
    # the audit chain names each save
    rows = service.vault.conn.execute(
        "SELECT entity, entity_id FROM audit WHERE entity IN ('procedures', 'criteria')"
    ).fetchall()
    assert sorted(rows) == [("criteria", "1"), ("criteria", "2"), ("procedures", "1")]


def test_the_phone_limit_is_the_shop_profiles(vault: Vault, service: ProcedureService) -> None:
    service.save_document({"procedures": {"settings": {"phone_limit_minutes": 20}}})
    incidents = IncidentService(vault)
    assert incidents.shop_profile().call_limit_minutes == 20  # phone mode counts against it
    profile = incidents.shop_profile()
    incidents.save_shop_profile(type(profile)(**{**profile.__dict__, "call_limit_minutes": 45}))
    assert service.procedures().phone_limit_minutes == 45  # Settings and this page agree


def test_a_texts_edit_round_trips_through_the_document(service: ProcedureService) -> None:
    doc = service.document()
    script = doc["procedures"]["texts"]["en"]["situations"]["phone"]["scripts"][0]
    script["text"] = "This call is recorded <b>for training</b>."
    service.save_document(doc)
    shown = service.procedures().texts["en"].playbooks[Situation.PHONE].scripts[0].text
    assert shown == "This call is recorded <b>for training</b>."


@pytest.mark.parametrize(
    ("doc", "field"),
    [
        ({"procedures": {"settings": {"min_staff": 0}}}, "procedures.settings.min_staff"),
        ({"procedures": {"settings": {"phone_limit_minutes": 2}}}, "phone_limit_minutes"),
        ({"criteria": {"unacceptable_behaviours": ["shouting"]}}, "unacceptable_behaviours[0]"),
        ({"procedures": {"texts": {"en": {"situations": {}}}}}, "procedures.texts.en"),
        ({"procedure": {}}, "unknown field 'procedure'"),
    ],
)
def test_bad_documents_name_the_field_and_store_nothing(
    service: ProcedureService, doc: object, field: str
) -> None:
    with pytest.raises(ValidationError, match=field.replace("[", r"\[").replace("]", r"\]")):
        service.save_document(doc)
    assert service.procedures().version == 0 and service.criteria().version == 0


def test_staff_read_but_may_not_edit(vault: Vault) -> None:
    staff = ProcedureService(vault, access=Access("aiko", "Aiko", Role.STAFF))
    assert staff.procedures().version == 0
    with pytest.raises(AccessDeniedError):
        staff.save_document({"procedures": {"settings": {"min_staff": 3}}})


def _phone_incident(minutes: int, behaviours: list[Behaviour]):  # type: ignore[no-untyped-def]
    inc = sample_incident(channel=Channel.PHONE, behaviours=behaviours)
    start = AT - timedelta(hours=1)
    inc.timeline = [
        TimelineEntry(at=start, kind=TimelineKind.CALL_START, description="03-1111-2222"),
        TimelineEntry(at=start + timedelta(minutes=minutes), kind=TimelineKind.CALL_END),
    ]
    return inc


def test_suggestions_come_from_the_shops_criteria_with_their_version(
    service: ProcedureService,
) -> None:
    service.save_document({"criteria": {"unacceptable_behaviours": ["threats_abuse"]}})
    inc = _phone_incident(42, [Behaviour.THREATS_ABUSE, Behaviour.REPEATED_CALLS])
    found = service.suggestions(inc)
    assert [(s.kind, s.behaviour) for s in found] == [
        (SuggestionKind.BEHAVIOUR, Behaviour.THREATS_ABUSE),
        (SuggestionKind.PHONE_LIMIT, None),
    ]
    assert all(s.criteria_version == 1 for s in found)
    assert found[1].minutes == 42 and found[1].limit == 30
    assert found[1].criterion("en").startswith("The shop's criteria, version 1:")
    assert "42" in found[1].criterion("ja") and "30" in found[1].criterion("nb")


def test_without_criteria_nothing_is_suggested(service: ProcedureService) -> None:
    service.save_document(
        {"criteria": {"unacceptable_behaviours": [], "phone_limit_applies": False}}
    )
    assert service.suggestions(_phone_incident(90, [Behaviour.THREATS_ABUSE])) == []
    # a call within the limit is no suggestion even when the limit counts
    service.save_document({"criteria": {"phone_limit_applies": True}})
    assert service.suggestions(_phone_incident(25, [])) == []


def test_a_suggestion_never_changes_the_judgement_until_confirmed(
    vault: Vault, service: ProcedureService
) -> None:
    from kasuhara_desktop.domain.assessment import Answer, judge

    inc = _phone_incident(42, [])
    inc.assessment.shop_fault = Answer.YES
    inc.assessment.demand_related = Answer.YES
    (suggestion,) = service.suggestions(inc)
    assert not judge(inc.assessment).is_harassment  # shown, not applied
    inc.assessment.shop_criteria_met.append(suggestion.criterion("ja"))
    assert judge(inc.assessment).is_harassment  # the person's confirmation counts
    assert suggestion.confirmed_in(inc.assessment.shop_criteria_met, {})


def test_the_clock_default_is_the_shared_one(vault: Vault) -> None:
    with clock.fixed(AT):
        saved = ProcedureService(vault).save_document({})
    assert saved.procedures.saved_at == AT


def test_the_manual_prints_the_adopted_policy_and_the_contacts(service: ProcedureService) -> None:
    import io

    from pypdf import PdfReader

    from kasuhara_desktop.services.policy import PolicyService

    def text() -> str:
        pdf = PdfReader(io.BytesIO(service.manual_pdf("ja")))
        return "".join("".join((p.extract_text() or "").split()) for p in pdf.pages)

    before = text()
    assert "#9110" in before  # the consultation desk's standard contacts
    assert "基本方針は「義務」" in before  # no policy yet: where to find it
    PolicyService(service.vault).adopt_text(
        "当店の基本方針", "従業員を守ることを約束します。", "ja"
    )
    after = text()
    assert "従業員を守ることを約束します。" in after and "基本方針は「義務」" not in after
