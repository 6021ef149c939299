"""The legacy sns_threat_or_post box (one code for a threat to post and a post) is not offered
for new incidents, in the editor or the guide; an old record that has it still shows it ticked
and keeps it on saving."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.models import Incident, ShopProfile
from kasuhara_desktop.ui.editor.header_form import HeaderForm
from kasuhara_desktop.ui.wizard.draft import ResponseDraft
from kasuhara_desktop.ui.wizard.page_what_happened import WhatHappenedPage

T0 = datetime(2026, 11, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
LEGACY, THREAT, POST = Behaviour.SNS_THREAT_OR_POST, Behaviour.SNS_THREAT, Behaviour.SNS_POST


def incident(*behaviours: Behaviour) -> Incident:
    return Incident(occurred_at=T0, summary="x", behaviours=list(behaviours))


def test_editor_hides_the_legacy_box_unless_the_record_has_it(qtbot: QtBot) -> None:
    form = HeaderForm("Asia/Tokyo")
    qtbot.addWidget(form)
    form.load(incident())
    checks = form.behaviour_checks
    assert not checks[LEGACY].isVisibleTo(form)
    assert checks[THREAT].isVisibleTo(form) and checks[POST].isVisibleTo(form)
    old = incident(LEGACY)
    form.load(old)
    assert checks[LEGACY].isVisibleTo(form) and checks[LEGACY].value()
    draft = incident()
    form.fill(draft)
    assert draft.behaviours == [LEGACY]


def test_guide_hides_the_legacy_box_unless_the_record_has_it(qtbot: QtBot) -> None:
    shop = ShopProfile(name="テスト商店")
    page = WhatHappenedPage(ResponseDraft(incident(), user="店長", shop=shop))
    qtbot.addWidget(page)
    page.load()
    assert not page.behaviour_checks[LEGACY].isVisibleTo(page)
    assert page.behaviour_checks[POST].isVisibleTo(page)
    old = WhatHappenedPage(ResponseDraft(incident(LEGACY, THREAT), user="店長", shop=shop))
    qtbot.addWidget(old)
    old.load()
    assert old.behaviour_checks[LEGACY].isVisibleTo(old) and old.behaviour_checks[LEGACY].value()
    old.store()
    assert old.draft.incident.behaviours == [LEGACY, THREAT]
