"""Next steps that fit the channel and the history: nobody is asked to leave a call, a letter
or a post; a call is ended after a warning; an online post is preserved, its deletion asked
and the disclosure route named (from resources/legal/online_posts.json, with its source); no
notice is suggested while one is in force, and a breach leads to the police."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import ActionKind, Behaviour, Channel
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.domain.online_posts import online_post_law, parse
from kasuhara_desktop.domain.response_flow import (
    ONLINE_STEPS,
    NoticeHistory,
    next_steps,
    suggested_actions,
)
from kasuhara_desktop.domain.vocabulary import sentence
from kasuhara_desktop.infra.resources import read_text

T0 = datetime(2026, 11, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def harassment(channel: Channel, *behaviours: Behaviour) -> Incident:
    inc = Incident(occurred_at=T0, summary="x", channel=channel, behaviours=list(behaviours))
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    return inc


def test_in_person_keeps_the_tokyo_flow() -> None:
    steps = next_steps(harassment(Channel.IN_PERSON, Behaviour.THREATS_ABUSE))
    assert "ask_to_stop" in steps and "ask_to_leave" in steps
    assert "consider_no_return_notice" in steps and not set(ONLINE_STEPS) & set(steps)


@pytest.mark.parametrize("channel", [Channel.PHONE, Channel.LETTER, Channel.EMAIL, Channel.ONLINE])
def test_nobody_is_asked_to_leave_when_not_on_the_premises(channel: Channel) -> None:
    assert "ask_to_leave" not in next_steps(harassment(channel, Behaviour.THREATS_ABUSE))


def test_a_call_is_ended_after_a_warning_and_letters_are_answered_in_writing() -> None:
    phone = next_steps(harassment(Channel.PHONE, Behaviour.REPEATED_CALLS))
    assert phone.index("ask_to_stop") + 1 == phone.index("end_call_after_warning")
    letter = next_steps(harassment(Channel.LETTER, Behaviour.THREATS_ABUSE))
    assert "answer_in_writing" in letter and "ask_to_stop" not in letter
    online = next_steps(harassment(Channel.ONLINE, Behaviour.SNS_POST))
    assert "ask_to_stop" not in online and "answer_in_writing" not in online


@pytest.mark.parametrize(
    ("channel", "behaviour"),
    [(Channel.ONLINE, Behaviour.THREATS_ABUSE), (Channel.IN_PERSON, Behaviour.SNS_POST),
     (Channel.PHONE, Behaviour.SNS_THREAT_OR_POST)],
)  # fmt: skip
def test_an_online_post_is_preserved_deleted_and_traced(
    channel: Channel, behaviour: Behaviour
) -> None:
    steps = next_steps(harassment(channel, behaviour))
    at = steps.index("preserve_online_post")
    assert steps[at : at + 3] == list(ONLINE_STEPS)


def test_a_threat_to_post_is_not_a_post() -> None:
    assert "preserve_online_post" not in next_steps(
        harassment(Channel.IN_PERSON, Behaviour.SNS_THREAT)
    )


def test_no_notice_is_suggested_while_one_is_in_force() -> None:
    inc = harassment(Channel.IN_PERSON, Behaviour.THREATS_ABUSE)
    steps = next_steps(inc, NoticeHistory(in_force="N-2026-0001"))
    assert "consider_no_return_notice" not in steps and "notice_in_force:N-2026-0001" in steps
    assert ActionKind.NO_RETURN_NOTICE in suggested_actions(inc)
    assert ActionKind.NO_RETURN_NOTICE not in suggested_actions(inc, NoticeHistory("N-2026-0001"))
    assert "N-2026-0001" in sentence("step", "notice_in_force:N-2026-0001", "ja")


def test_a_breach_leads_to_the_police_with_the_notice() -> None:
    inc = Incident(occurred_at=T0, summary="x")  # not yet judged: the police step still comes
    history = NoticeHistory(in_force="N-2026-0001", breach_of="N-2026-0001")
    steps = next_steps(inc, history)
    assert steps[0] == "breach_of_notice:N-2026-0001"
    assert "consider_no_return_notice" not in steps and not any(
        s.startswith("notice_in_force") for s in steps
    )
    assert suggested_actions(inc, history)[0] is ActionKind.POLICE_REPORT
    assert "130" in sentence("step", steps[0], "en") and "N-2026-0001" in sentence(
        "step", steps[0], "nb"
    )


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_every_new_step_has_a_sentence(lang: str) -> None:
    codes = ["end_call_after_warning", "answer_in_writing", *ONLINE_STEPS]
    for code in codes:
        assert sentence("step", code, lang) != code


def test_the_online_law_is_sourced_and_dated() -> None:
    law = online_post_law()
    assert "情報流通プラットフォーム対処法" in law.name("ja")
    assert "プロバイダ責任制限法" in law.former_name["ja"]
    assert law.in_force.isoformat() == "2025-04-01" and law.checked.year >= 2026
    assert law.unverified and law.unverified_note
    assert any("e-gov.go.jp" in url for url, _ in law.sources)
    for route in ("preserve", "deletion", "disclosure"):
        assert law.route(route, "nb")
    data = json.loads(read_text("legal/online_posts.json"))
    del data["sources"]
    with pytest.raises(ValidationError, match="sources"):
        parse(data)


def test_the_police_flow_of_a_call_has_no_order_to_leave() -> None:
    from kasuhara_desktop.domain.enums import TimelineKind
    from kasuhara_desktop.domain.models import TimelineEntry
    from kasuhara_desktop.domain.response_flow import missing_flow_steps, suggested_flow_step

    timeline = [
        TimelineEntry(at=T0, kind=TimelineKind.CONVERSATION_END),
        TimelineEntry(at=T0, kind=TimelineKind.STOP_REQUEST),
        TimelineEntry(at=T0, kind=TimelineKind.STOP_REQUEST),
    ]
    assert suggested_flow_step(timeline) is TimelineKind.LEAVE_ORDER
    assert suggested_flow_step(timeline, Channel.PHONE) is TimelineKind.FINAL_WARNING
    kinds = [k for k, _ in missing_flow_steps(timeline, Channel.PHONE)]
    assert TimelineKind.LEAVE_ORDER not in kinds and TimelineKind.POLICE_CALL in kinds
