"""The incident report dialog: choose the language, preview the PDF, save it."""

from __future__ import annotations

import io
from typing import Any, cast

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.vocabulary import fill
from ...services.documents import ReportEvidence, code_points, unprintable_characters
from ...services.reports import IncidentReportJob, build_incident_pdf
from ..tasks import TaskContext
from . import common


class ReportDialog(QDialog):
    """Preview and save the incident report of ``reference``.

    The data is read once, on the GUI thread, when the dialog opens; each language is then
    built in the background (evidence checked, thumbnails made in memory) and shown from
    memory. Save writes exactly the previewed bytes.
    """

    def __init__(
        self, service: Any, reference: str, parent: QWidget | None = None, lang: str = "ja"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(fill(self.tr("Incident report — %1"), reference))
        self.service = service
        self.reference = reference
        self.job: IncidentReportJob | None = None
        self.evidence: list[ReportEvidence] | None = None  # as checked by the first build
        self.unprintable: set[str] = set()  # characters the shown PDF prints as [U+XXXX]
        self.language = common.LanguageCombo(self, lang)
        self.language.currentIndexChanged.connect(self._rebuild)
        self.preview = common.PdfPreview(self)
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        top.addWidget(label)
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(760, 900)
        self.tasks = common.TaskHolder(self, self._built, self._failed, self._progress)
        QTimer.singleShot(0, self.load)

    @Slot()
    def load(self) -> None:
        """Read the incident and its evidence keys (GUI thread), then build."""
        if self.job is not None:
            return
        try:
            self.job = self.service.prepare_incident(self.reference)
        except UserError as exc:
            self.preview.status.setText(str(exc))
            return
        self._rebuild()

    @Slot()
    def _rebuild(self) -> None:
        if self.job is None:
            return
        job, lang = self.job, self.language.language()
        self.save_button.setEnabled(False)
        self.preview.progress.setRange(0, 0)
        self.preview.progress.show()
        self.preview.status.setText(self.tr("Checking the evidence and making the report…"))

        # Evidence is checked once (a long video takes a while); other languages reuse it.
        known = list(self.evidence) if self.evidence is not None else None

        def work(ctx: TaskContext) -> tuple[bytes, list[ReportEvidence], set[str]]:
            out = io.BytesIO()
            with unprintable_characters() as unprintable:  # entered on the worker's thread
                checked = build_incident_pdf(job, out, lang, checked=known,
                                             progress=common.Throttled(ctx.progress),
                                             should_cancel=ctx.is_cancelled)  # fmt: skip
            return out.getvalue(), checked, unprintable

        self.tasks.start(work)

    def _built(self, value: object) -> None:
        data, checked, unprintable = cast("tuple[bytes, list[ReportEvidence], set[str]]", value)
        self.evidence = list(checked)
        self.unprintable = set(unprintable)
        self.preview.progress.hide()
        self.preview.show_pdf(data)
        failed = [ev for ev in self.evidence if ev.failed]
        text = fill(self.tr("%1 pages."), str(self.preview.page_count))
        if failed:
            names = ", ".join(ev.item.original_name for ev in failed)
            text += " " + fill(
                self.tr("Evidence that failed its check (the report says so): %1"), names
            )
        self.preview.status.setText(self._with_unprintable(text))
        self.save_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.preview.progress.hide()
        self.preview.status.setText(common.failure_text(exc) or self.tr("Cancelled."))

    def _progress(self, done: int, total: int) -> None:
        bar = self.preview.progress
        if total > 0:
            bar.setRange(0, 1000)
            bar.setValue(int(1000 * min(done, total) / total))

    def suggested_name(self) -> str:
        return f"{self.reference}_report_{self.language.language()}.pdf"

    def _with_unprintable(self, text: str) -> str:
        """``text`` and, if some characters print as [U+XXXX], how many and which."""
        if not self.unprintable:
            return text
        note = self.tr("%n character(s) could not be printed: %1", "", len(self.unprintable))
        return f"{text} {fill(note, code_points(self.unprintable))}"

    @Slot()
    def save(self) -> None:
        saved = common.save_previewed_pdf(
            self, self.preview, self.tr("Save the report"), self.suggested_name()
        )
        if saved is not None:
            self.preview.status.setText(self._with_unprintable(self.preview.status.text()))
            common.record_saved(self.preview, "incident_report", self.reference,
                                self.service.record_document)  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.cancel()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.tasks.cancel()
        super().done(result)
