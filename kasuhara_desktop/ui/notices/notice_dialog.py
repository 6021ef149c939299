"""Issue a no-entry notice for an incident: the fields, a live preview, then print and save.

The preview is rebuilt a moment after typing stops (a one-page PDF takes a fraction of a
second) and shown from memory. Issuing numbers the notice and stores its PDF in the vault;
from then on the dialog shows exactly the stored PDF, which can be printed or saved.

Signals:
    issued(str): the notice number, once issued.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.notice import Notice
from ...domain.vocabulary import fill
from ...services.documents import unprintable_characters
from .certified_text import save_certified_text, saved_message, usage_text
from .notice_form import NoticeForm
from .notice_labels import problem_text
from .pdf_panel import PdfPanel

PREVIEW_DELAY_MS = 400


class NoticeDialog(QDialog):
    """Fields and preview of a new notice for incident ``reference``.

    Args:
        service: a ``NoticeService`` (or a stand-in with the same methods).
        reference: the incident, e.g. ``K-2026-0001``.
    """

    issued = Signal(str)

    def __init__(self, service: Any, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeDialog")
        self.service = service
        self.reference = reference
        self.result_notice: Notice | None = None
        self.setWindowTitle(fill(self.tr("No-entry notice for %1"), reference))
        self.decision = service.decision(reference)

        self.form = NoticeForm(self)
        self.form.set_photos(service.person_photo_choices(reference))
        self.form.set_override_needed(not self.decision.allowed)
        self.form.set_notice(service.defaults(reference))
        self.form.compose_requested.connect(self.compose_reason)
        self._composed = self.form.reason.toPlainText()
        # A reason nobody edited follows the language version (it is composed per language).
        self.form.language.currentIndexChanged.connect(self._language_changed)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(self.form.sizeHint().width() + bar + 4)

        self.decision_label = QLabel(self._decision_text(), self)
        self.decision_label.setObjectName("decisionLabel")
        self.decision_label.setWordWrap(True)
        self.decision_label.setVisible(bool(self.decision_label.text()))
        self.decision_label.setStyleSheet("color: #8a4b00;")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("noticeError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPanel(self)
        self.usage_label = QLabel(usage_text(), self)
        self.usage_label.setObjectName("noticeUsage")
        self.usage_label.setWordWrap(True)
        self.certified_button = QPushButton(self.tr("Save 内容証明 &text…"), self)
        self.certified_button.setObjectName("certifiedTextButton")
        self.certified_button.setEnabled(False)  # the text of the issued notice, numbered
        self.certified_button.clicked.connect(self.save_certified)

        self.issue_button = QPushButton(self.tr("&Issue notice…"), self)
        self.issue_button.setObjectName("issueButton")
        self.issue_button.clicked.connect(self.issue)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.decision_label)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.usage_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.certified_button)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1200, 820)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.form.changed.connect(self.timer.start)
        self.timer.start()

    def _decision_text(self) -> str:
        d = self.decision
        parts: list[str] = []
        care = [p for p in d.problems if p.startswith("accommodation_")]
        merits = [p for p in d.problems if p not in care]
        if care:
            parts.append(
                fill(
                    self.tr(
                        "Before any ban: %1. Answer the question in the guide's judge step, or "
                        "give an override reason below (it is recorded)."
                    ),
                    "; ".join(problem_text(p) for p in care),
                )
            )
        if merits:
            why = "; ".join(problem_text(p) for p in merits)
            parts.append(
                fill(
                    self.tr(
                        "This incident has no confirmed harassment verdict (%1). Bans must not be "
                        "arbitrary: judge the incident first, or give an override reason below "
                        "(it is recorded)."
                    ),
                    why,
                )
            )
        if "duty_to_serve" in d.warnings:
            parts.append(
                self.tr(
                    "This shop's trade is bound by statute to serve customers (inns, public "
                    "baths, clinics): check that law, or ask a lawyer, before refusing anyone."
                )
            )
        return "\n".join(parts)

    @Slot()
    def save_certified(self) -> None:
        """Save the issued notice's 内容証明 text (20 × 26 a page, Japanese only)."""
        if self.result_notice is None:
            return
        dest = save_certified_text(self, self.service, self.result_notice.number)
        if dest is not None:
            self.error_label.setText(saved_message(dest))

    @Slot(bool)
    def compose_reason(self, name_staff: bool) -> None:
        """Write the reason again from the record, in the notice's languages."""
        try:
            languages = self.form.notice().languages
            text = self.service.compose_reason(self.reference, languages, name_staff=name_staff)
        except UserError as exc:
            self.error_label.setText(str(exc))
            return
        self.form.set_reason(text)
        self._composed = text

    @Slot()
    def _language_changed(self) -> None:
        if self.form.reason.toPlainText() == self._composed:
            self.compose_reason(self.form.name_staff.isChecked())

    def _ask_replace(self, draft: Notice) -> bool | None:
        """Ask whether ``draft`` replaces an earlier notice for the same person that is in
        force over part of its period. True: it replaces it (``draft.replaces`` is set);
        False: the user said no; None: nothing overlaps."""
        overlaps = self.service.overlapping(draft)
        if not overlaps:
            return None
        old = overlaps[0]
        end = old.effective_until.isoformat() if old.effective_until else self.tr("revoked")
        answer = QMessageBox.question(
            self,
            self.tr("Replace the earlier notice?"),
            fill(
                self.tr(
                    "Notice %1 already bans this person (%2 to %3). Two bans for one person "
                    "cannot run at once. Replace it? It is ended the day before this notice "
                    "starts (or revoked), with this notice's number as the reason."
                ),
                old.number,
                old.valid_from.isoformat(),
                end,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        draft.replaces = old.number
        return True

    @Slot()
    def refresh_preview(self) -> None:
        """Render the draft as it is now; a field error is shown instead of a new preview."""
        if self.result_notice is not None:
            return
        try:
            data = self.service.preview(self.form.notice())
        except UserError as exc:
            self.error_label.setText(str(exc))
            return
        self.error_label.clear()
        self.preview.set_pdf(data, final=False)

    def _confirm(self) -> bool:
        if "duty_to_serve" in self.decision.warnings:
            answer = QMessageBox.warning(
                self,
                self.tr("Duty to serve"),
                self.tr(
                    "Inns, public baths and clinics may refuse customers only where their own "
                    "law allows it. Have you checked that this refusal is allowed?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        answer = QMessageBox.question(
            self,
            self.tr("Issue the notice?"),
            self.tr(
                "The notice gets its number and is stored with its PDF. It cannot be edited "
                "afterwards, only shortened or revoked with a reason. Issue it now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def issue(self) -> bool:
        """Ask, then issue; True when the notice was issued."""
        self.timer.stop()
        try:
            draft = self.form.notice()
        except UserError as exc:
            self.error_label.setText(str(exc))
            return False
        if self._ask_replace(draft) is False or not self._confirm():
            return False
        try:
            with unprintable_characters() as unprintable:
                result = self.service.issue(draft)
        except UserError as exc:
            self.error_label.setText(str(exc))
            return False
        self.result_notice = result.notice
        number = result.notice.number
        self.preview.set_pdf(result.pdf, f"{number}.pdf", final=True, unprintable=unprintable)
        self.form.setEnabled(False)
        self.issue_button.setEnabled(False)
        self.certified_button.setEnabled("ja" in result.notice.languages)
        self.error_label.setStyleSheet("color: #1b5e20;")
        self.error_label.setText(
            fill(
                self.tr(
                    "Issued as %1. Print it or save it, then record how it was served in the ban "
                    "register."
                ),
                number,
            )
        )
        self.issued.emit(number)
        return True
