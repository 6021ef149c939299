"""Offence suggestions: the legal data file, and for every article a fact pattern that
should suggest it and one that should not."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.enums import (
    ActionKind,
    Behaviour,
    Channel,
    CostKind,
    TimelineKind,
)
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.legal_data import (
    Article,
    legal_data_path,
    load_articles,
    load_legal_data,
    parse_legal_data,
)
from kasuhara_desktop.domain.models import (
    Action,
    CostEntry,
    Incident,
    Quote,
    TimelineEntry,
    WitnessStatement,
)
from kasuhara_desktop.domain.offences import RULES, PossibleOffence, suggest_offences
from kasuhara_desktop.domain.staff_care import StaffCare

B = Behaviour
TOKYO = ZoneInfo("Asia/Tokyo")
T0 = datetime(2026, 11, 3, 14, 0, tzinfo=TOKYO)
TODAY = date(2026, 11, 28)
ARTICLES = load_articles(legal_data_path())
ALL = ["130", "176", "204", "208", "222", "223", "230", "231", "233", "234", "249", "261"]


def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(legal_data_path().read_text(encoding="utf-8"))
    return data


def make(*behaviours: Behaviour, **kw: Any) -> Incident:
    kw.setdefault("summary", "カスハラ")
    return Incident(occurred_at=T0, behaviours=list(behaviours), **kw)


def tl(minutes: int, kind: TimelineKind, text: str = "") -> TimelineEntry:
    return TimelineEntry(T0 + timedelta(minutes=minutes), text, kind)


def suggest(
    inc: Incident, *, known: date | None = None, care: list[StaffCare] | None = None
) -> dict[str, PossibleOffence]:
    found = suggest_offences(
        inc, ARTICLES, offender_known_on=known, today=TODAY, staff_care=care or []
    )
    return {o.article: o for o in found}


def codes(o: PossibleOffence) -> list[str]:
    return [f.code for f in o.matched_facts]


# ---------------------------------------------------------------- the data file


def test_shipped_file_is_valid_and_complete() -> None:
    data = load_legal_data(legal_data_path())
    assert [a.number for a in data.articles] == ALL
    assert sorted(RULES) == ALL
    assert {a.number for a in data.articles if a.complaint_required} == {"230", "231", "261"}
    for text in (data.disclaimer, data.imprisonment_note, data.law):
        assert set(text) == {"ja", "en", "nb"}
    assert "弁護士" in data.disclaimer["ja"] and "lawyer" in data.disclaimer["en"]
    for a in data.articles:
        assert a.source == "https://laws.e-gov.go.jp/law/140AC0000000045"
        assert a.checked == date(2026, 11, 28) and not a.unverified
        assert "懲役" not in a.penalty["ja"] and "禁錮" not in a.penalty["ja"]
        assert "拘禁刑" in a.penalty["ja"]
    period = data.complaint_period
    assert (period.article, period.months) == ("235", 6)
    assert period.counting_unverified and period.source_unverified


def test_penalties_match_the_domain_table() -> None:
    by = {a.number: a for a in ARTICLES}
    assert by["130"].penalty["ja"] == "3年以下の拘禁刑又は10万円以下の罰金"
    assert by["176"].penalty["ja"] == "6月以上10年以下の拘禁刑"
    assert by["204"].penalty["en"].startswith("Imprisonment for up to 15 years")
    assert by["231"].penalty["ja"].startswith("1年以下の拘禁刑若しくは30万円以下の罰金")
    assert by["249"].penalty["ja"] == "10年以下の拘禁刑"


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        (lambda d: d.update(format="x/1"), "format: expected"),
        (lambda d: d.update(extra=1), "unknown field 'extra'"),
        (lambda d: d["disclaimer"].pop("nb"), r"disclaimer.nb: must not be empty"),
        (lambda d: d["articles"][0]["title"].update(fr="x"), "unknown field 'fr'"),
        (lambda d: d["articles"][0].update(number=130), "number: expected an article number"),
        (lambda d: d["articles"][1].update(number="130"), "article 130 appears twice"),
        (lambda d: d["articles"][0].pop("complaint_required"), "complaint_required: required"),
        (lambda d: d["articles"][0].update(source="http://x"), "expected an https:// address"),
        (lambda d: d["articles"][0].update(checked=None), "needs a date"),
        (lambda d: d["articles"][0].update(checked="soon"), "checked"),
        (lambda d: d["articles"][0].update(keywords={"Threat!": []}), "not a list name"),
        (lambda d: d["articles"][0].update(keywords={"threat": "kill"}), "expected a list"),
        (lambda d: d["articles"][0].update(keywords={"threat": [""]}), "must not be empty"),
        (lambda d: d["complaint_period"].update(months=3), "differs from the program's rule"),
        (lambda d: d.update(articles=[]), "no articles"),
    ],
)
def test_bad_data_is_refused(patch: Any, message: str) -> None:
    data = copy.deepcopy(raw())
    patch(data)
    with pytest.raises(ValidationError, match=message):
        parse_legal_data(data)


def test_unverified_entry_may_lack_a_date() -> None:
    data = raw()
    data["articles"][0].update(checked=None, unverified=True)
    assert parse_legal_data(data).articles[0].unverified


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot be read"):
        load_articles(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON"):
        load_articles(bad)
    bad.write_bytes(b"\xff\xfe")
    with pytest.raises(ValidationError, match="not UTF-8"):
        load_articles(bad)


def test_articles_without_a_rule_are_skipped() -> None:
    data = raw()
    data["articles"][0]["number"] = "999"
    articles = parse_legal_data(data).articles
    found = suggest_offences(
        make(B.REFUSAL_TO_LEAVE), articles, offender_known_on=None, today=TODAY
    )
    assert [o.article for o in found] == ["234"]


def test_nothing_suggested_for_a_plain_complaint() -> None:
    inc = make(B.GROUNDLESS_REFUND, quotes=[Quote("客", "返金してください")])
    assert suggest(inc) == {}


# ---------------------------------------------------------------- every article


def test_130_refusal_to_leave_from_the_timeline() -> None:
    inc = make(
        timeline=[
            tl(0, TimelineKind.STOP_REQUEST, "やめてください"),
            tl(5, TimelineKind.LEAVE_ORDER, "お帰りください（1回目）"),
            tl(10, TimelineKind.LEAVE_ORDER, "お帰りください（2回目）"),
            tl(25, TimelineKind.CUSTOMER_LEFT),
        ]
    )
    o = suggest(inc)["130"]
    assert codes(o) == [
        "timeline:stop_request",
        "timeline:leave_order",
        "timeline:leave_order",
        "stayed_after_leave_order",
    ]
    assert o.matched_facts[-1].count == 20
    assert o.matched_facts[1].evidence == "お帰りください（1回目）"
    assert o.open_points == [] and o.complaint_deadline is None and o.days_left is None


def test_130_from_the_behaviour_asks_for_the_leave_orders() -> None:
    o = suggest(make(B.REFUSAL_TO_LEAVE))["130"]
    assert codes(o) == ["behaviour:refusal_to_leave"]
    assert o.open_points == ["leave_order_not_recorded"]
    no_departure = make(timeline=[tl(5, TimelineKind.LEAVE_ORDER)])
    assert codes(suggest(no_departure)["130"]) == ["timeline:leave_order", "no_departure_recorded"]


def test_130_not_when_the_customer_left_when_asked() -> None:
    inc = make(timeline=[tl(5, TimelineKind.LEAVE_ORDER), tl(6, TimelineKind.CUSTOMER_LEFT)])
    assert "130" not in suggest(inc)
    assert "130" not in suggest(make(B.THREATS_ABUSE))


def test_176_sexual_conduct() -> None:
    assert codes(suggest(make(B.SEXUAL_CONDUCT))["176"]) == ["behaviour:sexual_conduct"]
    assert "176" not in suggest(make(B.DISCRIMINATION))


def test_204_physical_attack_with_an_injury_in_staff_care() -> None:
    care = StaffCare("佐藤", injury=True, injury_text="右腕の打撲", medical_visit=True)
    o = suggest(make(B.PHYSICAL_ATTACK), care=[care])["204"]
    assert codes(o)[:2] == ["behaviour:physical_attack", "injury_recorded"]
    assert "medical_visit" in codes(o) and o.open_points == []


def test_204_injury_read_from_actions_text() -> None:
    inc = make(
        B.PHYSICAL_ATTACK,
        actions=[Action(ActionKind.STAFF_CARE, "Staff member was injured on the wrist")],
    )
    o = suggest(inc)["204"]
    assert o.matched_facts[1].code == "record:injury"
    assert o.matched_facts[1].keyword == "injur"
    assert o.open_points == ["medical_visit_not_recorded"]


def test_204_not_without_an_injury_and_208_instead() -> None:
    found = suggest(make(B.PHYSICAL_ATTACK, summary="胸を押された"))
    assert "204" not in found and "208" in found
    care = StaffCare("佐藤", injury=True, injury_text="打撲")
    assert "204" not in suggest(make(B.THREATS_ABUSE), care=[care])


def test_208_physical_attack() -> None:
    assert codes(suggest(make(B.PHYSICAL_ATTACK))["208"]) == ["behaviour:physical_attack"]
    assert "208" not in suggest(make(B.PROPERTY_DAMAGE))


def test_222_threatening_words() -> None:
    inc = make(B.THREATS_ABUSE, quotes=[Quote("客", "ぶっ殺すぞ", T0, repeat_count=3)])
    o = suggest(inc)["222"]
    assert codes(o) == ["behaviour:threats_abuse", "quote:threat"]
    fact = o.matched_facts[1]
    assert (fact.evidence, fact.at, fact.count, fact.keyword) == ("ぶっ殺すぞ", T0, 3, "殺す")


def test_222_sns_threat_without_words_asks_for_them() -> None:
    o = suggest(make(B.SNS_THREAT_OR_POST))["222"]
    assert o.open_points == ["exact_words_not_recorded"]


def test_222_not_for_abuse_without_threatening_words() -> None:
    inc = make(B.THREATS_ABUSE, quotes=[Quote("客", "馬鹿野郎"), Quote("客", "skill issue")])
    assert "222" not in suggest(inc)


def test_keywords_ignore_width_and_case() -> None:
    inc = make(B.THREATS_ABUSE, quotes=[Quote("客", "ｺﾛｽ"), Quote("客", "I will KILL you")])
    assert len(suggest(inc)["222"].matched_facts) == 3


def test_223_forced_kneeling_with_a_threat() -> None:
    inc = make(
        B.FORCED_KNEELING,
        B.THREATS_ABUSE,
        quotes=[Quote("客", "土下座しろ、覚えてろよ")],
    )
    o = suggest(inc)["223"]
    assert codes(o) == [
        "behaviour:forced_kneeling",
        "quote:coercion",
        "behaviour:threats_abuse",
        "quote:threat",
    ]
    assert o.open_points == []


def test_223_from_words_alone_notes_the_missing_means() -> None:
    o = suggest(make(quotes=[Quote("customer", "Get on your knees and apologise")]))["223"]
    assert codes(o) == ["quote:coercion"]
    assert o.open_points == ["threat_or_violence_not_recorded"]
    assert suggest(make(B.FORCED_KNEELING))["223"].open_points == [
        "threat_or_violence_not_recorded",
        "exact_words_not_recorded",
    ]


def test_223_not_for_a_plain_apology_request() -> None:
    assert "223" not in suggest(make(B.THREATS_ABUSE, quotes=[Quote("客", "謝れ")]))


def test_230_posted_online() -> None:
    inc = make(
        B.SNS_THREAT_OR_POST,
        statements=[WitnessStatement("佐藤", "翌日、店員の実名をSNSに投稿していた")],
    )
    o = suggest(inc, known=date(2026, 8, 31))["230"]
    assert codes(o) == ["behaviour:sns_threat_or_post", "record:public"]
    assert o.complaint_required
    assert o.complaint_deadline == date(2027, 2, 28)
    assert o.days_left == (date(2027, 2, 28) - TODAY).days
    assert o.open_points == []
    online = suggest(make(B.SNS_THREAT_OR_POST, channel=Channel.ONLINE))["230"]
    assert codes(online) == ["behaviour:sns_threat_or_post", "channel:online"]


def test_230_not_for_a_threat_to_post() -> None:
    # Saying "I'll post it" is a threat (222), not yet a public statement.
    inc = make(B.SNS_THREAT_OR_POST, quotes=[Quote("客", "ネットに晒すぞ")])
    found = suggest(inc)
    assert "230" not in found and "222" in found


def test_231_public_insult() -> None:
    inc = make(
        B.THREATS_ABUSE,
        quotes=[Quote("客", "この役立たず！")],
        summary="他の客の前で大声で罵倒した",
    )
    o = suggest(inc)["231"]
    assert codes(o) == ["behaviour:threats_abuse", "quote:insult", "record:public"]
    assert o.open_points == ["offender_not_identified"]
    assert o.complaint_deadline is None and o.days_left is None


def test_231_not_without_publicness() -> None:
    inc = make(B.THREATS_ABUSE, quotes=[Quote("客", "バカ")], summary="バックヤードで二人きり")
    assert "231" not in suggest(inc)


def test_233_repeated_calls_with_deception() -> None:
    inc = make(
        B.REPEATED_CALLS,
        summary="一日に40回の無言電話",
        timeline=[tl(0, TimelineKind.CALL_START), tl(1, TimelineKind.CALL_END)],
    )
    o = suggest(inc)["233"]
    assert codes(o) == ["behaviour:repeated_calls", "record:deception", "timeline:call_start"]
    assert o.open_points == []
    assert suggest(make(B.PERSISTENT_CONTACT))["233"].open_points == ["deception_not_recorded"]


def test_233_not_for_a_single_complaint_call() -> None:
    assert "233" not in suggest(make(B.GROUNDLESS_REFUND, channel=Channel.PHONE))
    assert "233" not in suggest(make(B.SNS_THREAT_OR_POST))  # no false statement recorded


def test_234_forcible_obstruction() -> None:
    inc = make(
        B.PROLONGED_COMPLAINT,
        quotes=[Quote("客", "店長を出せ！")],
        summary="2時間レジ前で怒鳴り続けた",
        costs=[CostEntry(CostKind.ON_SITE, minutes=120)],
    )
    o = suggest(inc)["234"]
    assert codes(o) == ["behaviour:prolonged_complaint", "record:force", "staff_time_minutes"]
    assert o.matched_facts[-1].count == 120
    assert "234" in suggest(make(B.REFUSAL_TO_LEAVE))  # occupying the premises


def test_234_not_for_a_long_but_calm_complaint() -> None:
    assert "234" not in suggest(make(B.PROLONGED_COMPLAINT, summary="丁寧に説明を求めた"))
    assert "234" not in suggest(make(B.THREATS_ABUSE))  # force, but no obstruction recorded


def test_249_extortion() -> None:
    inc = make(
        B.EXCESSIVE_COMPENSATION,
        quotes=[Quote("客", "誠意を見せろ。10万円払わないとネットに書くぞ")],
        costs=[CostEntry(CostKind.REFUND_COMPENSATION, amount_yen=100_000)],
    )
    o = suggest(inc)["249"]
    assert codes(o) == [
        "behaviour:excessive_compensation",
        "quote:threat",
        "quote:money",
        "money_paid",
    ]
    assert o.matched_facts[-1].count == 100_000


def test_249_not_without_a_threat() -> None:
    inc = make(B.GROUNDLESS_REFUND, quotes=[Quote("客", "返金しろ")])
    assert "249" not in suggest(inc)
    threat_only = make(B.THREATS_ABUSE, quotes=[Quote("客", "殺すぞ")])
    assert "249" not in suggest(threat_only)


def test_261_property_damage() -> None:
    inc = make(
        B.PROPERTY_DAMAGE,
        summary="陳列棚を蹴って商品を壊した",
        costs=[CostEntry(CostKind.DAMAGE, amount_yen=12_000)],
    )
    o = suggest(inc, known=date(2026, 4, 30))["261"]
    assert codes(o) == ["behaviour:property_damage", "record:damage", "damage_cost"]
    assert o.complaint_deadline == date(2026, 10, 31)
    assert o.days_left == -28
    assert o.open_points == ["complaint_period_passed"]


def test_261_not_without_damage() -> None:
    assert "261" not in suggest(make(B.THREATS_ABUSE, summary="商品を投げた"))


def test_results_keep_data_order_and_carry_article_data() -> None:
    inc = make(B.PHYSICAL_ATTACK, B.REFUSAL_TO_LEAVE, B.SEXUAL_CONDUCT, B.PROPERTY_DAMAGE)
    found = suggest_offences(inc, ARTICLES, offender_known_on=TODAY, today=TODAY)
    assert [o.article for o in found] == ["130", "176", "208", "234", "261"]
    damage = found[-1]
    article: Article = next(a for a in ARTICLES if a.number == "261")
    assert damage.title == article.title and damage.penalty == article.penalty
    assert damage.days_left == (date(2027, 5, 28) - TODAY).days


def test_long_text_evidence_is_a_snippet() -> None:
    long = "あ" * 1000 + "診断書を提出" + "い" * 1000
    inc = make(B.PHYSICAL_ATTACK, statements=[WitnessStatement("佐藤", long)])
    fact = suggest(inc)["204"].matched_facts[1]
    assert "診断書" in fact.evidence and len(fact.evidence) < 300
    assert fact.evidence.startswith("…") and fact.evidence.endswith("…")


def test_naive_timeline_times_are_read_in_the_incident_zone() -> None:
    naive = T0.replace(tzinfo=None)
    inc = make(
        timeline=[
            TimelineEntry(naive + timedelta(minutes=30), "", TimelineKind.CUSTOMER_LEFT),
            tl(5, TimelineKind.LEAVE_ORDER),
        ]
    )
    stayed = suggest(inc)["130"].matched_facts[-1]
    assert (stayed.code, stayed.count) == ("stayed_after_leave_order", 25)
