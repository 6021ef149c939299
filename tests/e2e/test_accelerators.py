"""No two controls visible on one page share an Alt-key, in Japanese, English and Norwegian.

The program is walked as a user walks it: the setup wizard page by page, then the main window,
every tab of the incident editor, every step of the guided response, the settings, the no-entry
notice, the ban register and phone mode. The translations are the compiled ``.qm`` files the
program ships (``resources/i18n``); ``KASUHARA_QM_DIR`` points the test at another folder, for
checking translations before they are merged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_checks import (
    LANGS,
    PASSPHRASE,
    child,
    make_logbook,
    menu_clashes,
    mnemonic_clashes,
    open_logbook,
    settle,
    type_text,
    use_qm_dir,
    wait_window,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
    QWizard,
)

from kasuhara_desktop.ui.editor.incident_editor import IncidentEditor
from kasuhara_desktop.ui.setup.wizard import SetupWizard


@pytest.fixture(autouse=True)
def translations(monkeypatch: pytest.MonkeyPatch) -> None:
    use_qm_dir(monkeypatch)


@pytest.fixture
def logbook(tmp_path: Path) -> Path:
    return make_logbook(tmp_path)


class Clashes:
    """Every clash met on the walk (all reported at once, not only the first)."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def check(self, window: QWidget, page: str) -> None:
        settle()
        for letter, controls in mnemonic_clashes(window).items():
            self.found.append(f"{page}: {letter} = {' / '.join(controls)}")


def new_dialog(qtbot, cls: type[QDialog], before: set[int]) -> QDialog:
    def shown() -> bool:
        return any(
            isinstance(w, cls) and w.isVisible() and id(w) not in before
            for w in QApplication.topLevelWidgets()
        )

    qtbot.waitUntil(shown, timeout=10_000)
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, cls) and w.isVisible() and id(w) not in before
    )


def windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


@pytest.mark.parametrize("lang", LANGS)
def test_setup_wizard_pages(qtbot, start_app, tmp_path: Path, lang: str) -> None:
    clashes = Clashes()
    start_app(None, lang=lang)
    wizard = wait_window(qtbot, SetupWizard)
    qtbot.mouseClick(child(wizard, QAbstractButton, f"language_{lang}"), Qt.MouseButton.LeftButton)
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    clashes.check(wizard, "setup: language")
    nxt.click()
    type_text(child(wizard, QLineEdit, "shop_nameEdit"), "テスト商店")
    clashes.check(wizard, "setup: shop")
    nxt.click()
    clashes.check(wizard, "setup: region")
    nxt.click()
    type_text(child(wizard, QLineEdit, "ownerEdit"), "店長")
    for name in ("passphraseEdit", "confirmEdit"):
        type_text(child(wizard, QLineEdit, name), PASSPHRASE)
    folder = child(wizard, QLineEdit, "folderEdit")
    folder.clear()
    type_text(folder, str(tmp_path / "new-logbook"))
    clashes.check(wizard, "setup: owner")
    nxt.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    clashes.check(wizard, "setup: recovery sheet")
    assert not clashes.found, "\n".join(clashes.found)


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_and_its_dialogs(qtbot, start_app, logbook: Path, lang: str) -> None:
    clashes = Clashes()
    window = open_logbook(qtbot, start_app, logbook, lang)
    clashes.check(window, "main window")
    for menu, letters in menu_clashes(window.menuBar()).items():
        clashes.found.append(f"menu {menu} = {' / '.join(letters)}")
    table = child(window, QTableView, "incidentTable")
    cell = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    before = windows()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = new_dialog(qtbot, IncidentEditor, before)
    tabs = child(editor, QTabWidget, "editor_tabs")
    for number in range(tabs.count()):
        tabs.setCurrentIndex(number)
        clashes.check(editor, f"editor tab {tabs.tabText(number)!r}")
    editor.close()

    for name, action in (
        ("guided response", window.case_menus.guided),
        ("settings", window.menu_actions.settings),
        ("no-entry notice", window.case_menus.notice),
        ("ban register", window.case_menus.bans),
        ("phone call", window.case_menus.phone),
    ):
        before = windows()
        action.trigger()
        dialog = new_dialog(qtbot, QDialog, before)
        if isinstance(dialog, QWizard):
            seen = set()
            while dialog.currentId() not in seen:
                seen.add(dialog.currentId())
                clashes.check(dialog, f"{name}: {dialog.currentPage().title()!r}")
                dialog.button(QWizard.WizardButton.NextButton).click()
                settle()
        else:
            clashes.check(dialog, name)
        dialog.hide()
    assert not clashes.found, "\n".join(clashes.found)
