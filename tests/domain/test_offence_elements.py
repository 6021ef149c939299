"""Articles by their elements (構成要件), as a lawyer reads a record.

Each element is met, open or not met, and says what it rests on: a structured record (a
behaviour, staff care, a timeline step, a cost) or a person's confirmation. Free text only
*suggests* an answer ("suggested from: 「…」"); it never meets an element by itself and never
overrides a structured fact. Cases per defect class of issue 14: negation, conjugation, facts
only in the summary or statements, rules that were too narrow, one code for two facts.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.enums import Behaviour, Channel, CostKind, TimelineKind
from kasuhara_desktop.domain.legal_data import legal_data_path, load_legal_data
from kasuhara_desktop.domain.models import (
    CostEntry,
    Incident,
    Quote,
    TimelineEntry,
    WitnessStatement,
)
from kasuhara_desktop.domain.offence_elements import ElementAnswer, ElementView
from kasuhara_desktop.domain.offences import PossibleOffence, suggest_offences
from kasuhara_desktop.domain.staff_care import StaffCare

B = Behaviour
TOKYO = ZoneInfo("Asia/Tokyo")
T0 = datetime(2026, 11, 3, 14, 0, tzinfo=TOKYO)
TODAY = date(2026, 11, 28)
LEGAL = load_legal_data(legal_data_path())


def make(*behaviours: Behaviour, **kw: Any) -> Incident:
    kw.setdefault("summary", "カスハラ")
    return Incident(occurred_at=T0, behaviours=list(behaviours), **kw)


def found(inc: Incident, care: list[StaffCare] | None = None) -> dict[str, PossibleOffence]:
    items = suggest_offences(inc, LEGAL.articles, today=TODAY, staff_care=care or [])
    return {o.article: o for o in items}


def el(o: PossibleOffence, code: str) -> ElementView:
    return next(e for e in o.element_view if e.code == code)


def tl(minutes: int, kind: TimelineKind, text: str = "") -> TimelineEntry:
    return TimelineEntry(T0 + timedelta(minutes=minutes), text, kind)


# ---------------------------------------------------------------- negation


@pytest.mark.parametrize(
    "text", ["けがはなかった", "けがなし", "怪我はありませんでした", "幸いケガもなく済んだ",
             "No injury.", "ingen personskade"],
)  # fmt: skip
def test_a_negated_injury_brings_no_204(text: str) -> None:
    inc = make(B.PHYSICAL_ATTACK, summary=f"胸を押された。{text}")
    o = found(inc)
    assert "204" not in o and "208" in o


def test_injury_false_in_staff_care_is_not_met_and_text_cannot_override_it() -> None:
    care = [StaffCare("佐藤", injury=False)]
    inc = make(B.PHYSICAL_ATTACK, summary="腕にあざができた")
    assert "204" not in found(inc, care)


def test_an_injury_in_the_text_is_only_suggested() -> None:
    inc = make(
        B.PHYSICAL_ATTACK, statements=[WitnessStatement("田中", "店員の腕にあざができていた")]
    )
    o = found(inc)["204"]
    injury = el(o, "injury")
    assert injury.state == "open"
    assert injury.suggestion is not None and "あざ" in injury.suggestion.evidence
    assert el(o, "force_against_person").state == "met"


def test_a_confirmed_injury_meets_the_element_and_asks_for_the_medical_record() -> None:
    inc = make(B.PHYSICAL_ATTACK, summary="腕にあざ")
    inc.offence_answers = {"injury": ElementAnswer(True, by="店長")}
    o = found(inc)["204"]
    assert el(o, "injury").state == "met" and el(o, "injury").answer is True
    assert el(o, "medical_record").state == "open"
    inc.offence_answers = {"injury": ElementAnswer(False, by="店長")}
    assert "204" not in found(inc)


def test_staff_care_injury_with_a_doctor_meets_both() -> None:
    care = [StaffCare("佐藤", injury=True, injury_text="右腕の打撲", medical_visit=True)]
    o = found(make(B.PHYSICAL_ATTACK), care)["204"]
    assert el(o, "injury").state == "met" and el(o, "medical_record").state == "met"
    assert el(o, "injury").basis[0].evidence == "右腕の打撲"


# ---------------------------------------------------------------- 204 without violence
# An illness a doctor diagnoses (PTSD, depression) is an injury too (最決平成24年7月24日), and
# harassment without any blow can cause it: endless calls are a typical shop case.


def test_an_illness_after_repeated_calls_is_asked_and_confirmed_brings_204() -> None:
    care = [StaffCare("佐藤", injury=False, referral_to_specialist=True, days_off=14)]
    inc = make(B.REPEATED_CALLS, channel=Channel.PHONE)
    o = found(inc, care)["204"]
    illness = el(o, "illness_caused")
    assert illness.state == "open" and "illness_caused" in o.ask
    codes = [b.code for b in illness.basis]
    assert codes == ["behaviour:repeated_calls", "specialist_referral", "days_off"]
    assert illness.basis[2].count == 14 and "208" not in found(inc, care)
    inc.offence_answers = {"illness_caused": ElementAnswer(True, by="店長")}
    o = found(inc, care)["204"]
    assert el(o, "illness_caused").state == "met"
    assert "medical_visit_not_recorded" in o.open_points  # a diagnosis is what shows it
    inc.offence_answers = {"illness_caused": ElementAnswer(False, by="店長")}
    assert "204" not in found(inc, care)


@pytest.mark.parametrize("channel", [Channel.PHONE, Channel.EMAIL, Channel.LETTER, Channel.ONLINE])
def test_no_force_and_no_208_when_the_person_was_not_there(channel: Channel) -> None:
    inc = make(
        B.THREATS_ABUSE, channel=channel, summary="「殴ってやる」と言われた。突き飛ばすぞとも"
    )
    o = found(inc)
    assert "208" not in o and "222" in o
    care = [StaffCare("佐藤", injury=False, referral_to_specialist=True)]
    force = el(found(inc, care)["204"], "force_against_person")
    assert force.state == "not_met" and force.basis[0].code == f"remote_contact:{channel.value}"
    assert "force_against_person" not in found(inc, care)["204"].ask


def test_a_recorded_attack_is_force_whatever_channel_the_incident_started_on() -> None:
    o = found(make(B.PHYSICAL_ATTACK, channel=Channel.PHONE))
    assert "208" in o and el(o["208"], "force_against_person").state == "met"


def test_no_204_for_repeated_calls_with_nothing_recorded_about_the_staff_member() -> None:
    assert "204" not in found(make(B.REPEATED_CALLS, channel=Channel.PHONE))
    assert "204" not in found(make(B.REPEATED_CALLS), [StaffCare("佐藤", injury=False)])


def test_days_off_after_a_plain_refund_demand_bring_no_204() -> None:
    care = [StaffCare("佐藤", injury=False, days_off=5, referral_to_specialist=True)]
    assert "204" not in found(make(B.GROUNDLESS_REFUND), care)
    assert "204" not in found(make(), care)


@pytest.mark.parametrize(
    "text", ["担当者は適応障害と診断され休職した", "The clerk was diagnosed with PTSD"]
)
def test_a_diagnosis_only_in_the_summary_is_suggested(text: str) -> None:
    o = found(make(B.REPEATED_CALLS, summary=text))["204"]
    illness = el(o, "illness_caused")
    assert illness.state == "open" and illness.suggestion is not None
    assert el(o, "injury").state == "open"


def test_a_doctor_seen_for_a_bodily_injury_is_no_sign_of_an_illness() -> None:
    care = [StaffCare("佐藤", injury=True, injury_text="打撲", medical_visit=True)]
    o = found(make(B.PHYSICAL_ATTACK), care)["204"]
    assert el(o, "illness_caused").basis == ()
    # The blow and the injury make out the article: the illness question is not put.
    assert "illness_caused" not in o.ask and "medical_record" not in o.ask


@pytest.mark.parametrize("text", ["何も壊れていない", "商品は壊れなかった", "割れてはいません"])
def test_negated_damage_suggests_nothing(text: str) -> None:
    assert "261" not in found(make(summary=f"商品を投げた。{text}"))


# ---------------------------------------------------------------- conjugation and phrasing


@pytest.mark.parametrize(
    "words", ["晒してやる", "ネットに晒すぞ", "後悔することになるぞ", "殴ってやろうか",
              "ぶっ殺されたいのか", "覚えとけよ", "家族がどうなっても知らないぞ", "ｺﾛｽぞ",
              "I will KILL you"],
)  # fmt: skip
def test_threatening_words_suggest_harm_announced(words: str) -> None:
    o = found(make(B.THREATS_ABUSE, quotes=[Quote("客", words, T0)]))["222"]
    harm = el(o, "harm_announced")
    assert harm.state == "open" and harm.suggestion is not None
    assert harm.suggestion.evidence == words  # the record's own words, not normalised


@pytest.mark.parametrize("words", ["馬鹿野郎", "skill issue", "早くしろ", "返金しろ"])
def test_words_that_announce_no_harm_bring_no_222(words: str) -> None:
    assert "222" not in found(make(quotes=[Quote("客", words)]))


def test_a_threat_only_in_the_summary_is_suggested_too() -> None:
    o = found(make(summary="客は「後悔させてやる」と言って帰った"))["222"]
    assert el(o, "harm_announced").suggestion is not None
    assert "exact_words_not_recorded" not in o.open_points  # they are, in the summary
    said = found(
        make(B.THREATS_ABUSE, statements=[WitnessStatement("田中", "「殺すぞ」と怒鳴った")])
    )
    assert "exact_words_not_recorded" not in said["222"].open_points
    assert "exact_words_not_recorded" in found(make(B.THREATS_ABUSE))["222"].open_points


def test_confirming_the_suggestion_meets_it_and_rejecting_removes_222() -> None:
    inc = make(quotes=[Quote("客", "晒してやる")])
    inc.offence_answers = {"harm_announced": ElementAnswer(True)}
    assert el(found(inc)["222"], "harm_announced").state == "met"
    inc.offence_answers = {"harm_announced": ElementAnswer(False)}
    assert "222" not in found(inc)


def test_222_exact_words_recorded_is_not_reported_missing() -> None:
    o = found(make(B.THREATS_ABUSE, quotes=[Quote("客", "殺すぞ")]))["222"]
    assert "exact_words_not_recorded" not in o.open_points
    bare = found(make(B.SNS_THREAT))["222"]
    assert el(bare, "harm_announced").state == "met"


# ---------------------------------------------------------------- 231, 234, 130, 250


def test_nationality_slur_with_discrimination_in_front_of_others_brings_231() -> None:
    inc = make(
        B.DISCRIMINATION,
        quotes=[Quote("客", "外国人は国に帰れ")],
        summary="レジで他のお客様の前で店員の国籍を理由に罵った",
    )
    o = found(inc)["231"]
    assert el(o, "insult").basis  # discrimination is a recorded behaviour
    assert el(o, "in_front_of_others").suggestion is not None
    assert o.complaint_required and "offender_not_identified" in o.open_points


def test_231_not_for_an_insult_on_the_phone_in_private() -> None:
    inc = make(B.THREATS_ABUSE, channel=Channel.PHONE, quotes=[Quote("客", "バカ")])
    assert "231" not in found(inc)


def test_violent_property_damage_brings_234_and_261() -> None:
    inc = make(B.PROPERTY_DAMAGE, summary="陳列棚を蹴り倒した")
    o = found(inc)
    assert "234" in o and "261" in o
    assert el(o["234"], "overpowering_conduct").state == "met"
    assert el(o["261"], "property_damaged").state == "met"


def test_234_not_for_a_long_calm_complaint() -> None:
    assert "234" not in found(make(B.PROLONGED_COMPLAINT, summary="丁寧に説明を求めた"))


def test_entry_after_a_notice_brings_130_as_building_intrusion() -> None:
    inc = make(summary="出入禁止通知 N-2026-0001 への違反")
    inc.offence_answers = {
        "entry_against_will": ElementAnswer(True, by="店長", source="notice:N-2026-0001")
    }
    o = found(inc)["130"]
    entry = el(o, "entry_against_will")
    assert entry.state == "met" and entry.answer_source == "notice:N-2026-0001"
    assert "建造物侵入" in o.title["ja"] and "住居侵入" not in o.title["ja"]


def test_130_refusal_to_leave_from_the_timeline_is_met_and_left_when_asked_is_not() -> None:
    stayed = make(timeline=[tl(5, TimelineKind.LEAVE_ORDER), tl(25, TimelineKind.CUSTOMER_LEFT)])
    assert el(found(stayed)["130"], "stayed_after_leave_order").state == "met"
    left = make(timeline=[tl(5, TimelineKind.LEAVE_ORDER), tl(6, TimelineKind.CUSTOMER_LEFT)])
    assert "130" not in found(left)


def test_nothing_paid_shows_the_attempt() -> None:
    inc = make(B.EXCESSIVE_COMPENSATION, quotes=[Quote("客", "10万円払わないとネットに晒すぞ")])
    o = found(inc)["249"]
    assert el(o, "money_demanded").state == "met"
    assert el(o, "handed_over").state == "open"
    inc.offence_answers = {"handed_over": ElementAnswer(False)}
    o = found(inc)["249"]
    assert "attempt_250" in o.open_points
    paid = make(
        B.EXCESSIVE_COMPENSATION,
        quotes=[Quote("客", "払わないと殺すぞ")],
        costs=[CostEntry(CostKind.REFUND_COMPENSATION, amount_yen=50_000)],
    )
    assert el(found(paid)["249"], "handed_over").state == "met"
    assert "attempt_250" not in found(paid)["249"].open_points


def test_249_not_without_threat_or_force() -> None:
    assert "249" not in found(make(B.GROUNDLESS_REFUND, quotes=[Quote("客", "返金しろ")]))


# ---------------------------------------------------------------- one code, two facts


def test_a_threat_to_post_is_222_not_230() -> None:
    o = found(make(B.SNS_THREAT, quotes=[Quote("客", "ネットに書き込んでやる")]))
    assert "222" in o and "230" not in o


def test_an_actual_false_post_is_230_not_222() -> None:
    inc = make(
        B.SNS_POST,
        channel=Channel.ONLINE,
        statements=[
            WitnessStatement("佐藤", "口コミサイトに「この店は腐った弁当を売っている」と投稿")
        ],
    )
    o = found(inc)
    assert "230" in o and "222" not in o
    assert el(o["230"], "in_front_of_others").state == "met"


# ---------------------------------------------------------------- 176, 208, 223


def test_176_asks_for_the_statutory_circumstances() -> None:
    o = found(make(B.SEXUAL_CONDUCT, summary="店員の体を触った"))["176"]
    assert el(o, "indecent_act").state == "open"
    assert el(o, "statutory_circumstance").state == "open"
    assert "176" not in found(make(B.DISCRIMINATION))
    assert "176" not in found(make(B.PHYSICAL_ATTACK, summary="客が店員の胸を突き飛ばした"))


def test_208_includes_a_blow_that_misses() -> None:
    o = found(make(summary="店員めがけて缶を投げつけたが当たらなかった"))["208"]
    assert el(o, "force_against_person").suggestion is not None


def test_223_kneeling_with_a_threat_and_not_for_a_plain_apology_request() -> None:
    inc = make(B.FORCED_KNEELING, quotes=[Quote("客", "土下座しろ、覚えてろよ")])
    o = found(inc)["223"]
    assert el(o, "made_to_do_without_duty").state == "met"
    assert el(o, "harm_announced").suggestion is not None
    assert "223" not in found(make(B.THREATS_ABUSE, quotes=[Quote("客", "謝れ")]))


def test_every_article_lists_its_elements_with_a_question_in_each_language() -> None:
    for article in LEGAL.articles:
        assert article.requires, article.number
        for code in article.element_codes():
            q = LEGAL.questions[code]
            assert all(q.question[lang].strip() for lang in ("ja", "en", "nb")), code


def test_excerpts_are_the_records_own_words_never_folded() -> None:
    long = "Ａ" * 400 + "Staff member had a BRUISE on the arm" + "Ｂ" * 400
    inc = make(B.PHYSICAL_ATTACK, statements=[WitnessStatement("田中", long)])
    hint = el(found(inc)["204"], "injury").suggestion
    assert hint is not None and "BRUISE" in hint.evidence and "Ａ" in hint.evidence
    assert hint.evidence.startswith("…") and len(hint.evidence) < 300


def test_130_rests_on_the_timeline_steps_with_the_minutes_stayed() -> None:
    inc = make(timeline=[tl(0, TimelineKind.STOP_REQUEST, "やめてください"),
                         tl(5, TimelineKind.LEAVE_ORDER, "お帰りください（1回目）"),
                         tl(25, TimelineKind.CUSTOMER_LEFT)])  # fmt: skip
    o = found(inc)["130"]
    basis = el(o, "stayed_after_leave_order").basis
    assert [b.code for b in basis] == [
        "timeline:stop_request", "timeline:leave_order", "stayed_after_leave_order"
    ]  # fmt: skip
    assert basis[-1].count == 20 and basis[1].evidence == "お帰りください（1回目）"
    assert o.open_points == []
    assert found(make(B.REFUSAL_TO_LEAVE))["130"].open_points == ["leave_order_not_recorded"]
    assert "130" not in found(make(timeline=[tl(0, TimelineKind.STOP_REQUEST, "やめて")]))


# ---------------------------------------------------------------- each channel, 233


@pytest.mark.parametrize("channel", list(Channel))
def test_a_threat_is_222_on_every_channel(channel: Channel) -> None:
    inc = make(channel=channel, quotes=[Quote("客", "覚えてろよ")])
    assert el(found(inc)["222"], "harm_announced").suggestion is not None


@pytest.mark.parametrize(
    ("channel", "public"),
    [(Channel.ONLINE, "met"), (Channel.IN_PERSON, None), (Channel.PHONE, None),
     (Channel.EMAIL, None), (Channel.LETTER, None)],
)  # fmt: skip
def test_an_insult_is_public_online_and_otherwise_only_when_others_were_there(
    channel: Channel, public: str | None
) -> None:
    o = found(make(channel=channel, quotes=[Quote("客", "この役立たず")]))
    if public is None:
        assert "231" not in o
    else:
        assert el(o["231"], "in_front_of_others").state == public


def test_in_person_insult_in_front_of_customers_from_a_statement() -> None:
    inc = make(
        quotes=[Quote("客", "給料泥棒")],
        statements=[WitnessStatement("田中", "レジに並んでいた他のお客様の前で言われた")],
    )
    o = found(inc)["231"]
    assert el(o, "in_front_of_others").suggestion is not None
    assert el(o, "in_front_of_others").state == "open"


def test_233_silent_calls_are_suggested_and_a_single_complaint_call_is_not() -> None:
    calls = make(B.REPEATED_CALLS, channel=Channel.PHONE, summary="一日に40回の無言電話")
    o = found(calls)["233"]
    assert el(o, "deception").suggestion is not None
    assert el(o, "business_disrupted").basis
    assert "233" not in found(make(B.GROUNDLESS_REFUND, channel=Channel.PHONE))
    assert "233" not in found(make(B.REPEATED_CALLS, channel=Channel.PHONE))


def test_a_letter_demanding_money_with_a_threat_is_249_and_no_130() -> None:
    inc = make(
        B.EXCESSIVE_COMPENSATION,
        channel=Channel.LETTER,
        summary="「慰謝料50万円を払わなければ店に火をつけてやる」との手紙が届いた",
    )
    o = found(inc)
    assert "249" in o and "130" not in o
    assert el(o["249"], "harm_announced").suggestion is not None
