"""Phone calls filed through the service: the same rules for the panel and the CLI."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from helpers import TOKYO

from kasuhara_desktop.domain.enums import Behaviour, Channel, CostKind, TimelineKind
from kasuhara_desktop.domain.errors import UserError, ValidationError
from kasuhara_desktop.domain.phone import REPEAT_THRESHOLD, REPEAT_WINDOW, CallLog
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.phone import PhoneService
from kasuhara_desktop.vault.vault import Vault

START = datetime(2026, 11, 3, 14, 0, tzinfo=TOKYO)
NUMBER = "03-1234-5678"


@pytest.fixture
def phone(vault: Vault) -> PhoneService:
    return PhoneService(IncidentService(vault))


def call(at: datetime, minutes: float, number: str = NUMBER, words: str = "") -> CallLog:
    return CallLog(start=at, end=at + timedelta(minutes=minutes), number=number, words=words)


def file(phone: PhoneService, log: CallLog, reference: str | None = None) -> str:
    saved = phone.file_call(log, caller_label="男性", summary="電話", reference=reference)
    return saved.reference


def test_a_call_becomes_a_phone_incident(phone: PhoneService) -> None:
    ref = file(phone, call(START, 7.5, words="社長を出せ"))
    inc = phone.incidents.get(ref)
    assert inc.channel is Channel.PHONE and inc.timezone == "Asia/Tokyo"
    assert [e.kind for e in inc.timeline] == [TimelineKind.CALL_START, TimelineKind.CALL_END]
    assert inc.timeline[0].by == phone.incidents.user
    assert inc.quotes[0].words == "社長を出せ" and inc.quotes[0].speaker == "男性"
    assert inc.costs[0].kind is CostKind.PHONE and inc.costs[0].minutes == 8
    assert Behaviour.REPEATED_CALLS not in inc.behaviours


def test_the_service_applies_the_repeat_policy_itself(phone: PhoneService) -> None:
    refs = [
        file(phone, call(START + timedelta(days=i), 2, number))
        for i, number in enumerate(["03-1234-5678", "0312345678", "+81 3 1234 5678"])
    ]
    marked = [Behaviour.REPEATED_CALLS in phone.incidents.get(r).behaviours for r in refs]
    assert marked == [False] * (REPEAT_THRESHOLD - 1) + [True]
    until = START + timedelta(days=3)
    assert phone.count_from(NUMBER, until) == 3
    assert phone.count_from(NUMBER, until + REPEAT_WINDOW) == 0
    assert phone.count_from("", until, this_call=True) == 0


def test_filing_into_an_existing_incident_adds_one_revision(phone: PhoneService) -> None:
    ref = file(phone, call(START, 3))
    assert file(phone, call(START + timedelta(hours=1), 1), reference=ref) == ref
    inc = phone.incidents.get(ref)
    assert inc.version == 2 and len(inc.participants) == 1
    assert len(inc.timeline) == 4
    assert phone.incidents.count(IncidentFilter()) == 1


def test_a_running_call_or_bad_words_are_refused_and_nothing_is_stored(
    phone: PhoneService,
) -> None:
    with pytest.raises(UserError, match="not ended"):
        phone.file_call(CallLog(start=START), caller_label="", summary="電話")
    with pytest.raises(ValidationError, match="control character"):
        file(phone, call(START, 1, words="bad\x00words"))
    assert phone.incidents.count(IncidentFilter()) == 0
