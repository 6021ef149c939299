"""A vault made with the test-only fast key derivation is never silently a real one.

``KASUHARA_INSECURE_FAST_KDF=1`` makes ``init`` cheap for tests, and so makes the passphrase
cheap to brute-force. Such a slot is recognised by its costs: every unlock warns on stderr
until the passphrase is changed without the setting, which gives the slot real costs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE, make_vault, run_cli
from PySide6.QtWidgets import QLabel

from kasuhara_desktop.vault import vault as vault_module
from kasuhara_desktop.vault.header import load_header
from kasuhara_desktop.vault.kdf import FAST_PARAMS, REAL_MINIMUM, calibrate, is_test_grade
from kasuhara_desktop.vault.vault import Vault

STRONG = "sakura tsubame 2026 kaminari"
NEWER = "hotaru kaminari 1987 tsubame"
WARNING = "test key-derivation settings"


@pytest.fixture(autouse=True)
def quiet_test_grade_warning() -> None:
    """Overrides conftest's: here the warning is what is tested."""


@pytest.fixture(autouse=True)
def _cheap_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    # The least real setting, so the test stays quick while being above the test grade.
    monkeypatch.setattr(vault_module, "calibrate", lambda *a, **k: REAL_MINIMUM.with_new_salt())


def test_fast_settings_are_test_grade_and_calibrated_ones_are_not() -> None:
    assert is_test_grade(FAST_PARAMS)
    assert not is_test_grade(REAL_MINIMUM)
    assert not is_test_grade(calibrate(target_seconds=0.01))  # the least calibrate picks


def test_every_unlock_warns_until_the_passphrase_is_changed_without_the_switch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path / "v")
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("KASUHARA_PASSPHRASE", STRONG)
    code, _, err = run_cli(capsys, "--vault", folder, "init", "--shop-name", "店")
    assert code == 0 and WARNING in err and "kasuhara passphrase change" in err
    assert load_header(Path(folder)).test_grade_users == ["owner"]

    monkeypatch.delenv("KASUHARA_INSECURE_FAST_KDF")
    for command in (["incident", "list"], ["verify"], ["unlock"]):
        code, _, err = run_cli(capsys, "--vault", folder, *command)
        assert code == 0 and WARNING in err and "owner" in err, command
    restored = str(tmp_path / "restored")
    assert run_cli(capsys, "--vault", folder, "backup", str(tmp_path / "b"))[0] == 0
    code, _, err = run_cli(capsys, "restore", str(tmp_path / "b"), "--to", restored)
    assert code == 0 and WARNING in err  # the copy has the same cheap slot

    # A change made with the switch still on keeps the cheap costs, and the warning.
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", NEWER)
    assert run_cli(capsys, "--vault", folder, "passphrase", "change")[0] == 0
    assert load_header(Path(folder)).test_grade_users == ["owner"]

    monkeypatch.delenv("KASUHARA_INSECURE_FAST_KDF")
    monkeypatch.setenv("KASUHARA_PASSPHRASE", NEWER)
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", STRONG)
    assert run_cli(capsys, "--vault", folder, "passphrase", "change")[0] == 0
    assert load_header(Path(folder)).test_grade_users == []
    monkeypatch.setenv("KASUHARA_PASSPHRASE", STRONG)
    code, _, err = run_cli(capsys, "--vault", folder, "incident", "list")
    assert code == 0 and WARNING not in err


def test_a_reset_by_recovery_key_also_clears_the_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, key = make_vault(tmp_path / "v")  # FAST_PARAMS
    vault.close()
    monkeypatch.setenv("KASUHARA_RECOVERY_KEY", key.hex())
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", STRONG)
    code, _, err = run_cli(
        capsys, "--vault", str(vault.folder), "unlock", "--recovery-key",
        "--set-passphrase", vault.user,
    )  # fmt: skip
    assert code == 0 and WARNING in err
    assert load_header(vault.folder).test_grade_users == []


def test_the_gui_path_too_gives_a_test_grade_slot_real_costs(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    with vault:
        vault.set_passphrase(vault.user, NEWER)  # what the passphrase dialog ends in
    header = load_header(vault.folder)
    assert header.test_grade_users == []
    with Vault.open(vault.folder, user=vault.user, passphrase=NEWER):
        pass


def test_the_unlock_screen_warns_until_the_passphrase_is_changed(qtbot, tmp_path: Path) -> None:
    from kasuhara_desktop.ui.widgets.unlock_panel import UnlockPanel

    vault, _ = make_vault(tmp_path / "v")
    vault.close()
    panel = UnlockPanel(vault.folder)
    qtbot.addWidget(panel)
    notice = panel.findChild(QLabel, "weakKdfNotice")
    assert notice is not None and notice.isVisibleTo(panel)
    assert vault.user in notice.text() and "brute force" in notice.text()

    with Vault.open(vault.folder, user=vault.user, passphrase=PASSPHRASE) as reopened:
        reopened.set_passphrase(vault.user, NEWER)
    panel.set_folder(vault.folder)
    assert not notice.isVisibleTo(panel)
    panel.set_folder(None)
    assert not notice.isVisibleTo(panel)


def test_a_demo_logbook_shows_no_warning_even_when_locked_again(qtbot, tmp_path: Path) -> None:
    from kasuhara_desktop.ui.widgets.unlock_panel import UnlockPanel

    vault, _ = make_vault(tmp_path / "v")
    vault.close()
    panel = UnlockPanel(vault.folder)
    qtbot.addWidget(panel)
    panel.set_demo_hint(vault.user, PASSPHRASE)  # its passphrase is on screen anyway
    notice = panel.findChild(QLabel, "weakKdfNotice")
    assert notice is not None and not notice.isVisibleTo(panel)
    panel.set_folder(vault.folder)  # what the main window does when it locks
    assert not notice.isVisibleTo(panel)
