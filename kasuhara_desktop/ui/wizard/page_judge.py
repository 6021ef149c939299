"""Step 3, judge the complaint: MHLW's two questions, the manner, and a live verdict.

The verdict, its reasons and any contradictions come from ``domain.judge`` on every click; the
next steps from ``response_flow.next_steps``, which fits them to the channel (nobody is asked to
leave a call or a post) and to the ban register (no new notice while one is in force).
Contradictory answers are shown with what contradicts what; they never block saving the draft.
The page also asks whether the behaviour could relate to a disability or a request for
accommodation (``AccommodationBox``): a yes leads to guidance, not a ban.

Behaviours recorded in step 1 that are an unacceptable manner (threats and abuse are a
threatening manner whatever the claim) pre-tick that manner while the incident is not yet
judged, and the page says so: the person judging confirms or unticks them. A manner unticked
by hand is not ticked again for the same behaviours.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from ...domain.assessment import Answer, MannerFlag, Verdict
from ...domain.criteria_suggestions import MannerSuggestion
from ...domain.enums import Behaviour
from ...domain.errors import UserError
from ...domain.response_flow import Step, implied_manner
from ..editor.fields import CheckField, LineField, TextField
from ..labels import label
from . import clock
from .accommodation_box import AccommodationBox
from .criteria_box import CriteriaSuggestions
from .draft import ResponseDraft
from .next_steps import NoticeHistoryCache, step_lines
from .page_base import ResponsePage, manager_judges_line
from .texts import text
from .widgets import ChoiceButtons, heading, note, show_note

VERDICT_TONE = {
    Verdict.LEGITIMATE_COMPLAINT: "ok",
    Verdict.NO_BASIS_ACCEPTABLE_MANNER: "info",
    Verdict.NOT_DETERMINED: "neutral",
}


class JudgePage(ResponsePage):
    """Is the claim justified, is the manner acceptable, and what follows from that."""

    step = Step.JUDGE

    def __init__(self, draft: ResponseDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("3. Judge the complaint"))
        self.setSubTitle(
            self.tr(
                "Not every complaint is harassment. A justified complaint gets an apology "
                "and a fix; harassment is an unacceptable manner, whatever the claim."
            )
        )
        answers = [
            (Answer.YES, self.tr("Yes")),
            (Answer.NO, self.tr("No")),
            (Answer.UNCLEAR, self.tr("Unclear")),
        ]
        q1 = self.tr("Is there a defect or a fault of the shop?")
        q2 = self.tr("Is the demand about the shop's goods or services?")
        self.fault = ChoiceButtons("fault", answers, q1, self)
        self.related = ChoiceButtons("related", answers, q2, self)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        claim = QGroupBox(self.tr("1. Is the claim justified?"), self)
        claim_layout = QVBoxLayout(claim)
        claim_layout.addWidget(heading(q1, claim))
        claim_layout.addWidget(self.fault)
        claim_layout.addWidget(heading(q2, claim))
        claim_layout.addWidget(self.related)
        left.addWidget(claim)

        manner = QGroupBox(self.tr("2. Is the manner acceptable? Tick what applies"), self)
        self._prefilled_from: set[Behaviour] = set()  # behaviours already used to pre-tick
        self.prefill_note = note("manner_prefilled", "info", manner)
        grid = QGridLayout(manner)
        grid.addWidget(self.prefill_note, 4, 0, 1, 2)
        labels = {
            MannerFlag.PROLONGED: self.tr("Prolonged (tying staff up for a long time)"),
            MannerFlag.VIOLENT_OR_THREATENING: self.tr("Violent or threatening"),
            MannerFlag.PERSISTENT: self.tr("Persistent, repeated"),
            MannerFlag.DISCRIMINATORY: self.tr("Discriminatory"),
            MannerFlag.SEXUAL: self.tr("Sexual"),
        }
        self.manner_checks: dict[MannerFlag, CheckField] = {}
        for number, flag in enumerate(MannerFlag):
            check = CheckField(labels[flag], manner)
            check.setObjectName(f"manner_{flag.value}")
            check.edited.connect(self.on_edited)
            grid.addWidget(check, number // 2, number % 2)
            self.manner_checks[flag] = check
        self.criteria = TextField(3, manner)
        self.criteria.setObjectName("shop_criteria")
        self.criteria.setAccessibleName(self.tr("The shop's own criteria that were met"))
        self.criteria.setPlaceholderText(
            self.tr("The shop's own criteria that were met, one per line")
        )
        grid.addWidget(self.criteria, 3, 0, 1, 2)
        self.suggestions = CriteriaSuggestions(self.criteria, manner)  # the shop's criteria
        self.suggestions.edited.connect(self.on_edited)
        grid.addWidget(self.suggestions, 5, 0, 1, 2)
        left.addWidget(manner)
        self.accommodation = AccommodationBox(self)
        self.accommodation.edited.connect(self.on_edited)
        left.addWidget(self.accommodation)

        who = QGroupBox(self.tr("Who judged"), self)
        form = QFormLayout(who)
        self.judged = CheckField(self.tr("This is our judgement"), who)
        self.judged.setObjectName("judged")
        self.judged_by = LineField(who)
        self.judged_by.setObjectName("judged_by")
        self.judged_by.setAccessibleName(self.tr("Judged by"))
        self.notes = TextField(2, who)
        self.notes.setObjectName("assessment_notes")
        self.notes.setAccessibleName(self.tr("Notes on the judgement"))
        form.addRow(self.judged)
        form.addRow(self.tr("&Judged by"), self.judged_by)
        form.addRow(self.tr("N&otes"), self.notes)
        left.addWidget(who)
        left.addStretch(1)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Verdict"), self))
        self.verdict = note("verdict", "neutral", self)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.verdict.setFont(font)
        right.addWidget(self.verdict)
        self.inconsistencies = note("inconsistencies", "warning", self)
        right.addWidget(self.inconsistencies)
        right.addWidget(heading(self.tr("Why"), self))
        self.reasons = note("reasons", "neutral", self)
        right.addWidget(self.reasons)
        right.addWidget(heading(self.tr("Next steps"), self))
        self.next_steps = note("next_steps", "info", self)
        right.addWidget(self.next_steps)
        right.addStretch(1)
        columns.addLayout(right, 2)
        self.body.addLayout(columns)

        self.fault.edited.connect(self.on_edited)
        self.related.edited.connect(self.on_edited)
        self.criteria.edited.connect(self.on_edited)
        self.judged.edited.connect(self._on_judged_toggled)
        self.judged_by.edited.connect(self.on_edited)
        self.notes.edited.connect(self.on_edited)
        self.notice_history = NoticeHistoryCache(draft)
        draft.changed.connect(self.show_verdict)

    # ------------------------------------------------------------ draft

    def load(self) -> None:
        if self.show_manager_only("" if self.draft.can_judge else manager_judges_line()):
            return  # staff: nothing is asked, nothing pre-ticked (the judgement is a manager's)
        self.notice_history.refresh()
        prefilled = self.prefill_manner()
        a = self.draft.incident.assessment
        self.fault.set_value(a.shop_fault)
        self.related.set_value(a.demand_related)
        for flag, check in self.manner_checks.items():
            check.set_value(flag in a.manner)
        self.criteria.set_value("\n".join(a.shop_criteria_met))
        self.suggestions.load(self.criteria_suggestions())
        self.judged.set_value(bool(a.judged_by.strip()))
        self.judged_by.set_value(a.judged_by)
        self.judged_by.setEnabled(self.judged.value())
        self.notes.set_value(a.notes)
        self.accommodation.load(self.draft.incident)
        self.show_verdict()
        if prefilled:
            self.draft.notify()

    def criteria_suggestions(self) -> list[MannerSuggestion]:
        """What the shop's own criteria suggest (none without the service or the right)."""
        services = self.draft.services
        if services is None or services.procedures is None:
            return []
        try:
            return services.procedures.suggestions(self.draft.incident)
        except UserError:
            return []

    def prefill_manner(self) -> bool:
        """Tick the manners that step 1's behaviours show (not yet judged only); say so."""
        inc = self.draft.incident
        a = inc.assessment
        implied = implied_manner(b for b in inc.behaviours if b not in self._prefilled_from)
        self._prefilled_from |= set(inc.behaviours)
        if a.judged_by.strip():
            return False
        added = {flag: found for flag, found in implied.items() if flag not in a.manner}
        if not added:
            return False
        a.manner |= set(added)
        lines = [
            self.tr(
                "Ticked from what was recorded in step 1. Check each one and untick what "
                "does not apply:"
            )
        ]
        for flag, found in added.items():
            names = ", ".join(label(b) for b in found)
            lines.append(f"• {self.manner_checks[flag].text()} ← {names}")
        show_note(self.prefill_note, "\n".join(lines))
        return True

    def store(self) -> None:
        a = self.draft.incident.assessment
        a.shop_fault = Answer(self.fault.value())
        a.demand_related = Answer(self.related.value())
        a.manner = {flag for flag, check in self.manner_checks.items() if check.value()}
        lines = [line.strip() for line in self.criteria.value().splitlines()]
        a.shop_criteria_met = list(dict.fromkeys(line for line in lines if line))
        a.notes = self.notes.value()
        self.accommodation.store(self.draft.incident, self.draft.user, self.draft.tz)
        if self.judged.value():
            a.judged_by = self.judged_by.value().strip()
        else:
            a.judged_by = ""
            a.judged_at = None

    @Slot()
    def _on_judged_toggled(self) -> None:
        a = self.draft.incident.assessment
        if self.judged.value():
            if not self.judged_by.value().strip():
                self.judged_by.setText(self.draft.user)
            a.judged_at = clock.now(self.draft.tz)
        self.judged_by.setEnabled(self.judged.value())
        self.on_edited()

    # ------------------------------------------------------------ the verdict

    @Slot()
    def show_verdict(self) -> None:
        j = self.draft.judgement()
        tone = VERDICT_TONE.get(j.verdict, "error" if j.is_harassment else "neutral")
        show_note(self.verdict, text("verdict", j.verdict.value), tone)
        show_note(self.reasons, "\n".join(f"• {text('reason', r)}" for r in j.reasons))
        lines = step_lines(self.draft, self.notice_history.history)  # channel and register
        show_note(self.next_steps, "\n".join(lines))
        if j.inconsistencies:
            lines = [
                self.tr(
                    "Some answers contradict each other or the record. The draft is still "
                    "saved as it is; check these before acting on the verdict:"
                )
            ]
            lines += [f"⚠ {text('inconsistency', code)}" for code in j.inconsistencies]
            show_note(self.inconsistencies, "\n".join(lines))
        else:
            show_note(self.inconsistencies, "")
