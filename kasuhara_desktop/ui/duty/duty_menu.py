"""The "Duty" menu: the measures an employer must be able to show (policy, consultation desk,
procedures, training, cooperation requests, retention).

Each page module adds one :class:`DutyEntry` to :data:`ENTRIES`. Its window is imported when
first opened (the pages pull in reportlab previews and charts, which would slow every start),
is non-modal, and closes when the session locks. An entry is hidden when the signed-in role may
not use it and disabled while locked.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ...domain.roles import Permission
from ...services.registry import Services
from ..dialogs.messages import show_error
from ..session import Session

Opener = Callable[[QMainWindow, Services], QWidget]


@dataclass(frozen=True)
class DutyEntry:
    """One page of the Duty menu.

    Attributes:
        name: the action's object name (tests find it by this).
        text: the menu text, translated when the menu is built (context "DutyMenu").
        permission: what the signed-in user needs to see the entry.
        module: the page module in this package, imported on first use.
        opener: the function in that module that opens the page: ``open(window, services)``.
    """

    name: str
    text: Callable[[], str]
    permission: Permission
    module: str
    opener: str

    def open(self, window: QMainWindow, services: Services) -> QWidget:
        module = importlib.import_module(f"{__package__}.{self.module}")
        fn: Opener = getattr(module, self.opener)
        return fn(window, services)


# One entry per page, in the guideline's order. The text is a literal inside the lambda so that
# lupdate sees it, e.g.
#   DutyEntry("policyAction", lambda: QCoreApplication.translate("DutyMenu", "Basic &policy…"),
#             Permission.VIEW_GUIDANCE, "policy_page", "open_policy_page"),
# Each page's helper replaces its own marker line below (keep the marker as a comment above).
ENTRIES: list[DutyEntry] = [
    # [policy]
    DutyEntry(
        "policyAction",
        lambda: QCoreApplication.translate("DutyMenu", "Basic &policy…"),
        Permission.VIEW_GUIDANCE,
        "policy_page",
        "open_policy_page",
    ),
    # [consultation]
    DutyEntry(
        "consultationAction",
        lambda: QCoreApplication.translate("DutyMenu", "&Consultation desk…"),
        Permission.VIEW_GUIDANCE,
        "consultation_page",
        "open_consultation_page",
    ),
    # [procedures]
    DutyEntry(
        "proceduresAction",
        lambda: QCoreApplication.translate("DutyMenu", "Handling p&rocedures…"),
        Permission.VIEW_GUIDANCE,
        "procedures_page",
        "open_procedures_page",
    ),
    # [training]
    DutyEntry(
        "trainingAction",
        lambda: QCoreApplication.translate("DutyMenu", "&Training…"),
        Permission.VIEW_GUIDANCE,
        "training_page",
        "open_training_page",
    ),
    # [cooperation]
    DutyEntry(
        "cooperationAction",
        lambda: QCoreApplication.translate("DutyMenu", "C&ooperation requests…"),
        Permission.COOPERATION,
        "consultation_page",
        "open_cooperation_page",
    ),
    # [retention]
    DutyEntry(
        "retentionAction",
        lambda: QCoreApplication.translate("DutyMenu", "Retention and &erasing…"),
        Permission.RETENTION,
        "retention_page",
        "open_retention_page",
    ),
]


class DutyMenu(QObject):
    """Builds the Duty menu on ``window`` and opens each page with the session's services."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.actions: dict[str, QAction] = {}
        self.open_pages: list[QWidget] = []
        self.menu = QMenu(self.tr("&Duty"), window)
        self.menu.setObjectName("dutyMenu")
        for entry in ENTRIES:
            action = QAction(entry.text(), window)
            action.setObjectName(entry.name)
            action.triggered.connect(lambda _checked=False, e=entry: self._open(e))
            self.menu.addAction(action)
            self.actions[entry.name] = action
        bar = window.menuBar()
        actions = bar.actions()
        before = actions[-1] if actions else None  # before Help, which stays last
        if before is not None:
            bar.insertMenu(before, self.menu)
        else:
            bar.addMenu(self.menu)
        self.menu.menuAction().setVisible(bool(ENTRIES))
        session.locked.connect(self._on_lock)
        session.unlocked.connect(self._on_unlock)
        if session.services is not None:
            self._on_unlock(session.services)

    def _open(self, entry: DutyEntry) -> None:
        services = self.session.services
        if services is None:
            return
        try:
            page = entry.open(self.window, services)
        except Exception as exc:  # said to the user; the window stays usable
            show_error(self.window, exc)
            return
        self.open_pages = [p for p in self.open_pages if _alive(p)] + [page]

    @Slot()
    def _on_lock(self) -> None:
        for action in self.actions.values():
            action.setEnabled(False)
        for page in self.open_pages:
            if _alive(page):
                page.close()
        self.open_pages = []

    @Slot(object)
    def _on_unlock(self, services: Services) -> None:
        access = services.access
        for entry in ENTRIES:
            action = self.actions[entry.name]
            allowed = access.can(entry.permission)
            action.setVisible(allowed)
            action.setEnabled(allowed)
        self.menu.menuAction().setVisible(any(a.isVisible() for a in self.actions.values()))


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted on the C++ side (closed with WA_DeleteOnClose)
        return False
    return True
