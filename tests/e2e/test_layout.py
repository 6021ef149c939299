"""What the screen shows at the default window size, in each language: no cut headings or cells
in the incident list, the editor's tables and the ban register; the ban register's search
narrows the list to the matches; and no two visible controls on a page share an Alt-key.

The program is started on a logbook made here holding one typical record (a reference, a time,
a long-ish summary, quotes, a timeline, people) and one no-entry notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_checks import (
    LANGS,
    child,
    clipped_texts,
    make_logbook,
    mnemonic_clashes,
    open_logbook,
    settle,
    type_text,
    use_qm_dir,
    wait_window,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
    QWizard,
)

from kasuhara_desktop.ui.editor.incident_editor import IncidentEditor
from kasuhara_desktop.ui.models.incident_table import SUMMARY
from kasuhara_desktop.ui.notices.ban_register import BanRegisterDialog
from kasuhara_desktop.ui.notices.register_model import ADDRESSEE, NUMBER_ROLE


@pytest.fixture(autouse=True)
def translations(monkeypatch: pytest.MonkeyPatch) -> None:
    use_qm_dir(monkeypatch)


@pytest.fixture
def logbook(tmp_path: Path) -> Path:
    return make_logbook(tmp_path)


def no_clash(window: QWidget, page: str) -> None:
    settle()
    clashes = mnemonic_clashes(window)
    assert not clashes, f"{page}: controls sharing an Alt-key: {clashes}"


@pytest.mark.parametrize("lang", LANGS)
def test_main_list_shows_every_heading_and_cell(qtbot, start_app, logbook: Path, lang: str):
    window = open_logbook(qtbot, start_app, logbook, lang)
    table = child(window, QTableView, "incidentTable")
    assert table.model().rowCount() == 1
    assert not clipped_texts(table, skip_cells_of=(SUMMARY,)), clipped_texts(table)
    no_clash(window, "main window")


@pytest.mark.parametrize("lang", LANGS)
def test_editor_tables_show_every_heading_and_cell(qtbot, start_app, logbook: Path, lang: str):
    window = open_logbook(qtbot, start_app, logbook, lang)
    table = child(window, QTableView, "incidentTable")
    cell = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = wait_window(qtbot, IncidentEditor)
    qtbot.waitExposed(editor)
    tabs = child(editor, QTabWidget, "editor_tabs")
    for number in range(tabs.count()):
        tabs.setCurrentIndex(number)
        settle()
        page = tabs.widget(number)
        for view in page.findChildren(QTableView):
            if not view.isVisible():
                continue
            model = view.model()
            long_text = tuple(
                c for c, col in enumerate(getattr(model, "columns", ())) if col.kind.name == "LONG"
            )
            cut = clipped_texts(view, skip_cells_of=long_text)
            assert not cut, f"{view.objectName()}: {cut}"
        no_clash(editor, f"editor tab {number}")


@pytest.mark.parametrize("lang", LANGS)
def test_ban_register_columns_and_search(qtbot, start_app, logbook: Path, lang: str):
    window = open_logbook(qtbot, start_app, logbook, lang)
    window.case_menus.bans.trigger()
    register = wait_window(qtbot, BanRegisterDialog)
    table = child(register, QTableView, "noticeTable")
    assert table.model().rowCount() == 1
    assert not clipped_texts(table, skip_cells_of=(ADDRESSEE,)), clipped_texts(table)
    no_clash(register, "ban register")

    lookup = child(register, QLineEdit, "banLookupEdit")
    type_text(lookup, "鈴木")  # nobody of that name is banned
    qtbot.keyClick(lookup, Qt.Key.Key_Return)
    assert table.model().rowCount() == 0
    assert child(register, QWidget, "noticesEmpty").isVisible()
    assert register.selected() is None
    lookup.clear()
    type_text(lookup, "山田")
    qtbot.keyClick(lookup, Qt.Key.Key_Return)
    model = table.model()
    assert [model.index(r, 0).data(NUMBER_ROLE) for r in range(model.rowCount())] == ["N-2026-0001"]
    assert register.selected() is not None
    assert not child(register, QWidget, "noticesEmpty").isVisible()
    type_text(lookup, "鈴木")
    qtbot.keyClick(lookup, Qt.Key.Key_Return)
    qtbot.mouseClick(child(register, QPushButton, "noticesEmptyButton"), Qt.MouseButton.LeftButton)
    assert lookup.text() == "" and model.rowCount() == 1
    status = child(register, QComboBox, "statusFilter")
    assert status.currentIndex() == 0
    QApplication.processEvents()


@pytest.mark.parametrize("lang", LANGS)
def test_empty_list_says_why_and_offers_the_way_out(qtbot, start_app, tmp_path: Path, lang: str):
    """A new logbook: the list says there is nothing yet and its button starts recording. A
    filter that matches nothing: the list says so and its button clears the filter."""
    window = open_logbook(qtbot, start_app, make_logbook(tmp_path, empty=True), lang)
    empty = child(window, QWidget, "incidentsEmpty")
    assert empty.isVisible()
    message = child(empty, QLabel, "incidentsEmptyMessage").text()
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    qtbot.mouseClick(child(empty, QPushButton, "incidentsEmptyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QWizard) and w.isVisible() and id(w) not in before
            for w in QApplication.topLevelWidgets()
        )
    )
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QWizard) and widget.isVisible():
            widget.hide()

    type_text(child(window, QLineEdit, "searchEdit"), "存在しない言葉")
    qtbot.waitUntil(lambda: child(empty, QLabel, "incidentsEmptyMessage").text() != message)
    assert empty.isVisible()
    qtbot.mouseClick(child(empty, QPushButton, "incidentsEmptyButton"), Qt.MouseButton.LeftButton)
    assert child(window, QLineEdit, "searchEdit").text() == ""
    qtbot.waitUntil(lambda: child(empty, QLabel, "incidentsEmptyMessage").text() == message)


@pytest.mark.parametrize("lang", LANGS)
def test_list_with_rows_has_no_empty_message(qtbot, start_app, logbook: Path, lang: str):
    window = open_logbook(qtbot, start_app, logbook, lang)
    assert not child(window, QWidget, "incidentsEmpty").isVisible()
    type_text(child(window, QLineEdit, "searchEdit"), "存在しない言葉")
    qtbot.waitUntil(lambda: child(window, QWidget, "incidentsEmpty").isVisible())
    assert child(window, QTableView, "incidentTable").model().rowCount() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_guide_tables_show_every_heading_and_cell(qtbot, start_app, logbook: Path, lang: str):
    """The guided response's steps hold list tables too (quotes, statements, actions with their
    "Done" column): none is cut on any step."""
    window = open_logbook(qtbot, start_app, logbook, lang)
    table = child(window, QTableView, "incidentTable")
    cell = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    window.case_menus.guided.trigger()
    guide = wait_window(qtbot, QWizard)
    qtbot.waitExposed(guide)
    seen: set[int] = set()
    checked = 0
    while guide.currentId() not in seen:
        seen.add(guide.currentId())
        settle()
        for view in guide.currentPage().findChildren(QTableView):
            if view.isVisible():
                long_text = tuple(
                    c
                    for c, col in enumerate(getattr(view.model(), "columns", ()))
                    if col.kind.name == "LONG"
                )
                cut = clipped_texts(view, skip_cells_of=long_text)
                assert not cut, f"{guide.currentPage().title()}: {view.objectName()}: {cut}"
                checked += 1
        guide.button(QWizard.WizardButton.NextButton).click()
    assert checked >= 2 and len(seen) == 7
