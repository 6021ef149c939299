"""Step 6, possible offences: Penal Code articles the recorded facts may touch on.

Points to discuss with a lawyer, never a conclusion: the legal data's disclaimer stands at the
top in the UI language. Each article shows its title, the recorded facts that matched (with
the quoted words), what is still open, the penalty, and for complaint-only offences the
six-month deadline counted from the day the offender became known (a field on this page).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from ...domain.errors import UserError
from ...domain.offences import MatchedFact, PossibleOffence
from ...domain.response_flow import Step
from ...domain.vocabulary import fill
from ...services.response import legal_data
from ..editor.fields import DateField
from ..i18n import quoted
from ..time_display import format_datetime
from . import clock
from .draft import ResponseDraft
from .page_base import ResponsePage
from .texts import text, ui_language
from .widgets import drop_widget, heading, note, plain, show_note


class OffencesPage(ResponsePage):
    """The possible offences, recomputed from the draft whenever the page is shown."""

    step = Step.OFFENCES

    def __init__(self, draft: ResponseDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("6. Possible offences"))
        self.setSubTitle(self.tr("Points to discuss with a lawyer or the police."))
        self.offences: list[PossibleOffence] = []
        self.disclaimer = note("offences_disclaimer", "warning", self)
        font = QFont(self.disclaimer.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.disclaimer.setFont(font)
        self.body.addWidget(self.disclaimer)

        form = QFormLayout()
        self.known_on = DateField("offender_known_on", self)
        self.known_on.set_label(self.tr("Offender known on"))
        self.known_on.edited.connect(self.on_edited)
        form.addRow(self.tr("Day the offender became &known"), self.known_on)
        self.body.addLayout(form)
        self.period = note("complaint_period", "info", self)
        self.body.addWidget(self.period)
        self.empty = note("offences_empty", "neutral", self)
        self.body.addWidget(self.empty)
        self.list_widget = QWidget(self)
        self.list_widget.setObjectName("offence_list")
        self.cards = QVBoxLayout(self.list_widget)
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.list_widget)
        self.body.addStretch(1)

    def load(self) -> None:
        lang = ui_language()
        try:
            data = legal_data()
        except UserError as err:
            show_note(self.disclaimer, str(err), "error")
            return
        show_note(self.disclaimer, data.disclaimer[lang])
        show_note(self.period, data.complaint_period.text[lang])
        self.known_on.set_value(self.draft.incident.offender_known_on)
        self.show_offences()

    def store(self) -> None:
        self.draft.incident.offender_known_on = self.known_on.value()
        self.show_offences()

    # ------------------------------------------------------------ the list

    @Slot()
    def show_offences(self) -> None:
        services = self.draft.services
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                drop_widget(widget)
        if services is None:
            self.offences = []
            return
        today = clock.today(self.draft.tz)
        self.offences = services.response.possible_offences(self.draft.incident, today=today)
        show_note(
            self.empty,
            "" if self.offences else self.tr("No article matches the facts recorded so far."),
        )
        for offence in self.offences:
            self.cards.addWidget(self._card(offence))

    def _card(self, o: PossibleOffence) -> QGroupBox:
        lang = ui_language()
        title = fill(self.tr("Art. %1 %2"), o.article, o.title[lang])
        if o.unverified:
            title += " " + self.tr("(data not yet verified)")
        box = QGroupBox(self.list_widget)
        box.setObjectName(f"offence_{o.article}")
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        caption = heading(title, box)
        caption.setObjectName(f"offence_{o.article}_title")
        layout.addWidget(caption)
        layout.addWidget(plain(o.elements[lang], box))
        layout.addWidget(heading(self.tr("Recorded facts that match"), box))
        facts = plain("\n".join(f"• {self.fact_line(f)}" for f in o.matched_facts), box)
        facts.setObjectName(f"offence_{o.article}_facts")
        layout.addWidget(facts)
        if o.open_points:
            layout.addWidget(heading(self.tr("Still open"), box))
            points = plain("\n".join(f"? {text('open_point', p)}" for p in o.open_points), box)
            points.setObjectName(f"offence_{o.article}_open")
            layout.addWidget(points)
        penalty = plain(fill(self.tr("Penalty: %1"), o.penalty[lang]), box)
        penalty.setObjectName(f"offence_{o.article}_penalty")
        layout.addWidget(penalty)
        if o.complaint_required:
            deadline = note(f"offence_{o.article}_deadline", "warning", box)
            show_note(deadline, self.deadline_line(o))
            layout.addWidget(deadline)
        return box

    def fact_line(self, fact: MatchedFact) -> str:
        line = text("fact", fact.code, fact.count if fact.code in _COUNTED else None)
        if fact.evidence.strip():
            line += quoted(fact.evidence.strip())
        if fact.at is not None:
            line += f" ({format_datetime(fact.at, self.draft.tz)})"
        if fact.code.startswith("quote:") and fact.count and fact.count > 1:
            line += " " + fill(self.tr("×%1"), str(fact.count))
        return line

    def deadline_line(self, o: PossibleOffence) -> str:
        if o.complaint_deadline is None or o.days_left is None:
            return self.tr(
                "Complaint-only offence: a complaint must be filed within 6 months of learning "
                "who the offender is. Enter that day above to see the deadline."
            )
        if o.days_left < 0:
            template = self.tr("Complaint-only offence: the period ended on %1.")
            return fill(template, o.complaint_deadline.isoformat())
        template = self.tr("Complaint-only offence: file by %1 (%2 days left).")
        return fill(template, o.complaint_deadline.isoformat(), str(o.days_left))


_COUNTED = frozenset(
    {"stayed_after_leave_order", "staff_time_minutes", "money_paid", "damage_cost"}
)
