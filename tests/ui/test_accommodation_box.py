"""The judge page asks the accommodation question: a yes shows the guidance with its source and
is stored with who and when; 'not considered yet' removes the answer."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain import accommodation
from kasuhara_desktop.domain.assessment import Answer
from kasuhara_desktop.domain.models import Incident, ShopProfile
from kasuhara_desktop.ui.wizard.draft import ResponseDraft
from kasuhara_desktop.ui.wizard.page_judge import JudgePage

T0 = datetime(2026, 11, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_the_question_is_asked_stored_and_guides(qtbot: QtBot) -> None:
    draft = ResponseDraft(Incident(occurred_at=T0, summary="x"), user="店長",
                          shop=ShopProfile(name="テスト商店"))  # fmt: skip
    page = JudgePage(draft)
    qtbot.addWidget(page)
    page.load()
    box = page.accommodation
    assert box.choice.value() is Answer.UNCLEAR and box.guidance.isHidden()
    box.choice.button(Answer.YES).click()
    page.store()
    stored = draft.incident.offence_answers[accommodation.QUESTION]
    assert stored.value is True and stored.by == "店長" and stored.at is not None
    assert not box.guidance.isHidden()
    assert "not harassment" in box.guidance.text() and "e-gov.go.jp" in box.guidance.text()
    page.show_verdict()
    assert "reasonable accommodation" in page.next_steps.text()
    box.choice.button(Answer.UNCLEAR).click()
    page.store()
    assert accommodation.QUESTION not in draft.incident.offence_answers
    assert box.guidance.isHidden()
