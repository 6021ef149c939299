"""Phone mode: time a harassing call against the shop's limit, then file it into an incident.

A big Start button starts the clock (a ``QTimer`` ticks every second; the time itself comes from
``ui.wizard.clock.now`` so tests can move it). ``domain.phone.call_stage`` says where the call
stands: within the limit (green), time to warn (amber), limit reached (red), and the script to
read out appears in the caller's language. The number field counts earlier calls from that
number and "File the call" saves it into a new or an existing incident, both through
``services.phone.PhoneService`` (the repeat-call policy and the filing live there, not here).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.phone import (
    REPEAT_WINDOW,
    CallLog,
    CallStage,
    call_limit_minutes,
    call_minutes,
    call_stage,
    normalise_number,
)
from ...domain.vocabulary import fill
from ...services.incidents import IncidentService
from ...services.phone import PhoneService
from ...services.registry import Services
from ...services.response import ResponseService
from ..editor.fields import LineField, TextField
from ..time_display import format_short
from ..wizard import clock
from ..wizard.widgets import big_button, note, plain, set_tone, show_note
from . import scripts

STAGE_TONE = {
    CallStage.WITHIN_LIMIT: "ok",
    CallStage.WARN: "warning",
    CallStage.LIMIT_REACHED: "error",
}
TARGET_LIMIT = 50


class CallPanel(QDialog):
    """The call timer, the script, the caller's number and words, and filing.

    Signals:
        filed(str): the reference of the incident the call was filed into.
    """

    filed = Signal(str)

    def __init__(
        self,
        incidents: IncidentService,
        response: ResponseService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("call_panel")
        self.setWindowTitle(self.tr("Phone call"))
        self.incidents: IncidentService | None = incidents
        self.phone: PhoneService | None = PhoneService(incidents)
        self.response: ResponseService | None = response
        shop = incidents.shop_profile()
        self.tz = shop.timezone
        self.limit = call_limit_minutes(shop)
        # The words the shop's own procedures give for the limit (the manual prints the same).
        self.limit_scripts = self.phone.limit_scripts()
        self.call: CallLog | None = None
        self.count = 0
        self.timer = QTimer(self)
        self.timer.setObjectName("call_timer")
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.recount_timer = QTimer(self)
        self.recount_timer.setSingleShot(True)
        self.recount_timer.setInterval(400)
        self.recount_timer.timeout.connect(self.recount)
        self._build()
        self.reset()
        self.resize(760, 660)

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.start_button = big_button(self.tr("▶ Start call timer"), "call_start", self)
        self.start_button.clicked.connect(self.start)
        self.end_button = big_button(self.tr("■ End call"), "call_end", self)
        self.end_button.clicked.connect(self.end)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.end_button)
        layout.addLayout(buttons)

        self.elapsed = plain("00:00", self, wrap=False)
        self.elapsed.setObjectName("call_elapsed")
        self.elapsed.setAccessibleName(self.tr("Time on the call"))
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.elapsed.font())
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.elapsed.setFont(font)
        layout.addWidget(self.elapsed)
        self.limit_label = plain("", self)
        self.limit_label.setObjectName("call_limit")
        self.limit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.limit_label)
        self.stage = note("call_stage", "ok", self)
        stage_font = QFont(self.stage.font())
        stage_font.setBold(True)
        stage_font.setPointSizeF(stage_font.pointSizeF() * 1.2)
        self.stage.setFont(stage_font)
        layout.addWidget(self.stage)

        script_row = QHBoxLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("script_language")
        self.language.setAccessibleName(self.tr("The caller's language"))
        for code, name in scripts.language_names().items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self.tick)
        script_row.addWidget(QLabel(self.tr("Caller's language"), self))
        script_row.addWidget(self.language)
        script_row.addStretch(1)
        layout.addLayout(script_row)
        self.script = note("call_script", "neutral", self)
        script_font = QFont(self.script.font())
        script_font.setPointSizeF(script_font.pointSizeF() * 1.5)
        self.script.setFont(script_font)
        layout.addWidget(self.script)
        self.meaning = note("call_script_meaning", "info", self)
        layout.addWidget(self.meaning)
        # The script and its meaning change when the call reaches the warning and the limit:
        # fixed two-line slots, so the caller's fields below do not jump while the user types.
        for label in (self.script, self.meaning):
            label.setMinimumHeight(label.fontMetrics().lineSpacing() * 2 + 16)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.details = QGroupBox(self.tr("The caller"), self)
        self.details.setObjectName("call_details")
        form = QFormLayout(self.details)
        self.number = LineField(self.details)
        self.number.setObjectName("call_number")
        self.number.setAccessibleName(self.tr("Caller's number"))
        self.number.setPlaceholderText(self.tr("As shown on the phone; empty if withheld"))
        self.number.edited.connect(self.recount_timer.start)
        # The count sits in a slot of fixed height that is always shown: it appears while the
        # caller talks and the user types, and must not push the fields below it down.
        self.repeat = note("call_repeat", "neutral", self.details)
        self.repeat.setMinimumHeight(self.repeat.fontMetrics().lineSpacing() * 2 + 16)
        self.repeat.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caller = LineField(self.details)
        self.caller.setObjectName("call_caller")
        self.caller.setAccessibleName(self.tr("Who it is"))
        self.words = TextField(3, self.details)
        self.words.setObjectName("call_words")
        self.words.setAccessibleName(self.tr("Exact words"))
        self.words.setPlaceholderText(self.tr("Write what the caller said, word for word"))
        self.target = QComboBox(self.details)
        self.target.setObjectName("call_target")
        self.target.setAccessibleName(self.tr("File into"))
        form.addRow(self.tr("&Number"), self.number)
        form.addRow(self.repeat)
        form.addRow(self.tr("&Who it is"), self.caller)
        form.addRow(self.tr("&Exact words"), self.words)
        form.addRow(self.tr("&File into"), self.target)
        layout.addWidget(self.details)

        self.file_button = big_button(self.tr("File the call"), "call_file", self)
        self.file_button.clicked.connect(self.file)
        layout.addWidget(self.file_button)
        self.status = note("call_status", "ok", self)
        layout.addWidget(self.status)
        self.error = note("call_error", "error", self)
        layout.addWidget(self.error)
        self.locked_note = note("call_locked", "info", self)
        layout.addWidget(self.locked_note)
        layout.addStretch(1)

    # ------------------------------------------------------------ the call

    def reset(self) -> None:
        """Ready for the next call (the number and words are cleared)."""
        self.timer.stop()
        self.call = None
        self.count = 0
        self.number.set_value("")
        self.caller.set_value("")
        self.words.set_value("")
        self.limit_label.setText(fill(self.tr("Shop's limit: %1 min per call"), str(self.limit)))
        self.fill_targets()
        self.recount()
        self.tick()

    @Slot()
    def start(self) -> None:
        if self.call is not None and self.call.end is None:
            return
        show_note(self.status, "")
        show_note(self.error, "")
        self.call = CallLog(start=clock.now(self.tz))
        self.timer.start()
        self.recount()
        self.tick()

    @Slot()
    def end(self) -> None:
        if self.call is None or self.call.end is not None:
            return
        self.call.end = max(clock.now(self.tz), self.call.start)
        self.timer.stop()
        self.tick()

    @Slot()
    def tick(self) -> None:
        """Show the time on the call, the stage against the limit and the script."""
        call = self.call
        running = call is not None and call.end is None
        self.start_button.setEnabled(not running)
        self.end_button.setEnabled(running)
        self.file_button.setEnabled(call is not None and self.incidents is not None)
        left = ""
        if call is None:
            self.elapsed.setText("00:00")
            stage = CallStage.WITHIN_LIMIT
        else:
            now = max(clock.now(self.tz), call.start)
            seconds = int(call.duration(now).total_seconds())
            minutes, secs = divmod(seconds, 60)
            hours, minutes = divmod(minutes, 60)
            shown = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
            self.elapsed.setText(shown)
            stage = call_stage(call, now=now, limit_minutes=self.limit)
            remaining = max(0, self.limit * 60 - seconds)
            left = f"{remaining // 60}:{remaining % 60:02d}"
        self.current_stage = stage
        captions = {
            CallStage.WITHIN_LIMIT: fill(self.tr("Within the limit (%1 left)"), left),
            CallStage.WARN: fill(self.tr("Warn the caller now: the call ends in %1"), left),
            CallStage.LIMIT_REACHED: self.tr("Limit reached: read this out, then hang up"),
        }
        caption = captions[stage] if call is not None else self.tr("No call running")
        show_note(self.stage, caption, STAGE_TONE[stage] if call is not None else "neutral")
        set_tone(self.elapsed, STAGE_TONE[stage] if call is not None else "neutral")
        language = str(self.language.currentData() or "ja")
        own = self.limit_scripts.get(language, "") if stage is CallStage.LIMIT_REACHED else ""
        show_note(self.script, own or scripts.script(stage, language))
        show_note(self.meaning, scripts.meaning(stage))
        self.script.show()  # blank within the limit, but its place is kept
        self.meaning.show()

    # ------------------------------------------------------------ repeated calls

    @Slot()
    def recount(self) -> None:
        """Count earlier calls from the number (on the GUI thread, which owns the vault)."""
        self.recount_timer.stop()
        number = self.number.value()
        phone = self.phone
        if phone is None or not normalise_number(number):
            self.count = 0
            self._show_repeat(self.tr("Earlier calls from the number are counted here."), "neutral")
            return
        until = self.call.start if self.call is not None else clock.now(self.tz)
        try:
            self.count = phone.count_from(number, until, this_call=self.call is not None)
        except UserError as err:
            show_note(self.error, str(err))
            return
        if self.call is not None:
            template = self.tr("Calls from this number in the last %1 days: %2 (this one included)")
        else:
            template = self.tr("Calls from this number in the last %1 days: %2")
        days = str(REPEAT_WINDOW.days)
        text = fill(template, days, str(self.count))
        if self.is_repeated():
            text += "\n" + self.tr("Repeated calls: the incident is marked as such when filed.")
        self._show_repeat(text, "warning" if self.is_repeated() else "info")

    def _show_repeat(self, text: str, tone: str) -> None:
        show_note(self.repeat, text, tone)
        self.repeat.show()  # even when blank (locked): the slot keeps its place

    def is_repeated(self) -> bool:
        return PhoneService.is_repeated(self.count)

    # ------------------------------------------------------------ filing

    def fill_targets(self) -> None:
        self.target.clear()
        self.target.addItem(self.tr("A new incident"), "")
        if self.phone is None:
            return
        since = clock.now(self.tz) - REPEAT_WINDOW
        try:
            rows = self.phone.targets(since, TARGET_LIMIT)
        except UserError:
            return
        for row in rows:
            when = format_short(row.occurred_at, self.tz)
            self.target.addItem(f"{row.reference} · {when} · {row.summary[:40]}", row.reference)

    def select_target(self, reference: str) -> bool:
        index = self.target.findData(reference)
        if index >= 0:
            self.target.setCurrentIndex(index)
        return index >= 0

    @Slot()
    def file(self) -> str | None:
        """File the call (ending it first if it still runs); returns the incident reference."""
        phone = self.phone
        if phone is None or self.call is None:
            return None
        self.end()
        self.recount()
        call = CallLog(
            start=self.call.start,
            end=self.call.end,
            number=self.number.value().strip(),
            words=self.words.value(),
        )
        label = self.caller.value().strip() or self.tr("Caller")
        number = call.number or self.tr("a withheld number")
        summary = self.tr("Phone call from %1 (%2 min)")
        summary = fill(summary, number, str(call_minutes(call)))
        reference = str(self.target.currentData() or "") or None
        try:
            saved = phone.file_call(call, caller_label=label, summary=summary, reference=reference)
        except UserError as err:
            template = self.tr("Not filed: %1\nThe call and your notes are still here.")
            show_note(self.error, fill(template, str(err)))
            return None
        self.reset()
        show_note(self.error, "")
        show_note(self.status, fill(self.tr("Filed into %1."), saved.reference))
        self.filed.emit(saved.reference)
        return saved.reference

    # ------------------------------------------------------------ locking

    @Slot()
    def stash_for_lock(self) -> None:
        """The vault is being locked: the timer and script go on, the caller's details hide."""
        self.incidents = None
        self.phone = None
        self.response = None
        self.details.hide()
        self.target.clear()
        self._show_repeat("", "neutral")
        show_note(
            self.locked_note,
            self.tr("The logbook is locked. The timer runs on; unlock to file the call."),
        )
        self.tick()

    @Slot(object)
    def restore_after_unlock(self, services: Services) -> None:
        """The vault is open again (the session's new services): the caller's details return."""
        self.incidents = services.incidents
        self.phone = services.phone
        self.response = services.response
        show_note(self.locked_note, "")
        self.details.show()
        self.fill_targets()
        self.recount()
        self.tick()

    def reject(self) -> None:
        """Close and Esc: a call not filed yet is not dropped without asking."""
        if self.call is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Call not filed"),
                self.tr("This call is not filed yet. Close anyway and lose it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.timer.stop()
        super().reject()


def open_call_panel(
    parent: QWidget | None, incidents: IncidentService, response: ResponseService
) -> CallPanel:
    """Show the call panel (non-modal, so the rest of the program stays usable)."""
    panel = CallPanel(incidents, response, parent)
    panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    panel.show()
    return panel
