"""NoticeService: the reason is composed for the addressee (never the summary), qualified when
the facts rest on one account; the objection route carries the shop's address and phone; two
bans for one person never run at once unless the new one replaces the old explicitly."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from helpers import TOKYO, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import ParticipantRole
from kasuhara_desktop.domain.errors import ValidationError, WorkflowError
from kasuhara_desktop.domain.models import Incident, Participant, Person, WitnessStatement
from kasuhara_desktop.domain.notice import BanStatus, ReviewOutcome
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.vault.vault import Vault

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=TOKYO)
SUMMARY = "店長の佐藤が誤って値引きを約束した（内部メモ）"


def harassment(inc: Incident) -> Incident:
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    return inc


@pytest.fixture
def svc(vault: Vault) -> NoticeService:
    profile_svc = NoticeService(vault, clock=lambda: NOW)
    profile = profile_svc.incidents.shop_profile()
    profile.address, profile.phone = "東京都新宿区新宿3-1-1", "03-1234-5678"
    profile_svc.incidents.save_shop_profile(profile)
    return profile_svc


def add(svc: NoticeService, *, witnesses: int = 0, name: str = "") -> str:
    inc = harassment(sample_incident(summary=SUMMARY))
    inc.statements = [WitnessStatement(witness=f"証人{k}", text="見た") for k in range(witnesses)]
    if name:
        inc.participants[0] = Participant(
            role=ParticipantRole.CUSTOMER, person=Person(label=name, name=name)
        )
    return svc.incidents.add(inc).reference


def pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return "".join("".join(p.extract_text() or "" for p in pages).split())


def test_reason_is_composed_and_single_source_facts_are_qualified(svc: NoticeService) -> None:
    n = svc.draft(add(svc))
    assert SUMMARY not in n.reason and "佐藤" not in n.reason
    assert "当店の記録によるものです" in n.reason and "as recorded by the shop" in n.reason
    two = svc.draft(add(svc, witnesses=2))
    assert "当店の記録" not in two.reason and "as recorded" not in two.reason
    named = svc.compose_reason(two.incident_reference, ("ja",), name_staff=True)
    assert "対応した従業員：佐藤" in named and "You" not in named


def test_a_single_language_notice_gets_the_reason_in_that_language(svc: NoticeService) -> None:
    n = svc.draft(add(svc), {"languages": "nb"})
    assert n.reason.startswith("- Du truet") and "・" not in n.reason
    kept = svc.draft(n.incident_reference, {"languages": "nb", "reason": "Eget avsnitt"})
    assert kept.reason == "Eget avsnitt"


def test_objection_route_has_the_shops_address_and_phone(svc: NoticeService) -> None:
    result = svc.issue_json(add(svc), {})
    contact = result.notice.objection_contact
    assert "東京都新宿区新宿3-1-1" in contact and "03-1234-5678" in contact
    text = pdf_text(result.pdf)
    assert "申出先" in text and "東京都新宿区新宿3-1-1" in text and "03-1234-5678" in text


def test_an_overlapping_notice_for_the_same_person_is_refused(svc: NoticeService) -> None:
    first = svc.issue_json(add(svc, name="山田 太郎"), {}).notice
    second_ref = add(svc, name="山田　太郎")  # same name, other spacing
    before = len(svc.list_notices())
    with pytest.raises(WorkflowError, match=rf"^replaces: notice {first.number} already bans"):
        svc.issue_json(second_ref, {})
    assert len(svc.list_notices()) == before
    # after the first one ends, a new one is fine
    later = svc.issue_json(second_ref, {"valid_from": "2027-11-28"}).notice
    assert later.number == "N-2026-0002"


def test_replacing_explicitly_ends_the_earlier_notice(svc: NoticeService) -> None:
    first = svc.issue_json(add(svc, name="山田太郎"), {}).notice
    ref = add(svc, name="山田太郎")
    new = svc.issue_json(ref, {"valid_from": "2026-12-01", "replaces": first.number}).notice
    old = svc.get(first.number)
    assert old.effective_until == date(2026, 11, 30)
    assert old.reviews[-1].outcome is ReviewOutcome.SHORTENED and new.number in old.reviews[-1].note
    third = add(svc, name="山田太郎")
    with pytest.raises(WorkflowError, match=rf"^replaces: notice {first.number} already"):
        svc.issue_json(third, {"replaces": new.number})  # the first still runs to 11-30
    same_day = svc.issue_json(third, {"valid_from": "2026-12-01", "replaces": new.number}).notice
    assert svc.get(new.number).status(date(2026, 12, 1)) is BanStatus.REVOKED
    assert same_day.status(date(2026, 12, 1)) is BanStatus.ACTIVE
    with pytest.raises(WorkflowError, match=r"^replaces: N-2099-0001 is not"):
        svc.issue_json(add(svc, name="別人"), {"replaces": "N-2099-0001"})


def test_different_people_do_not_overlap(svc: NoticeService) -> None:
    svc.issue_json(add(svc, name="山田太郎"), {})
    assert svc.issue_json(add(svc, name="鈴木一郎"), {}).notice.number == "N-2026-0002"


def test_certified_text_of_an_issued_notice(svc: NoticeService) -> None:
    n = svc.issue_json(add(svc, name="山田太郎"), {}).notice
    text = svc.certified_text(n.number)
    rows = [r for page in text.split("\f") for r in page.split("\r\n")]
    assert all(len(r) <= 20 for r in rows) and n.number in text
    assert "東京都新宿区新宿3-1-1" in text.replace("\r\n", "") and "You" not in text
    english = svc.issue_json(add(svc, name="鈴木一郎"), {"languages": "en"}).notice
    with pytest.raises(ValidationError, match=r"^languages: 内容証明"):
        svc.certified_text(english.number)
