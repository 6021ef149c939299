"""What a user sees go wrong on a page: two controls with the same Alt-key, a cut text.

``mnemonic_clashes(window)`` collects the mnemonic (the letter after ``&``, as in ``&Next`` or
Japanese ``次へ(&N)``) of every control the user can see on ``window`` right now: labels with a
buddy, buttons (push, tool, check, radio; the wizard's Next/Back), group boxes, tab titles, the
menu bar's titles and the tool bar's buttons. Two visible controls with one letter are a clash:
Alt+letter then goes to one of them, or cycles, and the other cannot be reached.

``clipped_texts(view)`` lists the headings and cells of a table view that are narrower than the
text they show (Qt would paint them with "…"), measured two ways: the view's delegate size hint
and the font's advance of the text plus the item margins the style adds.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from pathlib import Path

from e2e_support import LANGS, child, type_text, wait_window  # noqa: F401 (re-exported)
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QStyle,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.element_answers import ElementAnswer
from kasuhara_desktop.domain.enums import (
    ActionKind,
    Behaviour,
    Channel,
    CostKind,
    ParticipantRole,
    TimelineKind,
)
from kasuhara_desktop.domain.models import (
    Action,
    CostEntry,
    Incident,
    Participant,
    Person,
    Quote,
    ShopProfile,
    StaffMember,
    TimelineEntry,
)
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault


def mnemonic(text: str) -> str:
    """The mnemonic letter of ``text`` (upper case), or "" (``&&`` is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].upper()
            i += 1
        i += 1
    return ""


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.window().isVisible()


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter → the visible controls on ``window`` that use it (described for a failure)."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            found[letter].append(f"{what} {text!r}")

    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not _shown(widget):
            continue  # a separate window (a dialog) is a page of its own
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), f"label {name}")
        elif isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            if isinstance(widget.parent(), QToolBar):
                add(widget.defaultAction().text(), f"tool bar {name}")
            else:
                add(widget.text(), f"button {name}")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), f"button {name}")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), f"group {name}")
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab) and widget.isTabEnabled(tab):
                    add(widget.tabText(tab), f"tab of {name}")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return dict(found)


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """The letters that two or more visible controls of ``window`` share."""
    return {k: v for k, v in visible_mnemonics(window).items() if len(v) > 1}


def menu_clashes(bar: QMenuBar) -> dict[str, list[str]]:
    """Within each menu of ``bar`` (an open menu is a page of its own), the shared letters."""
    found: dict[str, list[str]] = {}
    for title in bar.actions():
        menu = title.menu()
        if menu is None:
            continue
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible() and not action.isSeparator():
                letters[letter].append(repr(action.text()))
        for letter, texts in letters.items():
            if len(texts) > 1:
                found[f"{title.text()!r} {letter}"] = texts
    return found


# ---------------------------------------------------------------- cut texts


