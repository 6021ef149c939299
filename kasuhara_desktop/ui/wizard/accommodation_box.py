"""The judge step's reasonable-accommodation question (障害者差別解消法): could the behaviour
relate to a disability or a request for accommodation?

A yes shows the guidance (talk with the person, consider reasonable accommodation, record it)
with its source, and the notice gate refuses a notice; "not considered yet" leaves the question
open, which the gate refuses too. The answer is stored like an element answer, with who gave
it and when (``domain.accommodation``).

Signals:
    edited(): the user picked another answer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ...domain import accommodation
from ...domain.assessment import Answer
from ...domain.element_answers import ElementAnswer
from ...domain.models import Incident
from ...domain.vocabulary import fill
from . import clock
from .texts import ui_language
from .widgets import ChoiceButtons, heading, note, show_note


class AccommodationBox(QGroupBox):
    """Yes (it could) / No / Not considered yet, and the guidance on a yes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("3. Disability or a request for accommodation?"), parent)
        self.setObjectName("accommodationBox")
        question = self.tr(
            "Could the behaviour relate to a disability, or to a request for accommodation?"
        )
        self.choice = ChoiceButtons(
            "accommodation",
            [
                (Answer.YES, self.tr("It could")),
                (Answer.NO, self.tr("No")),
                (Answer.UNCLEAR, self.tr("Not considered yet")),
            ],
            question,
            self,
        )
        self.guidance = note("accommodation_guidance", "warning", self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(question, self))
        layout.addWidget(self.choice)
        layout.addWidget(self.guidance)
        self.choice.edited.connect(self._on_edited)

    def load(self, incident: Incident) -> None:
        value = accommodation.answer(incident)
        self.choice.set_value(
            Answer.UNCLEAR if value is None else (Answer.YES if value else Answer.NO)
        )
        self._show_guidance()

    def store(self, incident: Incident, user: str, tz: str) -> None:
        """Write the answer into ``incident`` (kept as it was when unchanged: who and when)."""
        picked = self.choice.value()
        answers = incident.offence_answers
        if picked is Answer.UNCLEAR:
            answers.pop(accommodation.QUESTION, None)
            return
        value = picked is Answer.YES
        old = answers.get(accommodation.QUESTION)
        if old is None or old.value != value:
            answers[accommodation.QUESTION] = ElementAnswer(value, by=user, at=clock.now(tz))

    @Slot()
    def _on_edited(self) -> None:
        self._show_guidance()
        self.edited.emit()

    def _show_guidance(self) -> None:
        if self.choice.value() is not Answer.YES:
            show_note(self.guidance, "")
            return
        law = accommodation.accommodation_law()
        lang = ui_language()
        lines = [
            law.text(lang),
            fill(
                self.tr("Law: %1 (duty for businesses from %2). Source: %3, checked %4."),
                law.name(lang),
                law.in_force.isoformat(),
                ", ".join(url for url, _ in law.sources),
                law.checked.isoformat(),
            ),
        ]
        if law.unverified:
            lines.append(self.tr("Not verified against e-Gov: confirm before relying on it."))
        show_note(self.guidance, "\n".join(lines))
