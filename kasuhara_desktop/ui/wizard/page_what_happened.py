"""Step 1, what happened: the customer's exact words, the behaviours, channel, place and time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...domain.enums import Behaviour, Channel, ParticipantRole
from ...domain.models import Quote
from ...domain.response_flow import Step
from ...domain.vocabulary import fill
from ..editor.fields import CheckField, DateTimeField, LineField, TextField
from ..editor.list_tabs import ListTab
from ..editor.models import quotes_model
from ..labels import choices
from ..time_display import format_clock
from . import clock
from .draft import ResponseDraft
from .page_base import ResponsePage
from .texts import save_button_text
from .widgets import ChoiceButtons, big_button, note, show_note

BEHAVIOUR_COLUMNS = 3
LEGACY = Behaviour.SNS_THREAT_OR_POST  # kept for old records; new ones use sns_threat / sns_post


class WhatHappenedPage(ResponsePage):
    """When, where, how, what was said word for word, and what the customer did."""

    step = Step.WHAT_HAPPENED

    def __init__(self, draft: ResponseDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("1. What happened"))
        self.show_subtitle()
        tz = draft.tz
        self.intro = note("what_happened_intro", "info", self)
        self.body.addWidget(self.intro)

        self.occurred = DateTimeField("occurred_at", tz, parent=self)
        self.occurred.set_label(self.tr("Began"))
        self.ended = DateTimeField("ended_at", tz, optional=True, parent=self)
        self.ended.set_label(self.tr("Ended"))
        self.channel = ChoiceButtons("channel", choices(Channel), self.tr("Channel"), self)
        self.location = LineField(self)
        self.location.setObjectName("location")
        self.location.setAccessibleName(self.tr("Place"))
        self.location.setPlaceholderText(self.tr("e.g. at the till, on the phone, car park"))
        self.summary = TextField(2, self)
        self.summary.setObjectName("summary")
        self.summary.setAccessibleName(self.tr("What happened"))
        self.summary.setPlaceholderText(self.tr("What happened, in a few words"))
        self.demand = TextField(2, self)
        self.demand.setObjectName("demand")
        self.demand.setAccessibleName(self.tr("Demand"))
        self.demand.setPlaceholderText(self.tr("What the customer demanded"))

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        rows: list[tuple[str, QWidget, bool]] = [
            (self.tr("&Began"), self.occurred, False),
            (self.tr("&Ended"), self.ended, False),
            (self.tr("C&hannel"), self.channel, True),
            (self.tr("&Place"), self.location, True),
            (self.tr("&What happened"), self.summary, True),
            (self.tr("&Demand"), self.demand, True),
        ]
        line, column = 0, 0
        for caption, widget, wide in rows:
            label = QLabel(caption, self)
            label.setBuddy(widget)
            if wide and column:
                line, column = line + 1, 0
            grid.addWidget(label, line, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, line, column + 1, 1, 3 if wide else 1)
            if wide or column:
                line, column = line + 1, 0
            else:
                column = 2
        self.body.addLayout(grid)

        box = QGroupBox(self.tr("What the customer did"), self)
        box.setObjectName("behaviours")
        boxes = QGridLayout(box)
        self.behaviour_checks: dict[Behaviour, CheckField] = {}
        # The legacy one-code-for-two-facts box comes last and shows only on a record that has
        # it (a threat to post and a post are ticked apart now).
        listed = choices(Behaviour)
        ordered = [c for c in listed if c[0] is not LEGACY] + [c for c in listed if c[0] is LEGACY]
        for number, (behaviour, text) in enumerate(ordered):
            check = CheckField(text, box)
            check.setObjectName(f"behaviour_{behaviour.value}")
            check.edited.connect(self.on_edited)
            boxes.addWidget(check, number // BEHAVIOUR_COLUMNS, number % BEHAVIOUR_COLUMNS)
            self.behaviour_checks[behaviour] = check
        self.behaviour_checks[LEGACY].setVisible(False)
        self.body.addWidget(box)

        words = QGroupBox(self.tr("Exact words (who, what, when)"), self)
        words.setObjectName("quotes_box")
        words_layout = QVBoxLayout(words)
        self.add_quote = big_button(self.tr("Add what was said (time: now)"), "quote_add_now", self)
        self.add_quote.clicked.connect(self._on_add_quote)
        words_layout.addWidget(self.add_quote)
        self.quotes_model = quotes_model(tz, self)
        self.quotes = ListTab(self.quotes_model, "quotes", words)
        self.quotes.add_button.hide()  # the big button above adds with the time filled in
        self.quotes.setMinimumHeight(360)
        words_layout.addWidget(self.quotes)
        self.body.addWidget(words)

        for field in (self.occurred, self.ended, self.channel, self.location):
            field.edited.connect(self.on_edited)
        self.summary.edited.connect(self.on_edited)
        self.demand.edited.connect(self.on_edited)
        self.quotes_model.edited.connect(self.on_edited)

    def show_subtitle(self) -> None:
        """The subtitle naming the Finish button as the signed-in role sees it."""
        self.setSubTitle(
            fill(
                self.tr(
                    "Write the exact words, not a summary of them (“馬鹿野郎”, not “was "
                    "abusive”). Tick what the customer did. Nothing is saved until you press “%1”."
                ),
                save_button_text(not self.draft.can_judge),
            )
        )

    def load(self) -> None:
        inc = self.draft.incident
        self.show_subtitle()  # another user may have unlocked since
        if self.draft.is_new:
            when = format_clock(inc.occurred_at, self.draft.tz)
            button = save_button_text(not self.draft.can_judge)
            text = fill(self.tr("New incident, begun at %1. Only “%2” saves it."), when, button)
        else:
            text = fill(self.tr("Incident %1"), self.draft.reference)
        show_note(self.intro, text)
        self.occurred.set_value(inc.occurred_at)
        self.ended.set_value(inc.ended_at)
        self.channel.set_value(inc.channel)
        self.location.set_value(inc.location)
        self.summary.set_value(inc.summary)
        self.demand.set_value(inc.demand)
        for behaviour, check in self.behaviour_checks.items():
            check.set_value(behaviour in inc.behaviours)
        self.behaviour_checks[LEGACY].setVisible(LEGACY in inc.behaviours)
        if self.quotes_model.rows() != inc.quotes:
            self.quotes_model.set_items(inc.quotes)

    def store(self) -> None:
        inc = self.draft.incident
        occurred = self.occurred.value()
        if occurred is not None:
            inc.occurred_at = occurred
        inc.ended_at = self.ended.value()
        inc.channel = Channel(self.channel.value())
        inc.location = self.location.value()
        inc.summary = self.summary.value()
        inc.demand = self.demand.value()
        ticked = {b for b, check in self.behaviour_checks.items() if check.value()}
        kept = [b for b in inc.behaviours if b in ticked]
        inc.behaviours = kept + [b for b in Behaviour if b in ticked and b not in kept]
        inc.quotes = self.quotes_model.rows()

    def default_speaker(self) -> str:
        for p in self.draft.incident.participants:
            if p.role is ParticipantRole.CUSTOMER and p.display_name:
                return p.display_name
        return self.tr("Customer")

    @Slot()
    def _on_add_quote(self) -> None:
        quote = Quote(speaker=self.default_speaker(), words="", said_at=clock.now(self.draft.tz))
        self.quotes.add_row(quote, focus=False)
        self.quotes.form.focus_field("words")
