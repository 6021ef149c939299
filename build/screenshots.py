"""Save screenshots of the main screens on a throwaway demo vault.

    xvfb-run -a .venv/bin/python build/screenshots.py OUTDIR [--lang ja|en|nb]

Run on a real (virtual) X screen: QT_QPA_PLATFORM=xcb is used when DISPLAY is set. Nothing of a
real vault is touched: everything happens in a temporary folder that is removed at the end.
Screens whose code is not there (editor, evidence) are skipped with a note.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from kasuhara_desktop.app import build_services
from kasuhara_desktop.services.demo import DEMO_PASSPHRASE, create_demo_vault, demo_owner
from kasuhara_desktop.ui import tasks
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.dialogs.settings_dialog import SettingsDialog
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.i18n import apply_fonts, install_translators
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.session import Session, UnlockRequest, unlock_vault
from kasuhara_desktop.ui.setup.draft import SetupDraft
from kasuhara_desktop.ui.setup.wizard import SetupWizard
from kasuhara_desktop.vault import kdf
from kasuhara_desktop.vault import vault as vault_module


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check: Callable[[], bool], timeout_ms: int = 20_000) -> bool:
    waited = 0
    while not check() and waited < timeout_ms:
        settle(100)
        waited += 100
    return check()


class Shooter:
    def __init__(self, out: Path, lang: str) -> None:
        self.out = out
        self.lang = lang
        self.saved: list[Path] = []

    def shot(self, widget: QWidget, name: str) -> None:
        widget.raise_()
        widget.activateWindow()
        settle(400)
        path = self.out / f"{self.lang}-{name}.png"
        widget.window().grab().save(str(path))
        self.saved.append(path)
        print(f"saved {path}")


def setup_wizard(shooter: Shooter, work: Path) -> None:
    fast = kdf.FAST_PARAMS.with_new_salt
    kdf.calibrate = lambda *a, **k: fast()  # type: ignore[assignment]  # screenshots only
    vault_module.calibrate = lambda *a, **k: fast()  # type: ignore[assignment]
    draft = SetupDraft(language=shooter.lang, folder=work / "new-vault")
    wizard = SetupWizard(draft, switch_language=lambda _code: None)
    wizard.resize(760, 600)
    wizard.show()
    shooter.shot(wizard, "setup-1-language")
    wizard.next()
    wizard.shop_page.edits["shop_name"].setText("さくらマート 中野店")
    wizard.shop_page.edits["company"].setText("株式会社さくら商事")
    wizard.shop_page.edits["address"].setText("東京都中野区中野5-1-1")
    wizard.shop_page.edits["phone"].setText("03-1234-5678")
    shooter.shot(wizard, "setup-2-shop")
    wizard.next()
    from kasuhara_desktop.domain.enums import TradeType

    wizard.region_page.trade.set_trade(TradeType.INN)
    shooter.shot(wizard, "setup-3-region")
    wizard.region_page.trade.set_trade(TradeType.CONVENIENCE_STORE)
    wizard.next()
    page = wizard.owner_page
    page.owner.setText("店長 鈴木")
    page.passphrase.setText("sakura tsubame 2026 kaminari")
    page.confirm.setText("sakura tsubame 2026 kaminari")
    shooter.shot(wizard, "setup-4-owner")
    wizard.next()
    wait_until(lambda: wizard.currentPage() is wizard.recovery_page)
    wait_until(lambda: wizard.recovery_page.preview.page_count() > 0, 10_000)
    settle(800)
    shooter.shot(wizard, "setup-5-recovery-sheet")
    wizard.recovery_page.confirm.setChecked(True)
    wizard.accept()
    if wizard.vault is not None:
        wizard.vault.close()
    wizard.button(QWizard.WizardButton.FinishButton)
    wizard.deleteLater()


def demo_screens(shooter: Shooter, work: Path) -> None:
    folder = work / "demo-vault"
    create_demo_vault(folder, shooter.lang)  # demo data in the screenshots' language
    dialog = UnlockDialog(folder)
    dialog.panel.set_demo_hint(demo_owner(shooter.lang), DEMO_PASSPHRASE)
    dialog.panel.choose_button.hide()
    dialog.new_button.hide()
    dialog.show()
    shooter.shot(dialog, "unlock")
    dialog.panel.passphrase.setText("wrong passphrase")
    dialog.panel.submit()
    wait_until(lambda: bool(dialog.panel.error.text()))
    shooter.shot(dialog, "unlock-wrong-passphrase")
    dialog.close()

    vault = unlock_vault(UnlockRequest(folder, demo_owner(shooter.lang), DEMO_PASSPHRASE))
    session = Session(vault, build_services)
    window = MainWindow(session, AppSettings())
    window.resize(1280, 760)
    window.home_tabs.show_home()
    window.show()
    home = window.home_tabs.home
    wait_until(lambda: home.figures is not None and not home.busy)
    settle(500)
    shooter.shot(window, "home")
    window.home_tabs.show_incidents()  # the list is the second tab (Ctrl+2)
    settle(500)
    window.table.selectRow(0)
    shooter.shot(window, "main-list")
    window.filter_bar.search.setText("返金")
    settle(800)
    shooter.shot(window, "main-search")
    window.filter_bar.clear()
    settle(300)
    window.table.selectRow(0)
    window.browser.side_tabs.setCurrentWidget(window.evidence_pane)
    settle(500)
    shooter.shot(window, "main-evidence")
    window.browser.side_tabs.setCurrentIndex(0)
    editor = window.open_incident(window.selected_reference())
    if editor is not None:
        editor.resize(1000, 720)
        settle(500)
        shooter.shot(editor, "editor")
        editor.hide()
    else:
        print("skipped: incident editor (not available)")
    services = window.session.services
    keys = services.keys if services is not None else None
    settings = SettingsDialog(window.settings, window.service, window, keys=keys)
    settings.show()
    wait_until(lambda: "…" not in settings.font_status.text(), 10_000)
    shooter.shot(settings, "settings")
    settings.reject()
    duty_and_users_screens(shooter, window)
    window.lock()
    settle(300)
    shooter.shot(window, "locked")
    window.session.lock()
    window.close()


def duty_and_users_screens(shooter: Shooter, window: MainWindow) -> None:
    """Each page of the Duty menu and the users page, as the demo's owner sees them."""
    for name, action in window.duty_menu.actions.items():
        if not action.isVisible():
            continue
        action.trigger()
        settle(800)
        pages = window.duty_menu.open_pages
        if pages:
            pages[-1].resize(1000, 720)
            settle(300)
            shooter.shot(pages[-1], "duty-" + name.removesuffix("Action"))
            pages[-1].close()
    users = window.findChild(QAction, "usersAction")
    if users is not None and users.isVisible():
        users.trigger()
        settle(800)
        dialog = window.findChild(QWidget, "usersDialog")
        if dialog is not None:
            shooter.shot(dialog, "users")
            dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="", choices=("", "ja", "en", "nb"))
    args = parser.parse_args()
    lang = args.lang or ("ja" if os.environ.get("LANG", "").startswith("ja") else "en")
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("KasuharaScreenshots")
    QCoreApplication.setApplicationName("Kasuhara Desktop Screenshots")
    install_translators(lang)
    apply_fonts(lang)
    shooter = Shooter(args.out, lang)
    work = Path(tempfile.mkdtemp(prefix="kasuhara-shots-"))
    try:
        setup_wizard(shooter, work)
        demo_screens(shooter, work)
    finally:
        tasks.shutdown()
        shutil.rmtree(work, ignore_errors=True)
        AppSettings().sync()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.processEvents()
    print(f"{len(shooter.saved)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
