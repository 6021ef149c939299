"""Helpers for the guided-response and call-panel tests: a movable clock, finding widgets."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.registry import Services, open_services
from kasuhara_desktop.services.response import ResponseService
from kasuhara_desktop.ui.wizard.draft import ResponseDraft
from kasuhara_desktop.ui.wizard.page_base import ResponsePage

W = TypeVar("W", bound=QWidget)
P = TypeVar("P", bound=ResponsePage)
TOKYO = ZoneInfo("Asia/Tokyo")
START = datetime(2026, 11, 3, 14, 5, 0, tzinfo=TOKYO)


class Clock:
    """Stands in for ``ui.wizard.clock.now``: a time that moves only when told to."""

    def __init__(self, at: datetime = START) -> None:
        self.at = at

    def __call__(self, tz: str) -> datetime:
        return self.at.astimezone(ZoneInfo(tz))

    def advance(self, **kw: float) -> datetime:
        self.at += timedelta(**kw)
        return self.at


def find(parent: QWidget, cls: type[W], name: str) -> W:
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    button = find(parent, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def set_text(parent: QWidget, name: str, text: str) -> None:
    """Put ``text`` into a field as if typed (setText: keyClicks cannot type Japanese)."""
    widget = parent.findChild(QWidget, name)
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        raise AssertionError(f"no text field named {name!r}")


def label_text(parent: QWidget, name: str) -> str:
    """The text of a plain-text label as the user sees it ('' while hidden)."""
    QApplication.processEvents()  # widgets added to a shown layout appear on the next pass
    label = find(parent, QLabel, name)
    assert label.textFormat() == Qt.TextFormat.PlainText, f"{name} must be plain text"
    return label.text() if label.isVisibleTo(parent) else ""


def services_over(incidents: IncidentService) -> Services:
    """The vault's services, with ``incidents`` itself as their incident service."""
    services = open_services(incidents.vault)
    return dataclasses.replace(services, incidents=incidents, response=ResponseService(incidents))


def make_draft(incidents: IncidentService, incident: Incident) -> ResponseDraft:
    draft = ResponseDraft(incident, user=incidents.user, shop=incidents.shop_profile())
    draft.services = services_over(incidents)
    return draft


def open_page(qtbot: QtBot, cls: type[P], draft: ResponseDraft) -> P:
    page = cls(draft)
    qtbot.addWidget(page)
    page.initializePage()
    page.show()
    return page
