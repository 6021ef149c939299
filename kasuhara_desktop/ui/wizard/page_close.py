"""Step 7, decide and close: actions taken, prevention, training, and the status to save.

Each action button records one ``Action`` at the current time, except the no-entry notice:
its button saves the response so far and opens the notice dialog (``notice_step``), and the
action is recorded by issuing the notice, at the time it was issued. Whether a notice may be
issued comes from ``workflow.can_issue_notice`` (confirmed facts and a harassment verdict; the
dialog asks for an override reason only when these are missing), with the duty-to-serve warning
for inns, baths and clinics. The status combo says for each status what stands in the way;
"Save and close" saves, and the service's guards decide.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ActionKind, IncidentStatus
from ...domain.models import Action
from ...domain.response_flow import Step, status_options, suggested_actions, suggested_status
from ...domain.vocabulary import fill
from ..editor.fields import CheckField, TextField
from ..editor.list_tabs import ListTab
from ..editor.models import actions_model
from ..labels import label
from . import clock
from .draft import ResponseDraft
from .next_steps import NoticeHistoryCache
from .notice_step import NoticeStep
from .page_base import ResponsePage, manager_closes_line
from .texts import save_button_text, text
from .widgets import big_button, note, set_big_text, show_note

ACTION_BUTTONS = (
    ActionKind.APOLOGY,
    ActionKind.REFUND,
    ActionKind.EXCHANGE,
    ActionKind.NO_RETURN_NOTICE,
    ActionKind.LAWYER_CONSULTED,
    ActionKind.POLICE_REPORT,
)


class ClosePage(ResponsePage):
    """Record what was done, what changes, and the status; Finish saves the whole draft.

    The notice button asks the wizard (``notice_requested``), which saves the response so
    far and then opens the dialog through ``notice_step``.

    Signals:
        notice_requested(): the user wants to issue a no-entry notice now.
        notice_issued(str): a notice was issued and the draft took over the stored incident.
    """

    step = Step.CLOSE
    notice_requested = Signal()
    notice_issued = Signal(str)

    def __init__(self, draft: ResponseDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.notice_history = NoticeHistoryCache(draft)  # no new notice while one is in force
        self.setTitle(self.tr("7. Decide and close"))
        self.setSubTitle(
            fill(
                self.tr("Record what was done. “%1” saves everything in one go."),
                save_button_text(),
            )
        )
        self._status_touched = False
        self.suggestion = note("close_suggestion", "info", self)
        self.body.addWidget(self.suggestion)

        grid = QGridLayout()
        self.buttons: dict[ActionKind, QPushButton] = {}
        for number, kind in enumerate(ACTION_BUTTONS):
            button = big_button(label(kind), f"action_{kind.value}", self)
            if kind is ActionKind.NO_RETURN_NOTICE:
                button.clicked.connect(self.issue_notice)
            else:
                button.clicked.connect(lambda _c=False, k=kind: self.record(k))
            grid.addWidget(button, number // 3, number % 3)
            self.buttons[kind] = button
        self.body.addLayout(grid)

        notice = QGroupBox(self.tr("No-entry notice"), self)
        notice_form = QFormLayout(notice)
        self.notice_state = note("notice_decision", "info", notice)
        notice_form.addRow(self.notice_state)
        self.notice_step = NoticeStep(draft, self)
        self.notice_step.issued.connect(self._on_notice_issued)
        left = QVBoxLayout()
        left.addWidget(notice)

        self.actions_model = actions_model(draft.tz, lambda: self.draft.user, self)
        self.actions_tab = ListTab(self.actions_model, "actions", self)
        self.actions_tab.setMinimumHeight(300)
        left.addWidget(self.actions_tab, 1)

        after = QGroupBox(self.tr("Afterwards"), self)
        form = QVBoxLayout(after)
        self.prevention = TextField(2, after)
        self.prevention.setObjectName("prevention")
        self.prevention.setAccessibleName(self.tr("What we change to prevent it happening again"))
        self.training = CheckField(self.tr("Use as a training case (anonymised)"), after)
        self.training.setObjectName("training_case")
        self.status = QComboBox(after)
        self.status.setObjectName("target_status")
        self.status.setAccessibleName(self.tr("Status to save"))
        self.reason = TextField(2, after)
        self.reason.setObjectName("status_reason")
        self.reason.setAccessibleName(self.tr("Reason for the status change"))
        self.reason.setPlaceholderText(
            self.tr("Needed when going back, or closing with follow-ups still open")
        )
        self.status_hint = note("status_hint", "warning", after)
        for caption, widget in (
            (self.tr("What we &change to prevent it happening again"), self.prevention),
            ("", self.training),
            (self.tr("Sta&tus to save"), self.status),
            (self.tr("R&eason"), self.reason),
            ("", self.status_hint),
        ):
            if caption:
                buddy = QLabel(caption, after)
                buddy.setWordWrap(True)
                buddy.setBuddy(widget)
                form.addWidget(buddy)
            form.addWidget(widget)
        form.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(after, 2)
        self.body.addLayout(columns)

        self.actions_model.edited.connect(self.on_edited)
        self.prevention.edited.connect(self.on_edited)
        self.training.edited.connect(self.on_edited)
        self.reason.edited.connect(self.on_edited)
        self.status.currentIndexChanged.connect(self._on_status_picked)

    # ------------------------------------------------------------ draft

    def load(self) -> None:
        if self.show_manager_only("" if self.draft.can_judge else manager_closes_line()):
            return  # staff (e.g. signed in while this step was open): no status, no notice
        inc = self.draft.incident
        self.notice_history.refresh()
        if self.actions_model.rows() != inc.actions:
            self.actions_model.set_items(inc.actions)
        self.prevention.set_value(inc.prevention)
        self.training.set_value(inc.training_case)
        self.reason.set_value(self.draft.status_reason)
        if not self._status_touched:
            self.draft.target_status = suggested_status(inc, self.draft.before_status)
        self.refresh()

    def store(self) -> None:
        inc = self.draft.incident
        inc.actions = self.actions_model.rows()
        inc.prevention = self.prevention.value()
        inc.training_case = self.training.value()
        self.draft.status_reason = self.reason.value()
        self.refresh()

    def refresh(self) -> None:
        inc = self.draft.incident
        suggested = suggested_actions(inc, self.notice_history.history)
        for kind, button in self.buttons.items():
            star = "★ " if kind in suggested else ""
            dots = "…" if kind is ActionKind.NO_RETURN_NOTICE else ""  # it opens a dialog
            set_big_text(button, star + label(kind) + dots)
        lines: list[str] = []
        j = self.draft.judgement()
        lines.append(text("verdict", j.verdict.value))
        if suggested:
            names = ", ".join(label(k) for k in suggested)
            lines.append(fill(self.tr("Suggested (★): %1"), names))
        show_note(self.suggestion, "\n".join(lines))
        self.show_notice_decision()
        self._fill_statuses()

    # ------------------------------------------------------------ actions

    def record(self, kind: ActionKind) -> int:
        """One click: record that ``kind`` was done now, by the current user."""
        action = Action(
            kind=kind,
            at=clock.now(self.draft.tz),
            by=self.draft.user,
            done=True,
        )
        row = self.actions_tab.add_row(action, focus=False)
        self.actions_tab.form.focus_field("description")
        return row

    @Slot()
    def issue_notice(self) -> None:
        """Ask the wizard to save the response so far and open the notice dialog; issuing
        records the action."""
        self.notice_requested.emit()

    @Slot(str)
    def _on_notice_issued(self, number: str) -> None:
        self.notice_issued.emit(number)

    @Slot()
    def show_notice_decision(self) -> None:
        services = self.draft.services
        button = self.buttons[ActionKind.NO_RETURN_NOTICE]
        button.setEnabled(services is not None)
        if services is None:
            return
        decision = services.response.notice_decision(self.draft.incident)
        lines: list[str] = []
        if not decision.problems:
            lines.append(self.tr("A notice may be issued: the facts are confirmed, harassment."))
        else:
            lines.append(self.tr("Not on the merits:"))
            lines += [f"• {text('notice', p)}" for p in decision.problems]
            lines.append(
                self.tr(
                    "To issue one anyway, the notice dialog asks for the reason (it is recorded)."
                )
            )
        lines += [f"⚠ {text('notice', w)}" for w in decision.warnings]
        lines.append(
            self.tr(
                "The button saves the response so far and opens the notice; the action is "
                "recorded when the notice is issued."
            )
        )
        tone = "ok" if not decision.problems and not decision.warnings else "warning"
        show_note(self.notice_state, "\n".join(lines), tone)

    # ------------------------------------------------------------ status

    def _fill_statuses(self) -> None:
        options = status_options(
            self.draft.incident, self.draft.before_status, self.draft.status_reason
        )
        with QSignalBlocker(self.status):
            self.status.clear()
            for option in options:
                caption = label(option.status)
                if option.status is self.draft.before_status:
                    caption = fill(self.tr("%1 (unchanged)"), caption)
                elif option.blocked:
                    caption = fill(self.tr("%1 (not yet)"), caption)
                self.status.addItem(caption, option.status.value)
            self.status.setCurrentIndex(
                max(0, self.status.findData(self.draft.target_status.value))
            )
        chosen = next(o for o in options if o.status is self.draft.target_status)
        hint = [f"• {text('workflow', code)}" for code in chosen.problems]
        if chosen.blocked:
            hint.insert(
                0,
                fill(self.tr("“%1” will be refused for this status:"), save_button_text()),
            )
        elif chosen.problems:
            hint.insert(0, self.tr("Allowed with the reason given (it is recorded):"))
        show_note(self.status_hint, "\n".join(hint), "warning" if chosen.blocked else "info")

    @Slot(int)
    def _on_status_picked(self, index: int) -> None:
        if index < 0 or self._loading:
            return
        self._status_touched = True
        self.draft.target_status = IncidentStatus(self.status.itemData(index))
        self.draft.notify()
        self._fill_statuses()
