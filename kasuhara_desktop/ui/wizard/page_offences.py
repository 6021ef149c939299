"""Step 6, possible offences: Penal Code articles the record may touch on, element by element.

Points to discuss with a lawyer, never a conclusion: the legal data's disclaimer stands at the
top in the UI language. The page asks the element questions (構成要件) the record leaves open,
each with what the text suggests ("suggested from: 「…」") for the person to confirm or reject;
an element the structured record settles is not asked. Each article then shows its elements as
on record / open / not on record with what each rests on, the penalty, and for complaint-only
offences who may complain and, for each, the six months counted from the day that person
learned who the offender is.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from ...domain.element_answers import ElementAnswer
from ...domain.errors import UserError
from ...domain.legal_data import LegalData
from ...domain.offence_elements import ElementView
from ...domain.offences import MatchedFact, PossibleOffence, holder_periods
from ...domain.quotes import bare_words
from ...domain.response_flow import Step
from ...domain.vocabulary import fill
from ...services.response import legal_data
from ..editor.fields import DateField
from ..i18n import quoted
from ..labels import term as holder_term
from ..time_display import format_datetime
from . import clock
from .draft import ResponseDraft
from .page_base import ResponsePage, manager_judges_line
from .texts import text, ui_language
from .widgets import ChoiceButtons, drop_widget, heading, note, plain, show_note


class Reply(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


def term(data: LegalData, key: str, lang: str, **values: str) -> str:
    """A word of the element view (legal data ``terms``) in ``lang``, placeholders filled once."""
    return data.term(key, lang, **values)


class OffencesPage(ResponsePage):
    """The element questions and the possible offences, recomputed from the draft."""

    step = Step.OFFENCES

    def __init__(self, draft: ResponseDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("6. Possible offences"))
        self.setSubTitle(self.tr("Points to discuss with a lawyer or the police."))
        self.offences: list[PossibleOffence] = []
        self.answers: dict[str, ChoiceButtons] = {}
        self.disclaimer = note("offences_disclaimer", "warning", self)
        font = QFont(self.disclaimer.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.disclaimer.setFont(font)
        self.body.addWidget(self.disclaimer)

        # One day per complaint holder: each one's six months run from when *they* learned
        # who the offender is (the company for its reputation or property, the clerk for an
        # insult), and one period ending does not end the other.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.known_on = DateField("offender_known_on", self)
        self.known_on.set_label(self.tr("Day the shop learned who the offender is"))
        self.known_on.edited.connect(self.on_edited)
        form.addRow(self.tr("Day the shop (the company) got to &know who the offender is"),
                    self.known_on)  # fmt: skip
        self.staff_known_on = DateField("offender_known_to_staff_on", self)
        self.staff_known_on.set_label(
            self.tr("Day the staff member harmed learned who the offender is")
        )
        self.staff_known_on.edited.connect(self.on_edited)
        form.addRow(
            self.tr(
                "Day the staff member harmed got to know who the offender is (the &earliest, "
                "if several)"
            ),
            self.staff_known_on,
        )
        self.body.addLayout(form)
        self.period = note("complaint_period", "info", self)
        self.body.addWidget(self.period)
        self.questions_box = QGroupBox(self.tr("Questions the record leaves open"), self)
        self.questions_box.setObjectName("element_questions")
        self.questions = QVBoxLayout(self.questions_box)
        self.body.addWidget(self.questions_box)
        self.empty = note("offences_empty", "neutral", self)
        self.body.addWidget(self.empty)
        self.list_widget = QWidget(self)
        self.list_widget.setObjectName("offence_list")
        self.cards = QVBoxLayout(self.list_widget)
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.list_widget)
        self.body.addStretch(1)

    def load(self) -> None:
        if self.show_manager_only("" if self.draft.can_judge else manager_judges_line()):
            return  # staff: the element answers are a manager's (they are judging)
        lang = ui_language()
        try:
            data = legal_data()
        except UserError as err:
            show_note(self.disclaimer, str(err), "error")
            return
        show_note(self.disclaimer, data.disclaimer[lang])
        period = data.complaint_period
        filing = f"\n{period.filing.text[lang]}" if period.filing is not None else ""
        show_note(self.period, period.text[lang] + filing)
        self.known_on.set_value(self.draft.incident.offender_known_on)
        self.staff_known_on.set_value(self.draft.incident.offender_known_to_staff_on)
        self.show_questions()
        self.show_offences()

    def store(self) -> None:
        self.draft.incident.offender_known_on = self.known_on.value()
        self.draft.incident.offender_known_to_staff_on = self.staff_known_on.value()
        self.show_offences()

    # ------------------------------------------------------------ the questions

    def _asked(self) -> list[ElementView]:
        """Elements to ask: open or answered by a person, in the articles listed with the
        answers and in those listed without them (so "no" never hides its own question)."""
        services = self.draft.services
        if services is None:
            return []
        today = clock.today(self.draft.tz)
        bare = replace(self.draft.incident, offence_answers={})
        found: dict[str, ElementView] = {}
        for inc in (self.draft.incident, bare):
            for o in services.response.possible_offences(inc, today=today):
                for e in o.element_view:
                    if e.code in o.ask and e.code not in found:
                        found[e.code] = e
        return list(found.values())

    @Slot()
    def show_questions(self) -> None:
        while self.questions.count():
            item = self.questions.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                drop_widget(widget)
        self.answers = {}
        lang, data = ui_language(), legal_data()
        asked = self._asked()
        self.questions_box.setVisible(bool(asked))
        choices = [(Reply.YES, self.tr("Yes")), (Reply.NO, self.tr("No")),
                   (Reply.UNKNOWN, self.tr("Not known"))]  # fmt: skip
        for e in asked:
            question = data.questions[e.code].question[lang]
            label = plain(question, self.questions_box)
            label.setObjectName(f"question_{e.code}")
            self.questions.addWidget(label)
            if e.suggestion is not None:
                hint = plain(
                    term(data, "suggested_from", lang, text=bare_words(e.suggestion.evidence)),
                    self.questions_box,
                )
                hint.setObjectName(f"question_{e.code}_suggestion")
                self.questions.addWidget(hint)
            buttons = ChoiceButtons(f"answer_{e.code}", choices, question, self.questions_box)
            answer = self.draft.incident.offence_answers.get(e.code)
            if answer is not None:
                buttons.set_value(Reply.YES if answer.value else Reply.NO)
            buttons.edited.connect(self.on_answered)
            self.answers[e.code] = buttons
            self.questions.addWidget(buttons)

    @Slot()
    def on_answered(self) -> None:
        answers = dict(self.draft.incident.offence_answers)
        for code, buttons in self.answers.items():
            picked = buttons.selected()
            old = answers.get(code)
            if picked is None or picked is Reply.UNKNOWN:
                answers.pop(code, None)
            elif old is None or old.value != (picked is Reply.YES):
                answers[code] = ElementAnswer(
                    picked is Reply.YES, by=self.draft.user, at=clock.now(self.draft.tz)
                )
        self.draft.incident.offence_answers = answers
        self.show_offences()
        self.draft.notify()

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
        caption.setToolTip(f"{o.source}\n{legal_data().check_text(o.check, lang)}")
        layout.addWidget(caption)
        layout.addWidget(plain(o.elements[lang], box))
        layout.addWidget(heading(term(legal_data(), "element_view", lang), box))
        lines = "\n".join(self.element_lines(e) for e in o.element_view)
        facts = plain(lines, box)
        facts.setObjectName(f"offence_{o.article}_facts")
        layout.addWidget(facts)
        if o.open_points:
            layout.addWidget(heading(self.tr("Still open"), box))
            points = plain("\n".join(f"? {self.open_point(p)}" for p in o.open_points), box)
            points.setObjectName(f"offence_{o.article}_open")
            layout.addWidget(points)
        penalty = plain(fill(self.tr("Penalty: %1"), o.penalty[lang]), box)
        penalty.setObjectName(f"offence_{o.article}_penalty")
        layout.addWidget(penalty)
        for i, n in enumerate(o.notes):
            mark = " " + term(legal_data(), "unverified", lang) if n.unverified else ""
            line = plain(f"{n.text[lang]} ({n.source}){mark}", box)
            line.setObjectName(f"offence_{o.article}_note_{i}")
            layout.addWidget(line)
        if o.complaint_required:
            deadline = note(f"offence_{o.article}_deadline", "warning", box)
            show_note(deadline, self.deadline_line(o))
            layout.addWidget(deadline)
        return box

    def element_lines(self, e: ElementView) -> str:
        lang, data = ui_language(), legal_data()
        question = data.questions[e.code].question[lang] if e.code in data.questions else e.code
        lines = [f"[{term(data, 'state_' + e.state.value, lang)}] {question}"]
        lines += [f"   • {self.fact_line(f)}" for f in e.basis]
        if e.suggestion is not None:
            text_ = bare_words(e.suggestion.evidence)
            lines.append("   • " + term(data, "suggested_from", lang, text=text_))
        if e.answer is not None:
            by = e.answer_by or term(data, "someone", lang)
            lines.append("   • " + term(data, "answered_yes" if e.answer else "answered_no",
                                        lang, by=by))  # fmt: skip
        return "\n".join(lines)

    def open_point(self, code: str) -> str:
        key = "open_" + code
        return (
            term(legal_data(), key, ui_language())
            if key in legal_data().terms
            else text("open_point", code)
        )

    def fact_line(self, fact: MatchedFact) -> str:
        key = "fact_" + fact.code.replace(":", "_")
        if key in legal_data().terms:
            count = str(fact.count) if fact.count is not None else ""
            return term(legal_data(), key, ui_language(), count=count, evidence=fact.evidence)
        line = text("fact", fact.code, fact.count if fact.code in _COUNTED else None)
        if fact.evidence.strip():
            line += quoted(fact.evidence.strip())
        if fact.at is not None:
            line += f" ({format_datetime(fact.at, self.draft.tz)})"
        if fact.code.startswith("quote:") and fact.count and fact.count > 1:
            line += " " + fill(self.tr("×%1"), str(fact.count))
        return line

    def deadline_line(self, o: PossibleOffence) -> str:
        """Who may complain and each one's period, in the legal data's words."""
        data, lang = legal_data(), ui_language()
        lines = [term(data, "holder_intro", lang)]
        for key, holder, d in holder_periods(o):
            values = {"holder": holder_term("complaint_holder", holder)}
            if d is not None:
                values |= {"deadline": d.deadline.isoformat(), "known": d.known_on.isoformat(),
                           "days": str(d.days_left)}  # fmt: skip
            line = term(data, key, lang, **values)
            if d is None:
                line = fill(self.tr("%1. Enter that day above."), line)
            lines.append("• " + line)
        return "\n".join(lines)


_COUNTED = frozenset(
    {"stayed_after_leave_order", "staff_time_minutes", "money_paid", "damage_cost"}
)
