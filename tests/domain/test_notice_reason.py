"""The notice's reason is composed for the addressee from the record: behaviours (the manner
first), exact words with times, the shop's requests; no summary, no staff names unless chosen,
'as recorded by the shop' where the facts were not confirmed."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from helpers import TOKYO, sample_incident

from kasuhara_desktop.domain.enums import Behaviour, TimelineKind
from kasuhara_desktop.domain.models import Incident, Quote, TimelineEntry
from kasuhara_desktop.domain.notice_reason import ReasonOptions, compose_lines, compose_reason

AT = datetime(2026, 11, 3, 14, 5, tzinfo=TOKYO)

INTERNAL = "店長の佐藤が誤って値引きを約束した。返金要求と暴言"


def incident() -> Incident:
    inc = sample_incident(summary=INTERNAL)
    inc.timeline += [
        TimelineEntry(at=AT + timedelta(minutes=5), kind=TimelineKind.STOP_REQUEST, by="佐藤"),
        TimelineEntry(at=AT + timedelta(minutes=9), kind=TimelineKind.LEAVE_ORDER, by="佐藤",
                      description="佐藤が退去を求めた"),
        TimelineEntry(at=AT + timedelta(minutes=30), kind=TimelineKind.CUSTOMER_LEFT),
    ]  # fmt: skip
    inc.behaviours.append(Behaviour.REFUSAL_TO_LEAVE)
    inc.quotes.append(Quote(speaker="佐藤", words="申し訳ございません", said_at=AT))
    return inc


@pytest.mark.parametrize(
    ("lang", "abuse", "words", "stop", "recorded"),
    [
        ("ja", "威圧的な言動・暴言", "「馬鹿野郎」と発言しました（14時05分頃、計3回）",
         "14時05分、14時10分、行為をやめるよう求めました", "当店の記録による"),
        ("en", "verbally abused", "You said \u201c馬鹿野郎\u201d (at about 14:05, 3 times in all)",
         "At 14:05, 14:10 we asked you to stop", "as recorded by the shop"),
        ("nb", "skjelte ut", "Du sa «馬鹿野郎» (ca. kl. 14.05, 3 ganger i alt)",
         "Kl. 14.05, 14.10 ba vi deg slutte", "slik butikken har registrert"),
    ],
)  # fmt: skip
def test_reason_in_each_language_from_the_record(
    lang: str, abuse: str, words: str, stop: str, recorded: str
) -> None:
    text = compose_reason(incident(), (lang,))
    assert abuse in text and words in text and stop in text and recorded in text
    # the internal summary, staff names and staff's own words never reach the addressee
    assert "値引き" not in text and "佐藤" not in text and "申し訳" not in text


def test_the_manner_comes_before_the_demand() -> None:
    lines = compose_lines(incident(), "en", ReasonOptions())
    abuse = next(i for i, x in enumerate(lines) if "abused" in x)
    refund = next(i for i, x in enumerate(lines) if "refund" in x)
    assert abuse < refund


def test_staff_are_named_only_when_chosen_and_confirmed_facts_are_not_qualified() -> None:
    text = compose_reason(incident(), ("ja",), ReasonOptions(name_staff=True, confirmed=True))
    assert "対応した従業員：佐藤" in text and "当店の記録による" not in text


def test_two_languages_give_two_blocks() -> None:
    text = compose_reason(incident(), ("ja", "en"))
    ja, en = text.split("\n\n")
    assert ja.startswith("・") and en.startswith("- You")


def test_another_day_prints_its_date_and_nothing_recorded_gives_nothing() -> None:
    inc = sample_incident()
    inc.quotes[0].said_at = AT + timedelta(days=1)
    inc.quotes[0].repeat_count = 1
    assert "令和8年11月4日14時05分頃" in compose_reason(inc, ("ja",))
    bare = sample_incident(behaviours=[], quotes=[], timeline=[])
    assert compose_reason(bare, ("ja", "en")) == ""


def test_a_long_record_fits_by_dropping_quotes() -> None:
    inc = sample_incident()
    inc.quotes = [Quote(speaker="客", words=f"{k}" + "あ" * 200, said_at=AT) for k in range(5)]
    text = compose_reason(inc, ("ja", "en"))
    assert len(text) <= 1000 and "0あ" in text and "4あ" not in text
