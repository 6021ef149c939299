"""The incident editor's lower half: one tab per list of records, and the history tab.

Each list (exact words, timeline, people, statements, actions, costs) is a table model with its
tab page; the editor loads them from and reads them back into its draft ``Incident`` by the
same key as the incident's field. Tab titles keep the editor's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from .history_tab import HistoryTab
from .list_tabs import ListTab
from .models import (
    RecordTableModel,
    actions_model,
    costs_model,
    participants_model,
    quotes_model,
    statements_model,
    timeline_model,
)
from .people_tab import ParticipantForm
from .special_tabs import CostsTab, TimelineTab


@dataclass(frozen=True)
class RecordTabs:
    """The models (by incident field name), their pages, the tab widget and the history tab."""

    models: dict[str, RecordTableModel]
    pages: dict[str, ListTab]
    tabs: QTabWidget
    history: HistoryTab


def build_record_tabs(tz: str, user: Callable[[], str], parent: QWidget) -> RecordTabs:
    """The record tabs of an editor in time zone ``tz``; ``user`` names who is typing."""
    m: dict[str, RecordTableModel] = {
        "quotes": quotes_model(tz, parent),
        "timeline": timeline_model(tz, user, parent),
        "participants": participants_model(tz, parent),
        "statements": statements_model(tz, user, parent),
        "actions": actions_model(tz, user, parent),
        "costs": costs_model(tz, parent),
    }
    tabs = QTabWidget(parent)
    tabs.setObjectName("editor_tabs")
    pages: dict[str, ListTab] = {
        "quotes": ListTab(m["quotes"], "quotes", parent),
        "timeline": TimelineTab(m["timeline"], user, parent),
        "participants": ListTab(
            m["participants"], "participants", parent, lambda mo, p, w: ParticipantForm(mo, p, w)
        ),
        "statements": ListTab(m["statements"], "statements", parent),
        "actions": ListTab(m["actions"], "actions", parent),
        "costs": CostsTab(m["costs"], parent),
    }
    titles = {
        "quotes": QCoreApplication.translate("IncidentEditor", "Exact &words"),
        "timeline": QCoreApplication.translate("IncidentEditor", "&Timeline"),
        "participants": QCoreApplication.translate("IncidentEditor", "&People"),
        "statements": QCoreApplication.translate("IncidentEditor", "&Statements"),
        "actions": QCoreApplication.translate("IncidentEditor", "A&ctions"),
        "costs": QCoreApplication.translate("IncidentEditor", "C&osts"),
    }
    for key, page in pages.items():
        tabs.addTab(page, titles[key])
    history = HistoryTab(parent)
    tabs.addTab(history, QCoreApplication.translate("IncidentEditor", "&History"))
    return RecordTabs(m, pages, tabs, history)
