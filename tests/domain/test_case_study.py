"""Case-study drafts: names, places, dates, phones, e-mails and plates come out (Japanese and
hostile text, full-width digits); what was removed is said."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kasuhara_desktop.domain.case_study import anonymise, draft_case_study, leftovers
from kasuhara_desktop.domain.enums import Behaviour, ParticipantRole
from kasuhara_desktop.domain.models import (
    Action,
    ActionKind,
    Incident,
    Participant,
    Person,
    Quote,
    ShopProfile,
    StaffMember,
)

TOKYO = ZoneInfo("Asia/Tokyo")
SHOP = ShopProfile(
    name="さくらマート渋谷店", company="株式会社さくら", address="東京都渋谷区道玄坂1-2-3",
    phone="03-1234-5678", representative="店長 山田 一郎",
)  # fmt: skip


def incident() -> Incident:
    at = datetime(2026, 11, 3, 14, 5, tzinfo=TOKYO)
    return Incident(
        occurred_at=at,
        summary=(
            "２０２６年１１月３日午後２時５分、鈴木 次郎が「佐藤を出せ、山田一郎はどこだ」と"
            "レジ前で怒鳴った。さくらマート渋谷店の電話０３－１２３４－５６７８に翌日も"
            "電話。メール jiro.suzuki@example.co.jp。車は品川 300 さ 12-34。"
            "田中さんが対応し、お客様と店長さんは無関係。<b>bold</b> & \u202e"
        ),
        location="レジ前",
        demand="土下座と全額返金（11/3分）",
        behaviours=[Behaviour.THREATS_ABUSE],
        quotes=[
            Quote(speaker="鈴木 次郎", words="佐藤、お前クビにしてやる。090-1111-2222に電話しろ")
        ],
        participants=[
            Participant(
                role=ParticipantRole.CUSTOMER,
                person=Person(label="客A", name="鈴木 次郎", contact="080-9999-0000"),
            ),
            Participant(role=ParticipantRole.TARGET, staff=StaffMember(name="佐藤 美咲")),
        ],
        actions=[Action(kind=ActionKind.OTHER, description="2026/11/04 に佐藤と面談", by="山田")],
        prevention="二人以上で対応する。",
    )


def test_the_draft_keeps_the_story_and_loses_who_where_and_when() -> None:
    d = draft_case_study(incident(), SHOP, "ja")
    text = d.text + d.title
    for gone in ("鈴木", "次郎", "佐藤", "美咲", "山田", "一郎", "田中", "レジ前", "さくらマート",
                 "渋谷", "２０２６", "１１月", "11/3", "2026/11/04", "０３－１２３４", "090-1111",
                 "080-9999", "jiro.suzuki", "example", "品川", "12-34", "午後２時"):  # fmt: skip
        assert gone not in text, gone
    assert "怒鳴った" in text and "クビにしてやる" in text and "二人以上で対応する" in text
    assert "〔顧客〕" in text and "〔従業員〕" in text and "〔日付〕" in text
    assert "お客様" in text and "店長さん" in text  # roles, not names
    assert "<b>bold</b> &" in text  # hostile text is kept as text (the PDF escapes it)
    kinds = {r.kind: r.count for r in d.removed}
    assert {"customer", "staff", "date", "phone", "email", "plate", "place", "shop"} <= set(kinds)
    assert "customer ×" in d.removed_text()


def test_english_and_norwegian_placeholders_and_dates() -> None:
    terms = [("Kari Nordmann", "customer")]
    en, _ = anonymise(
        "Kari Nordmann came on March 3, 2026 at 2:05 pm, call +47 912 34 567", terms, "en"
    )
    assert en == "[customer] came on [date] at [time], call [phone]"
    nb, counts = anonymise("Nordmann kom 3. mars 2026 kl. 14:05", [("Kari Nordmann", "customer"),
                           ("Nordmann", "customer")], "nb")  # fmt: skip
    assert nb == "[kunde] kom [dato] kl. [klokkeslett]"
    assert counts == {"customer": 1, "date": 1, "time": 1}


def test_leftovers_find_a_retyped_name_or_date() -> None:
    terms = [("佐藤", "staff")]
    assert leftovers("〔従業員〕が対応した。", terms) == []
    assert leftovers("佐藤が１２月１日に対応した。", terms) == ["date", "staff"]
    assert leftovers("〔顧客〕が３時間話し、2回電話した。", terms) == []  # durations are no times
    assert leftovers("１２月にまた来た。", terms) == ["date"]
    assert leftovers("０９０ー１２３４ー５６７８、ｊｉｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", terms) == [
        "email",
        "phone",
    ]
