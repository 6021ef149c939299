"""The legal data file and the offence list's shape (deadlines, order, excerpts).

Element-by-element cases, article by article, are in ``test_offence_elements.py``."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.enums import (
    Behaviour,
    Channel,
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
    Incident,
    Quote,
    TimelineEntry,
)
from kasuhara_desktop.domain.offences import PossibleOffence, suggest_offences
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
    days = {"shop": known, "staff": known} if known else {}
    found = suggest_offences(inc, ARTICLES, known_on=days, today=TODAY, staff_care=care or [])
    return {o.article: o for o in found}


def codes(o: PossibleOffence) -> list[str]:
    return [f.code for f in o.matched_facts]


# ---------------------------------------------------------------- the data file


def test_shipped_file_is_valid_and_complete() -> None:
    data = load_legal_data(legal_data_path())
    assert [a.number for a in data.articles] == ALL
    assert all(a.requires for a in data.articles)
    assert {a.number for a in data.articles if a.complaint_required} == {"230", "231", "261"}
    for text in (data.disclaimer, data.imprisonment_note, data.law):
        assert set(text) == {"ja", "en", "nb"}
    assert "弁護士" in data.disclaimer["ja"] and "lawyer" in data.disclaimer["en"]
    for a in data.articles:
        assert a.source == "https://laws.e-gov.go.jp/law/140AC0000000045"
        # Every entry says when and against what it was checked. None was compared with e-Gov
        # from this offline machine, so each is still marked unverified and names its copies.
        assert a.check.on == date(2026, 12, 4) and a.check.against in ("copies", "commentary")
        assert a.unverified and a.check.references
        assert all(n.check.references and n.unverified for n in a.notes)
        assert "懲役" not in a.penalty["ja"] and "禁錮" not in a.penalty["ja"]
        assert "拘禁刑" in a.penalty["ja"]
    period = data.complaint_period
    assert (period.article, period.months) == ("235", 6)
    assert period.counting_unverified and period.source_unverified
    assert "not verified" in period.counting["en"]
    assert data.imprisonment_note_unverified and "2025" in data.imprisonment_note["en"]
    assert data.imprisonment_note_check.against == "copies" and period.unverified
    # A damage report (被害届) is not a complaint: the six months run on (CCP art. 241).
    assert period.filing is not None and "241" in period.filing.text["en"]
    assert "被害届" in period.filing.text["ja"] and period.filing.check.references
    assert data.imprisonment_note_source.startswith("https://laws.e-gov.go.jp/law/")
    holders = {a.number: a.notes for a in data.articles if a.complaint_required}
    assert "staff member" in holders["231"][0].text["en"] and holders["231"][0].unverified
    assert "company" in holders["230"][0].text["en"] and "company" in holders["261"][0].text["en"]
    by = {a.number: a for a in data.articles}
    assert "建造物侵入" in by["130"].title["ja"] and "不退去" in by["130"].title["ja"]
    assert "250" in by["249"].elements["en"] and "misses" in by["208"].elements["en"]
    assert "176(1)" in by["176"].elements["en"]


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
        (lambda d: d["articles"][2].update(checked=None), "needs the day it was checked"),
        (lambda d: d["articles"][0].pop("checked_against"), "checked_against: expected one of"),
        (lambda d: d["articles"][0].update(checked_against="web"), "expected one of official"),
        (lambda d: d["articles"][0].update(references=[]), "say what it was checked against"),
        (lambda d: d["articles"][0].update(references="x"), "list of up to 20 citations"),
        (lambda d: d["articles"][0].update(unverified=False), "must be marked unverified"),
        (lambda d: d["articles"][10]["notes"][0].update(checked=None), r"notes\[0\]\.checked"),
        (lambda d: d["complaint_period"].update(checked_against=None), "complaint_period"),
        (lambda d: d.update(imprisonment_note_references=[]), "imprisonment_note_references"),
        (lambda d: d["complaint_period"]["filing"].pop("checked"), r"complaint_period\.filing"),
        (lambda d: d["articles"][0].update(checked="soon"), "checked"),
        (lambda d: d["articles"][0].update(keywords={"Threat!": []}), "not a list name"),
        (lambda d: d["articles"][0].update(keywords={"threat": "kill"}), "expected a list"),
        (lambda d: d["articles"][0].update(keywords={"threat": [""]}), "must not be empty"),
        (lambda d: d["complaint_period"].update(months=3), "differs from the program's rule"),
        (lambda d: d.update(articles=[]), "no articles"),
        (lambda d: d["articles"][0].update(requires=[["nope"]]), "has no question"),
        (lambda d: d["articles"][0].update(requires=[[]]), "empty group"),
        (lambda d: d["questions"]["injury"].pop("needs_record"), "needs_record: required"),
    ],
)
def test_bad_data_is_refused(patch: Any, message: str) -> None:
    data = copy.deepcopy(raw())
    patch(data)
    with pytest.raises(ValidationError, match=message):
        parse_legal_data(data)


def test_unverified_entry_still_needs_a_date() -> None:
    data = raw()
    data["articles"][0].update(checked=None, unverified=True)
    with pytest.raises(ValidationError, match="needs the day it was checked"):
        parse_legal_data(data)


def test_only_the_official_text_or_a_lawyer_verifies_an_entry() -> None:
    data = raw()
    data["articles"][0].update(checked_against="official", references=[], unverified=False)
    data["articles"][1].update(checked_against="lawyer", unverified=False)
    first, second = parse_legal_data(data).articles[:2]
    assert not first.unverified and first.check.against == "official"
    assert not second.unverified and second.check.references


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


def test_articles_without_elements_are_skipped() -> None:
    data = raw()
    data["articles"][0].pop("requires")
    articles = parse_legal_data(data).articles
    found = suggest_offences(make(B.REFUSAL_TO_LEAVE), articles, today=TODAY)
    assert [o.article for o in found] == ["234"]


def test_nothing_suggested_for_a_plain_complaint() -> None:
    inc = make(B.GROUNDLESS_REFUND, quotes=[Quote("客", "返金してください")])
    assert suggest(inc) == {}


# ---------------------------------------------------------------- every article


def test_130_not_when_the_customer_left_when_asked() -> None:
    inc = make(timeline=[tl(5, TimelineKind.LEAVE_ORDER), tl(6, TimelineKind.CUSTOMER_LEFT)])
    assert "130" not in suggest(inc)
    assert "130" not in suggest(make(B.THREATS_ABUSE))


def test_204_not_without_an_injury_and_208_instead() -> None:
    found = suggest(make(B.PHYSICAL_ATTACK, summary="胸を押された"))
    assert "204" not in found and "208" in found
    care = StaffCare("佐藤", injury=True, injury_text="打撲")
    assert "204" not in suggest(make(B.THREATS_ABUSE), care=[care])


def test_222_not_for_abuse_without_threatening_words() -> None:
    inc = make(B.THREATS_ABUSE, quotes=[Quote("客", "馬鹿野郎"), Quote("客", "skill issue")])
    assert "222" not in suggest(inc)


def test_223_not_for_a_plain_apology_request() -> None:
    assert "223" not in suggest(make(B.THREATS_ABUSE, quotes=[Quote("客", "謝れ")]))


def test_231_not_without_publicness() -> None:
    inc = make(B.THREATS_ABUSE, quotes=[Quote("客", "バカ")], summary="バックヤードで二人きり")
    assert "231" not in suggest(inc)


def test_233_not_for_a_single_complaint_call() -> None:
    assert "233" not in suggest(make(B.GROUNDLESS_REFUND, channel=Channel.PHONE))
    assert "233" not in suggest(make(B.SNS_THREAT_OR_POST))  # no false statement recorded


def test_234_not_for_a_long_but_calm_complaint() -> None:
    assert "234" not in suggest(make(B.PROLONGED_COMPLAINT, summary="丁寧に説明を求めた"))
    assert "234" not in suggest(make(B.THREATS_ABUSE))  # force, but no obstruction recorded


def test_249_not_without_a_threat() -> None:
    inc = make(B.GROUNDLESS_REFUND, quotes=[Quote("客", "返金しろ")])
    assert "249" not in suggest(inc)
    threat_only = make(B.THREATS_ABUSE, quotes=[Quote("客", "殺すぞ")])
    assert "249" not in suggest(threat_only)


def test_261_not_without_damage() -> None:
    assert "261" not in suggest(make(B.THREATS_ABUSE, summary="商品を投げた"))


def test_results_keep_data_order_and_carry_article_data() -> None:
    inc = make(B.PHYSICAL_ATTACK, B.REFUSAL_TO_LEAVE, B.SEXUAL_CONDUCT, B.PROPERTY_DAMAGE)
    found = suggest_offences(inc, ARTICLES, known_on={"shop": TODAY}, today=TODAY)
    assert [o.article for o in found] == ["130", "176", "208", "234", "261"]
    damage = found[-1]
    article: Article = next(a for a in ARTICLES if a.number == "261")
    assert damage.title == article.title and damage.penalty == article.penalty
    assert damage.days_left == (date(2027, 5, 28) - TODAY).days


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
