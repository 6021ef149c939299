"""The period summary dialog: a period (this month, last month, this quarter, this year or
custom), a language, a preview, and saving."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.vocabulary import fill
from ...services.documents import SummaryData, code_points, unprintable_characters
from ...services.period_summary import build_summary_pdf, period_presets, period_subject
from ...services.report_evidence import Phases
from ..tasks import TaskContext
from . import common

CUSTOM = "custom"
REFRESH_DELAY_MS = 400


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SummaryDialog(QDialog):
    """Preview and save a period summary.

    Changing the period or the language rebuilds the preview after a short pause. The
    incidents are read and the charts and pages made in the background (progress, and a new
    period cancels the run before it).
    """

    def __init__(
        self,
        service: Any,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        lang: str = "ja",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Period summary"))
        self.service = service
        self.today = today or date.today()
        self.presets = period_presets(self.today)
        self.data: SummaryData | None = None
        self.preset = QComboBox(self)
        self.preset.setObjectName("presetCombo")
        self.preset.setAccessibleName(self.tr("Period"))
        for key, text in (
            ("this_month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("this_quarter", self.tr("This quarter")),
            ("this_year", self.tr("This year")),
            (CUSTOM, self.tr("Custom range")),
        ):
            self.preset.addItem(text, key)
        self.start = QDateEdit(self)
        self.start.setObjectName("startDate")
        self.end = QDateEdit(self)
        self.end.setObjectName("endDate")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.language = common.LanguageCombo(self, lang)
        self.preview = common.PdfPreview(self)
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.preset)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        dates_label = QLabel(self.tr("&From – to:"), self)
        dates_label.setBuddy(self.start)
        form.addRow(dates_label, dates)
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(760, 900)
        self.tasks = common.TaskHolder(self, self._built, self._failed, self._progress)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.rebuild)
        self._apply_preset()
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        self.language.currentIndexChanged.connect(self.refresh_timer.start)
        self.refresh_timer.start()

    def period(self) -> tuple[date, date]:
        return _pydate(self.start.date()), _pydate(self.end.date())

    @Slot()
    def _apply_preset(self) -> None:
        key = str(self.preset.currentData())
        custom = key == CUSTOM
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            start, end = self.presets[key]
            for edit, day in ((self.start, start), (self.end, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.refresh_timer.start()

    @Slot()
    def _dates_edited(self) -> None:
        self.refresh_timer.start()

    @Slot()
    def rebuild(self) -> None:
        """Read the period's incidents and lay out the summary, both in the background.

        Only what does not grow with the logbook (the shop, the active bans) is read here;
        the incidents are read by the task through a connection of its own.
        """
        self.refresh_timer.stop()
        self.tasks.cancel()
        self.save_button.setEnabled(False)
        self.data = None
        start, end = self.period()
        try:
            job = self.service.summary_job(start, end)
        except UserError as exc:
            self.preview.progress.hide()
            self.preview.status.setText(str(exc))
            return
        lang = self.language.language()
        self.preview.progress.setRange(0, 0)
        self.preview.progress.show()
        self.preview.status.setText(self.tr("Making the summary…"))

        def work(ctx: TaskContext) -> tuple[SummaryData, bytes, set[str]]:
            phases = Phases(common.Throttled(ctx.progress), [1, 3])
            data = job.gather(progress=phases.phase(0), should_cancel=ctx.is_cancelled)
            out = io.BytesIO()
            with unprintable_characters() as unprintable:  # entered on the worker's thread
                build_summary_pdf(data, out, lang, progress=phases.phase(1),
                                  should_cancel=ctx.is_cancelled)  # fmt: skip
            return data, out.getvalue(), unprintable

        self.tasks.start(work)

    def _built(self, value: object) -> None:
        assert isinstance(value, tuple)
        self.data, pdf, unprintable = value
        self.preview.progress.hide()
        self.preview.show_pdf(pdf)
        count = len(self.data.incidents) if self.data is not None else 0
        text = fill(self.tr("%1 incidents, %2 pages."), str(count), str(self.preview.page_count))
        if unprintable:  # characters no installed font has: they print as [U+XXXX]
            note = self.tr("%n character(s) could not be printed: %1", "", len(unprintable))
            text = f"{text} {fill(note, code_points(unprintable))}"
        self.preview.status.setText(text)
        self.save_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.preview.progress.hide()
        self.preview.status.setText(common.failure_text(exc) or self.tr("Cancelled."))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.preview.progress.setRange(0, total)
            self.preview.progress.setValue(min(done, total))

    def suggested_name(self) -> str:
        start, end = self.period()
        return f"summary_{start.isoformat()}_{end.isoformat()}_{self.language.language()}.pdf"

    @Slot()
    def save(self) -> None:
        saved = common.save_previewed_pdf(
            self, self.preview, self.tr("Save the summary"), self.suggested_name()
        )
        if saved is not None:
            common.record_saved(self.preview, "summary", period_subject(*self.period()),
                                self.service.record_document)  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        self.refresh_timer.stop()
        self.tasks.cancel()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.refresh_timer.stop()
        self.tasks.cancel()
        super().done(result)
