from __future__ import annotations

from pathlib import Path

import pytest
from helpers import OWNER, PASSPHRASE, make_vault

from kasuhara_desktop.domain.recovery_key import format_recovery_key
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.session import UnlockRequest, unlock_vault
from kasuhara_desktop.ui.widgets.unlock_panel import UnlockPanel


@pytest.fixture
def closed_vault(tmp_path: Path) -> tuple[Path, bytes]:
    folder = tmp_path / "vault"
    vault, key = make_vault(folder)
    vault.close()
    return folder, key


def test_wrong_passphrase_is_said_inline_and_retry_works(qtbot, closed_vault) -> None:
    folder, _ = closed_vault
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.open()
    panel = dialog.panel
    assert panel.user.currentText() == OWNER
    panel.passphrase.setText("wrong passphrase")
    panel.unlock_button.click()
    qtbot.waitUntil(lambda: panel.error.isVisibleTo(panel), timeout=10_000)
    assert "passphrase" in panel.error.text()
    assert dialog.isVisible() and dialog.vault is None
    assert panel.unlock_button.isEnabled()

    panel.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        panel.unlock_button.click()
    assert dialog.vault is not None and dialog.vault.user == OWNER
    dialog.vault.close()
    assert panel.passphrase.text() == ""


def test_recovery_key_sets_a_new_passphrase(qtbot, closed_vault) -> None:
    folder, key = closed_vault
    panel = UnlockPanel(folder)
    qtbot.addWidget(panel)
    panel.toggle_recovery()
    assert panel.in_recovery_mode
    panel.recovery_key.setPlainText(format_recovery_key(key).lower())
    panel.new_passphrase.setText("a new long passphrase 2026")
    panel.confirm_passphrase.setText("a new long passphrase 2026")
    with qtbot.waitSignal(panel.unlocked, timeout=10_000) as blocker:
        panel.submit()
    vault = blocker.args[0]
    assert vault.user == OWNER
    vault.close()
    unlock_vault(UnlockRequest(folder, OWNER, "a new long passphrase 2026")).close()


def test_recovery_mode_checks_input_before_unlocking(qtbot, closed_vault) -> None:
    folder, _ = closed_vault
    panel = UnlockPanel(folder)
    qtbot.addWidget(panel)
    panel.toggle_recovery()
    panel.recovery_key.setPlainText("0" * 64)
    panel.new_passphrase.setText("short")
    assert panel.build_request() is None
    assert panel.error.text()
    panel.new_passphrase.setText("a new long passphrase 2026")
    panel.confirm_passphrase.setText("different passphrase 2026!")
    assert panel.build_request() is None


def test_wrong_recovery_key(qtbot, closed_vault) -> None:
    folder, _ = closed_vault
    panel = UnlockPanel(folder)
    qtbot.addWidget(panel)
    panel.toggle_recovery()
    panel.recovery_key.setPlainText("ab" * 32)
    panel.new_passphrase.setText("a new long passphrase 2026")
    panel.confirm_passphrase.setText("a new long passphrase 2026")
    panel.submit()
    qtbot.waitUntil(lambda: bool(panel.error.text()), timeout=10_000)
    assert "recovery key" in panel.error.text()


def test_missing_folder_is_explained(qtbot, tmp_path: Path) -> None:
    panel = UnlockPanel(tmp_path / "usb-stick-gone")
    qtbot.addWidget(panel)
    assert panel.error.text()
    assert not panel.unlock_button.isEnabled()


def test_vault_in_use_is_explained(qtbot, closed_vault) -> None:
    folder, _ = closed_vault
    holder = unlock_vault(UnlockRequest(folder, OWNER, PASSPHRASE))
    try:
        panel = UnlockPanel(folder)
        qtbot.addWidget(panel)
        panel.passphrase.setText(PASSPHRASE)
        panel.submit()
        qtbot.waitUntil(lambda: bool(panel.error.text()), timeout=10_000)
        assert panel.unlock_button.isEnabled()
    finally:
        holder.close()


def test_bug_in_unlock_shows_generic_message(qtbot, tmp_path: Path) -> None:
    def broken(_request: UnlockRequest) -> object:
        raise RuntimeError("incident text must not leak")

    panel = UnlockPanel(tmp_path, unlock_fn=broken, users_fn=lambda _f: ["a"])
    qtbot.addWidget(panel)
    panel.passphrase.setText("x")
    panel.submit()
    qtbot.waitUntil(lambda: bool(panel.error.text()), timeout=5000)
    assert "leak" not in panel.error.text()


def test_demo_hint(qtbot, tmp_path: Path) -> None:
    panel = UnlockPanel(tmp_path, users_fn=lambda _f: ["a", "店長 鈴木"])
    qtbot.addWidget(panel)
    panel.set_demo_hint("店長 鈴木", "demo-パスワード")
    assert "demo-パスワード" in panel.demo_label.text()
    assert panel.user.currentText() == "店長 鈴木"
    panel.demo_fill.click()
    assert panel.passphrase.text() == "demo-パスワード"
