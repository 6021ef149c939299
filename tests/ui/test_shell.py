"""The start-up decisions and the composition root's arguments (no event loop, no full boot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_vault
from PySide6.QtCore import QCoreApplication

from kasuhara_desktop.app import parse_args
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.i18n import choose_language, install_translators, qm_dir
from kasuhara_desktop.ui.labels import label
from kasuhara_desktop.ui.setup.wizard import SetupWizard
from kasuhara_desktop.ui.shell import AppShell, DemoHint


def make_shell(demo: DemoHint | None = None) -> AppShell:
    return AppShell(AppSettings(), lambda v: v, "en", demo)


def close_dialog(qtbot, shell: AppShell) -> None:
    assert shell.dialog is not None
    qtbot.addWidget(shell.dialog)


def test_args() -> None:
    args = parse_args(["--vault", "/x", "--lang", "nb", "--demo"])
    assert args.vault == Path("/x") and args.lang == "nb" and args.demo
    with pytest.raises(SystemExit):
        parse_args(["--lang", "de"])


def test_first_run_shows_setup(qtbot) -> None:
    shell = make_shell()
    shell.start(None)
    close_dialog(qtbot, shell)
    assert isinstance(shell.dialog, SetupWizard)


def test_last_vault_is_remembered_and_offered(qtbot, tmp_path: Path) -> None:
    AppSettings().last_vault = tmp_path / "gone-usb"
    shell = make_shell()
    shell.start(None)
    close_dialog(qtbot, shell)
    assert isinstance(shell.dialog, UnlockDialog)
    assert shell.dialog.panel.error.text()  # the missing folder is explained


def test_vault_option_opens_that_vault(qtbot, tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    vault.close()
    shell = make_shell(DemoHint("店長 山田", "pw"))
    shell.start(tmp_path / "v")
    close_dialog(qtbot, shell)
    assert isinstance(shell.dialog, UnlockDialog)
    assert not shell.dialog.new_button.isVisibleTo(shell.dialog)


def test_vault_option_on_empty_folder_starts_setup_there(qtbot, tmp_path: Path) -> None:
    shell = make_shell()
    shell.start(tmp_path / "new")
    close_dialog(qtbot, shell)
    assert isinstance(shell.dialog, SetupWizard)
    assert shell.dialog.draft.folder == tmp_path / "new"


def test_language_choice() -> None:
    assert choose_language("nb", "ja") == "nb"
    assert choose_language(None, "ja") == "ja"
    assert choose_language(None, "") in ("ja", "en", "nb")


def test_japanese_translation_applies_when_compiled() -> None:
    from kasuhara_desktop.domain.enums import IncidentStatus

    if not (qm_dir() / "kasuhara_ja.qm").exists():
        pytest.skip("translations not compiled (build/setup.sh runs pyside6-lrelease)")
    try:
        assert install_translators("ja")
        assert label(IncidentStatus.DRAFT) == "下書き"
        assert QCoreApplication.translate("Vocabulary", "Draft", "status.draft") == "下書き"
    finally:
        install_translators("en")
    assert label(IncidentStatus.DRAFT) == "Draft"


def test_wizard_opens_an_existing_logbook_on_the_unlock_screen(qtbot, tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    vault.close()
    shell = make_shell()
    quits: list[int] = []
    shell._quit = lambda: quits.append(1)  # type: ignore[method-assign]
    shell.show_setup(tmp_path / "v")
    wizard = shell.dialog
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    wizard.draft.language = "nb"
    wizard.open_existing.emit(tmp_path / "v")
    close_dialog(qtbot, shell)
    assert isinstance(shell.dialog, UnlockDialog) and shell.dialog.isVisible()
    assert not wizard.isVisible()
    assert shell.dialog.panel.user.count() >= 1  # the header of that folder was read
    assert AppSettings().language == "nb"
    assert not quits  # closing the wizard this way does not end the program
