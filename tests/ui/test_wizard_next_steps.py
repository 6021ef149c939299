"""The guide's next steps on the judge page fit the channel and name the online law with its
source; the close page stops suggesting a notice while one is in force."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import Behaviour, Channel
from kasuhara_desktop.domain.models import Incident, ShopProfile
from kasuhara_desktop.domain.response_flow import NoticeHistory
from kasuhara_desktop.ui.wizard.draft import ResponseDraft
from kasuhara_desktop.ui.wizard.next_steps import NoticeHistoryCache, step_lines
from kasuhara_desktop.ui.wizard.page_judge import JudgePage

T0 = datetime(2026, 11, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def draft(channel: Channel, *behaviours: Behaviour) -> ResponseDraft:
    inc = Incident(occurred_at=T0, summary="x", channel=channel, behaviours=list(behaviours))
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    return ResponseDraft(inc, user="店長", shop=ShopProfile(name="テスト商店"))


def test_judge_page_shows_steps_for_an_online_post(qtbot: QtBot) -> None:
    d = draft(Channel.ONLINE, Behaviour.SNS_POST)
    page = JudgePage(d)
    qtbot.addWidget(page)
    page.load()
    shown = page.next_steps.text()
    assert "Preserve the post first" in shown and "Order the customer to leave" not in shown
    assert "laws.e-gov.go.jp/law/413AC0000000137" in shown and "checked 2026-12-04" in shown
    assert "Not verified" in shown


def test_in_person_steps_keep_the_leave_order_and_history_comes_from_the_services(
    qtbot: QtBot,
) -> None:
    d = draft(Channel.IN_PERSON, Behaviour.THREATS_ABUSE)
    lines = step_lines(d, NoticeHistory())
    assert any("leave" in line for line in lines) and not any("e-gov" in x for x in lines)
    asked: list[Incident] = []

    def history(incident: Incident) -> NoticeHistory:
        asked.append(incident)
        return NoticeHistory(in_force="N-2026-0001")

    cache = NoticeHistoryCache(d)
    assert cache.refresh() == NoticeHistory()  # locked: nothing to ask
    d.services = SimpleNamespace(notices=SimpleNamespace(history=history))  # type: ignore[assignment]
    assert cache.refresh().in_force == "N-2026-0001" and asked == [d.incident]
    lines = step_lines(d, cache.history)
    assert any("N-2026-0001" in line for line in lines)
    assert not any("Consider a written no-entry notice" in line for line in lines)


def test_the_on_site_page_offers_no_order_to_leave_for_a_call(qtbot: QtBot) -> None:
    from kasuhara_desktop.domain.enums import TimelineKind
    from kasuhara_desktop.ui.wizard.page_on_site import OnSitePage

    phone = OnSitePage(draft(Channel.PHONE, Behaviour.REPEATED_CALLS))
    qtbot.addWidget(phone)
    phone.load()
    assert not phone.buttons[TimelineKind.LEAVE_ORDER].isVisibleTo(phone)
    assert phone.buttons[TimelineKind.STOP_REQUEST].isVisibleTo(phone)
    shop = OnSitePage(draft(Channel.IN_PERSON, Behaviour.THREATS_ABUSE))
    qtbot.addWidget(shop)
    shop.load()
    assert shop.buttons[TimelineKind.LEAVE_ORDER].isVisibleTo(shop)
