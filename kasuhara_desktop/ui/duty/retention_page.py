"""Duty > Retention (owner only): the review of records past their period, erasing them, holds,
and the period of each kind of record.

Erasing asks first, naming how many records go and that it cannot be undone (not even with the
recovery key; backups made before still hold them), with a reason for the audit. It then runs
in a background task (``ui/tasks.py``) over a connection of its own, one record at a time; the
page is disabled until it is done, and the review is read again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.retention import MAX_MONTHS, Decision, Review
from ...domain.vocabulary import fill
from ...services.registry import Services
from ...services.retention import Erased, RetentionService
from ..dialogs.messages import show_error
from ..tasks import Task, TaskProgressDialog, run_task
from . import retention_texts as texts
from .training_widgets import table as _table


class EraseConfirmDialog(QDialog):
    """Asks before erasing: how many records, that it cannot be undone, and the reason."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseConfirmDialog")
        self.setWindowTitle(self.tr("Erase records"))
        self.warning = QLabel(texts.erase_warning(count))
        self.warning.setObjectName("eraseWarning")
        self.warning.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("eraseReason")
        self.reason.setPlaceholderText(self.tr("Why (kept in the audit trail)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase_button.setObjectName("confirmEraseButton")
        self.erase_button.setEnabled(False)
        self.reason.textChanged.connect(self._reason_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(480, 200)

    @Slot(str)
    def _reason_changed(self, text: str) -> None:
        self.erase_button.setEnabled(bool(text.strip()))


class RetentionPage(QDialog):
    """The retention window of one unlocked vault (the owner's)."""

    def __init__(self, service: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self.setWindowTitle(self.tr("Retention"))
        self.service = service
        self.review: Review | None = None
        self.erase_task: Task | None = None

        intro = QLabel(
            self.tr(
                "Records past the shop's retention period are listed here to be erased. "
                "A record on hold, one a notice still rests on, one with a complaint deadline "
                "running or follow-ups not done, and a former member of staff a kept training "
                "session names are kept."
            )
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._review_tab(), self.tr("Review"))
        self.tabs.addTab(self._periods_tab(), self.tr("Periods"))
        self.status = QLabel()
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(920, 600)
        self.reload()

    # ------------------------------------------------------------ review

    def _review_tab(self) -> QWidget:
        self.due_table = _table(
            [self.tr("Record"), self.tr("Kind"), self.tr("Due since"), self.tr("Counted"),
             self.tr("Note")],
            "dueTable",
        )  # fmt: skip
        self.held_table = _table(
            [self.tr("Record"), self.tr("Kind"), self.tr("Due since"), self.tr("Kept because")],
            "heldTable",
        )  # fmt: skip
        self.select_all = QPushButton(self.tr("Tick &all"))
        self.select_all.setObjectName("tickAllButton")
        self.select_all.clicked.connect(self.tick_all)
        self.erase_button = QPushButton(self.tr("&Erase ticked…"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.clicked.connect(self.erase_ticked)
        self.hold_button = QPushButton(self.tr("&Hold…"))
        self.hold_button.setObjectName("holdButton")
        self.hold_button.clicked.connect(self.hold_selected)
        self.release_button = QPushButton(self.tr("&Release hold"))
        self.release_button.setObjectName("releaseButton")
        self.release_button.clicked.connect(self.release_selected)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")
        buttons = QHBoxLayout()
        for b in (self.select_all, self.erase_button, self.hold_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        held_buttons = QHBoxLayout()
        held_buttons.addStretch(1)
        held_buttons.addWidget(self.release_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_table, 3)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Kept:")))
        layout.addWidget(self.held_table, 2)
        layout.addLayout(held_buttons)
        return tab

    def reload(self) -> None:
        try:
            self.review = self.service.review()
        except Exception as exc:
            show_error(self, exc)
            return
        self._fill(self.due_table, self.review.due, checkable=True)
        self._fill(self.held_table, self.review.held, checkable=False)
        self.due_label.setText(
            fill(self.tr("Due for erasing as of %1: %2"), self.review.today, len(self.review.due))
        )
        self.erase_button.setEnabled(bool(self.review.due))
        self._load_periods()

    def _fill(self, table: QTableWidget, decisions: tuple[Decision, ...], checkable: bool) -> None:
        table.setRowCount(0)
        for d in decisions:
            row = table.rowCount()
            table.insertRow(row)
            first = QTableWidgetItem(d.reference)
            first.setData(Qt.ItemDataRole.UserRole, d.reference)
            if checkable:
                first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Unchecked)
            since = d.due_since.isoformat() if d.due_since else "—"
            if checkable:
                note = fill(self.tr("Erased with %1"), ", ".join(d.requires)) if d.requires else ""
                cells = [texts.period_text(d.start, d.months), note]
            else:
                cells = ["; ".join(texts.keep_reason(k) for k in d.held)]
            for col, text in enumerate([texts.kind_label(d.kind), since, *cells], start=1):
                table.setItem(row, col, QTableWidgetItem(text))
            table.setItem(row, 0, first)

    def ticked(self) -> list[str]:
        refs = []
        for row in range(self.due_table.rowCount()):
            item = self.due_table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                refs.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return refs

    @Slot()
    def tick_all(self) -> None:
        for row in range(self.due_table.rowCount()):
            item = self.due_table.item(row, 0)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)

    def ask_erase(self, count: int) -> str | None:
        """The confirmation (tests replace it): the reason, or None when cancelled."""
        dialog = EraseConfirmDialog(count, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason.text().strip()
        dialog.deleteLater()
        return reason if accepted and reason else None

    @Slot()
    def erase_ticked(self) -> None:
        refs = self.ticked()
        if not refs:
            self.status.setText(self.tr("Tick the records to erase first."))
            return
        reason = self.ask_erase(len(refs))
        if reason is None:
            return
        try:
            job = self.service.erase_job(refs, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self.tabs.setEnabled(False)
        self.status.setText(self.tr("Erasing…"))
        self.erase_task = run_task(
            lambda ctx: job.run(progress=ctx.progress, should_cancel=ctx.is_cancelled),
            on_result=self._erased,
            on_error=self._erase_failed,
        )
        TaskProgressDialog(self.erase_task, self.tr("Erasing…"), parent=self).open()

    @Slot(object)
    def _erased(self, result: object) -> None:
        self.service.finish()
        erased = list(result) if isinstance(result, list) else []
        files = sum(e.files for e in erased if isinstance(e, Erased))
        self.tabs.setEnabled(True)
        self.reload()
        self._refresh_window()
        self.status.setText(
            self.tr("Erased %n record(s).", "", len(erased))
            + " "
            + self.tr("%n evidence file(s) erased with them.", "", files)
        )

    def _refresh_window(self) -> None:
        """The main window's list (and home screen) no longer show what was erased."""
        refresh = getattr(self.parentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    @Slot(object)
    def _erase_failed(self, exc: object) -> None:
        self.service.finish()  # the records erased before the failure stay erased
        self.tabs.setEnabled(True)
        self.reload()
        self._refresh_window()
        self.status.setText("")
        if isinstance(exc, BaseException):
            show_error(self, exc)

    # ------------------------------------------------------------ holds

    def _selected(self, table: QTableWidget) -> str | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def ask_hold_reason(self, reference: str) -> str | None:
        """Why ``reference`` must be kept (tests replace it); None when cancelled."""
        text, ok = QInputDialog.getText(
            self, self.tr("Hold"), fill(self.tr("Why must %1 be kept?"), reference)
        )
        return text.strip() if ok and text.strip() else None

    @Slot()
    def hold_selected(self) -> None:
        reference = self._selected(self.due_table) or self._selected(self.held_table)
        if reference is None:
            self.status.setText(self.tr("Select a record first."))
            return
        reason = self.ask_hold_reason(reference)
        if reason is None:
            return
        try:
            self.service.hold(reference, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        self.status.setText(fill(self.tr("%1 is on hold."), reference))

    @Slot()
    def release_selected(self) -> None:
        reference = self._selected(self.held_table)
        if reference is None:
            self.status.setText(self.tr("Select a held record first."))
            return
        try:
            self.service.release(reference)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        self.status.setText(fill(self.tr("%1 is no longer on hold."), reference))

    # ------------------------------------------------------------ periods

    def _periods_tab(self) -> QWidget:
        self.periods = _table(
            [self.tr("Kind of record"), self.tr("Months"), self.tr("Counted"), self.tr("Why")],
            "periodsTable",
        )  # fmt: skip
        self.spins: dict[str, QSpinBox] = {}
        save = QPushButton(self.tr("&Save periods"))
        save.setObjectName("savePeriodsButton")
        save.clicked.connect(self.save_periods)
        note = QLabel(
            self.tr(
                "The periods are the shop's choice; 0 keeps a kind of record for ever. "
                "A lawyer may advise keeping records longer."
            )
        )
        note.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.periods, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)
        return tab

    def _load_periods(self) -> None:
        settings = self.service.rule_settings()
        self.periods.setRowCount(0)
        self.spins = {}
        for s in settings:
            row = self.periods.rowCount()
            self.periods.insertRow(row)
            kind = s.rule.kind
            self.periods.setItem(row, 0, QTableWidgetItem(texts.kind_label(kind)))
            spin = QSpinBox()
            spin.setObjectName(f"months_{kind.value}")
            spin.setRange(0, MAX_MONTHS)
            spin.setSpecialValueText(self.tr("Keep"))
            spin.setValue(s.months)
            self.periods.setCellWidget(row, 1, spin)
            self.spins[kind.value] = spin
            self.periods.setItem(row, 2, QTableWidgetItem(texts.counts_from(kind)))
            self.periods.setItem(row, 3, QTableWidgetItem(texts.why(kind)))

    @Slot()
    def save_periods(self) -> None:
        current = {s.rule.kind: s.months for s in self.service.rule_settings()}
        try:
            for kind, months in current.items():
                value = self.spins[kind.value].value()
                if value != months:
                    self.service.set_months(kind, value)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        self.status.setText(self.tr("Periods saved."))


def open_retention_page(window: QMainWindow, services: Services) -> QWidget:
    """Open the page as a non-modal window over ``window`` (closed when the session locks)."""
    service = services.retention
    if service is None:
        raise RuntimeError("The retention service is not available.")
    page = RetentionPage(service, window)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.show()
    return page
