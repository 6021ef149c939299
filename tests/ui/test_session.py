"""The session builds the services once per unlock and announces them; windows subscribe."""

from __future__ import annotations

from pathlib import Path

from helpers import PASSPHRASE
from PySide6.QtWidgets import QDialog

from kasuhara_desktop.services.registry import Services, open_services
from kasuhara_desktop.ui.session import Session
from kasuhara_desktop.vault.vault import Vault


class Counting:
    def __init__(self) -> None:
        self.built: list[Services] = []

    def __call__(self, vault: Vault) -> Services:
        services = open_services(vault)
        self.built.append(services)
        return services


class Window(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[object] = []

    def stash_for_lock(self) -> None:
        self.got.append("locked")

    def restore_after_unlock(self, services: Services) -> None:
        self.got.append(services)


def test_one_services_object_per_unlock_reaches_every_follower(
    qtbot, vault_dir: Path, vault: Vault
) -> None:
    factory = Counting()
    session = Session(vault, factory)
    assert session.services is factory.built[0] and session.service is factory.built[0].incidents
    window = Window()
    qtbot.addWidget(window)
    session.follow(window)
    assert session.is_following(window) and not session.is_following(QDialog())

    session.lock()
    assert session.services is None and session.is_locked and not vault.is_open
    with qtbot.waitSignal(session.unlocked) as unlocked:
        session.adopt(Vault.open(vault_dir, passphrase=PASSPHRASE))
    assert len(factory.built) == 2
    assert unlocked.args == [factory.built[1]] and session.services is factory.built[1]
    assert window.got == ["locked", factory.built[1]]
    session.lock()


def test_a_destroyed_window_leaves_the_session(qtbot, vault: Vault) -> None:
    session = Session(vault, open_services)
    window, kept = Window(), Window()
    qtbot.addWidget(kept)
    session.follow(window)
    session.follow(kept)
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    window.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)
    assert len(session._kept) == 1 and session.is_following(kept)
    session.lock()
    assert kept.got == ["locked"]  # the destroyed one was not called
