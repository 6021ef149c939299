"""The two forms of the unlock panel: the passphrase, or the recovery key and a new passphrase.

Only one is shown at a time, and the hidden one takes no room (the lock page is short). Texts
keep the unlock panel's translation context, where they always were.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from .strength_meter import StrengthMeter

PASSPHRASE_PAGE, RECOVERY_PAGE = 0, 1


def _password_edit(name: str, accessible: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class UnlockPages(QWidget):
    """The passphrase page and the recovery page; unlike QStackedWidget, the hidden one takes
    no room. The fields are attributes (the panel reads and clears them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPages")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = PASSPHRASE_PAGE

        self.passphrase = _password_edit(
            "passphraseEdit", QCoreApplication.translate("UnlockPanel", "Passphrase"), self
        )
        self.recovery_key = QPlainTextEdit(self)
        self.recovery_key.setObjectName("recoveryKeyEdit")
        self.recovery_key.setAccessibleName(
            QCoreApplication.translate("UnlockPanel", "Recovery key")
        )
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-…")
        self.recovery_key.setTabChangesFocus(True)
        self.recovery_key.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.new_passphrase = _password_edit(
            "newPassphraseEdit", QCoreApplication.translate("UnlockPanel", "New passphrase"), self
        )
        self.confirm_passphrase = _password_edit(
            "confirmPassphraseEdit",
            QCoreApplication.translate("UnlockPanel", "Repeat the new passphrase"),
            self,
        )
        self.meter = StrengthMeter(self)
        self.new_passphrase.textChanged.connect(self.meter.update_for)

        normal = QWidget()
        form = QFormLayout(normal)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("UnlockPanel", "Passphrase:"), self.passphrase)
        self._add_page(normal)
        recovery = QWidget()
        rform = QFormLayout(recovery)
        rform.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            QCoreApplication.translate(
                "UnlockPanel",
                "Type the 64 characters from the recovery sheet (spaces and dashes do not "
                "matter), then choose a new passphrase for the user above.",
            ),
            recovery,
        )
        hint.setWordWrap(True)
        rform.addRow(hint)
        rform.addRow(QCoreApplication.translate("UnlockPanel", "Recovery key:"), self.recovery_key)
        rform.addRow(
            QCoreApplication.translate("UnlockPanel", "New passphrase:"), self.new_passphrase
        )
        rform.addRow("", self.meter)
        rform.addRow(
            QCoreApplication.translate("UnlockPanel", "Repeat it:"), self.confirm_passphrase
        )
        self._add_page(recovery)

    def _add_page(self, page: QWidget) -> None:
        page.setParent(self)
        self._layout.addWidget(page)
        self._pages.append(page)
        page.setVisible(len(self._pages) - 1 == self._current)

    def clear(self) -> None:
        """Forget everything typed on both pages."""
        for edit in (self.passphrase, self.new_passphrase, self.confirm_passphrase):
            edit.clear()
        self.recovery_key.clear()

    def currentIndex(self) -> int:
        return self._current

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
