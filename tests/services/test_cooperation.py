"""Cooperation requests (art. 33(3)): recorded by managers and the owner, printed as a letter."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from helpers import OWNER, sample_incident

from kasuhara_desktop.domain.cooperation import CooperationRequest, Direction
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.roles import AccessDeniedError, Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.consultation import ConsultationService
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault.vault import Vault

from ..reports.conftest import pdf_text


def service(vault: Vault, role: Role = Role.MANAGER) -> ConsultationService:
    return ConsultationService(vault, Access(login=OWNER, display_name=OWNER, role=role))


def outgoing(**kw: object) -> CooperationRequest:
    values: dict[str, object] = {
        "direction": Direction.OUTGOING,
        "request_date": date(2026, 12, 1),
        "employer": "株式会社サンプル物流",
        "employer_contact": "人事部 ご担当者",
        "what_happened": "配送担当の方が従業員に大声で暴言を述べました。",
        "staff_names": "佐藤",
    }
    values.update(kw)
    return CooperationRequest(**values)  # type: ignore[arg-type]


def test_staff_may_not_record_or_read_requests(vault: Vault) -> None:
    staff = service(vault, Role.STAFF)
    with pytest.raises(AccessDeniedError):
        staff.save_request(outgoing())
    with pytest.raises(AccessDeniedError):
        staff.requests()


def test_incoming_and_outgoing_are_recorded_and_updated(vault: Vault) -> None:
    svc = service(vault)
    out = svc.save_request(outgoing())
    inc = svc.save_request(
        CooperationRequest(
            Direction.INCOMING,
            date(2026, 12, 2),
            "株式会社ほか商事",
            what_asked="当店従業員の言動について事実確認を求められた",
        )
    )
    assert {r.id for r in svc.requests()} == {out.id, inc.id}
    answered = svc.save_request(
        dataclasses.replace(inc, response="聞き取りのうえ回答した", responded_on=date(2026, 12, 3))
    )
    assert svc.request(answered.id or 0).response == "聞き取りのうえ回答した"
    with pytest.raises(ValidationError, match="what_happened"):
        svc.save_request(outgoing(what_happened=" "))


@pytest.mark.parametrize(
    ("lang", "title", "law"),
    [
        ("ja", "ご協力のお願い", "第33条第3項"),
        ("en", "Request for cooperation", "article 33(3)"),
        ("nb", "Anmodning om samarbeid", "artikkel 33 nr. 3"),
    ],
)
def test_the_letter_names_staff_only_when_chosen(
    vault: Vault, tmp_path: Path, lang: str, title: str, law: str
) -> None:
    svc = service(vault)
    plain = svc.save_request(outgoing())
    text = "".join(pdf_text(svc.letter_pdf(plain.id or 0, lang)).split())
    assert "".join(title.split()) in text and "".join(law.split()) in text
    assert "株式会社サンプル物流" in text and "佐藤" not in text
    named = svc.save_request(outgoing(name_staff=True))
    dest = tmp_path / "letter.pdf"
    svc.write_letter(named.id or 0, dest, lang)
    assert "佐藤" in pdf_text(dest.read_bytes())


def test_an_incoming_request_is_not_printed_as_a_letter(vault: Vault) -> None:
    svc = service(vault)
    r = svc.save_request(CooperationRequest(Direction.INCOMING, date(2026, 12, 2), "X社"))
    with pytest.raises(ValidationError, match="outgoing"):
        svc.letter_pdf(r.id or 0)


def test_the_draft_uses_behaviours_not_the_summary_or_names(vault: Vault) -> None:
    inc = IncidentService(vault).add(sample_incident(summary="内部メモ 佐藤が謝罪した"))
    draft = service(vault).draft_what_happened(inc.reference, "ja")
    assert "内部メモ" not in draft and "佐藤" not in draft and "客A" not in draft
    assert "令和8年11月3日" in draft
    assert draft.count("\n・") == 2  # the two recorded behaviours, the manner first
    assert draft.index("暴言") < draft.index("返金")