def _text_need(view: QWidget, text: str, font_widget: QWidget) -> int:
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    widest = max((font_widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n")),
                 default=0)  # fmt: skip
    return widest + 2 * margin


def clipped_texts(
    view: QTableView, *, skip_cells_of: tuple[int, ...] = (), rows: int = 50
) -> list[str]:
    """Headings and cells of ``view`` narrower than their text (``skip_cells_of``: columns whose
    cells may be cut by design, the long free text; their headings are still checked)."""
    model = view.model()
    header = view.horizontalHeader()
    grid = 1 if view.showGrid() else 0
    cut: list[str] = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if width < header.sectionSizeHint(column):
            cut.append(f"heading {title!r}: {width} < {header.sectionSizeHint(column)}")
        if column in skip_cells_of:
            continue
        for row in range(min(rows, model.rowCount())):
            index = model.index(row, column, QModelIndex())
            text = str(index.data() or "")
            if not text:
                continue
            need = max(view.sizeHintForIndex(index).width(), _text_need(view, text, view)) + grid
            if width < need:
                cut.append(f"cell {title!r} row {row} {text!r}: {width} < {need}")
    return cut


def use_qm_dir(monkeypatch: object) -> None:
    """``KASUHARA_QM_DIR``: load the translations from there (to check them before a merge)."""
    import os

    from kasuhara_desktop.ui import i18n

    folder = os.environ.get("KASUHARA_QM_DIR")
    if folder:
        monkeypatch.setattr(i18n, "qm_dir", lambda: Path(folder))  # type: ignore[attr-defined]


def settle() -> None:
    """Let queued layout and sizing run (they are posted to the event loop)."""
    for _ in range(3):
        QApplication.processEvents()


# ---------------------------------------------------------------- a typical logbook

OWNER = "店長 山田"
PASSPHRASE = "long enough passphrase for tests 馬"
AT = datetime.fromisoformat("2026-11-03T14:05:00+09:00")
SUMMARY_TEXT = (
    "レジで返品を断ったところ、大声で怒鳴り続け、店長を呼べと要求した。"
    "三十分以上にわたり同じ要求を繰り返し、他のお客様が店を出て行った。"
)


def typical_incident() -> Incident:
    return Incident(
        occurred_at=AT,
        summary=SUMMARY_TEXT,
        channel=Channel.IN_PERSON,
        location="レジ前",
        demand="全額返金と土下座",
        behaviours=[Behaviour.THREATS_ABUSE, Behaviour.GROUNDLESS_REFUND],
        quotes=[
            Quote(speaker="客", words="馬鹿野郎、店長を出せ", said_at=AT, repeat_count=3),
            Quote(speaker="客", words="ネットに書いてやる", said_at=AT, repeat_count=1),
        ],
        timeline=[
            TimelineEntry(at=AT, kind=TimelineKind.STOP_REQUEST, description="1回目", by="店長"),
            TimelineEntry(at=AT, kind=TimelineKind.NOTE, description="警察に相談", by="店長"),
        ],
        participants=[
            Participant(
                role=ParticipantRole.CUSTOMER, person=Person(label="客A", description="黒い服")
            ),
            Participant(role=ParticipantRole.TARGET, staff=StaffMember(name="佐藤")),
        ],
        actions=[
            Action(
                kind=ActionKind.POLICE_REPORT,
                description="最寄りの交番に相談",
                at=AT,
                by="店長",
                due=AT.date(),
                done=True,
            )
        ],
        costs=[CostEntry(kind=CostKind.ON_SITE, minutes=45, amount_yen=3000, note="対応")],
    )


def make_logbook(tmp_path: Path, *, empty: bool = False) -> Path:
    """A logbook with one typical incident and one no-entry notice issued for it (or, with
    ``empty``, a new logbook with nothing in it)."""
    folder = tmp_path / "logbook"
    vault, _key = Vault.create(
        folder, ShopProfile(name="テスト商店"), OWNER, PASSPHRASE, kdf=FAST_PARAMS
    )
    if empty:
        vault.close()
        return folder
    try:
        notices = NoticeService(vault)
        inc = typical_incident()
        a = inc.assessment
        a.facts_confirmed_by = a.judged_by = "店長"
        a.shop_fault, a.demand_related = Answer.NO, Answer.YES
        a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
        inc.offence_answers["accommodation_related"] = ElementAnswer(False, by="店長")
        reference = notices.incidents.add(inc).reference
        notices.issue_json(reference, {"addressee": {"name": "山田 太郎", "phone": "090-1234"}})
    finally:
        vault.close()
    return folder


def open_logbook(qtbot, start_app, folder: Path, lang: str) -> MainWindow:
    """Start the program on ``folder`` in ``lang`` and unlock it as the owner."""
    start_app(folder, lang=lang)
    dialog = wait_window(qtbot, UnlockDialog)
    type_text(child(dialog, QLineEdit, "passphraseEdit"), PASSPHRASE)
    qtbot.mouseClick(child(dialog, QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    window = wait_window(qtbot, MainWindow, timeout=20_000)
    window.home_tabs.show_incidents()  # the list, as Ctrl+2 does (Home is the first tab)
    qtbot.waitExposed(window)
    settle()
    return window
