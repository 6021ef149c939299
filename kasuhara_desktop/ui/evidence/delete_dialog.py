"""Ask why a piece of evidence is deleted, and make the user confirm it is for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.evidence import EvidenceItem
from .texts import fill

MAX_REASON = 2000


class DeleteEvidenceDialog(QDialog):
    """Delete stays disabled until a reason is written and the box is ticked.

    ``reason()`` is the text to pass to ``EvidenceService.delete``.
    """

    def __init__(self, item: EvidenceItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteEvidenceDialog")
        self.setWindowTitle(self.tr("Delete evidence"))
        self.setAccessibleName(self.tr("Delete evidence"))
        self.item = item
        name = QLabel(item.original_name, self)
        name.setObjectName("deleteName")
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        explain = QLabel(
            self.tr(
                "The file's content is erased for good: nobody, not even with the recovery key, "
                "can open it again. The record of the file (name, size, SHA-256) and your reason "
                "stay in the logbook and its audit trail."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("deleteReason")
        self.reason_edit.setAccessibleName(self.tr("Reason for deleting"))
        self.reason_edit.setPlaceholderText(
            self.tr("Why is it deleted? (for example: photo of another customer by mistake)")
        )
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.reason_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reason_edit.textChanged.connect(self._update)
        reason_label = QLabel(self.tr("&Reason (required):"), self)
        reason_label.setBuddy(self.reason_edit)
        self.confirm = QCheckBox(self.tr("I understand that the file cannot be recovered"), self)
        self.confirm.setObjectName("deleteConfirm")
        self.confirm.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(self)
        self.delete_button = self.buttons.addButton(
            self.tr("Delete for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.accept)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel(self)
        self.hint.setObjectName("deleteHint")
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(explain)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.confirm)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(480, 340)
        self._update()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    @Slot()
    def _update(self) -> None:
        reason = self.reason()
        too_long = len(reason) > MAX_REASON
        ok = bool(reason) and not too_long and self.confirm.isChecked()
        self.delete_button.setEnabled(ok)
        if too_long:
            self.hint.setText(fill(self.tr("The reason is too long (at most %1 characters)."),
                                   MAX_REASON))  # fmt: skip
        elif not reason:
            self.hint.setText(self.tr("Write the reason first."))
        else:
            self.hint.setText("")

    def accept(self) -> None:
        if self.delete_button.isEnabled():
            super().accept()
