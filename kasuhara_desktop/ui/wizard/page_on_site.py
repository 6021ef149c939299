"""Step 4, on-site response: the Tokyo police flow, one large button per step.

Each click logs one ``TimelineEntry`` of the step's kind at the current time (``clock.now``),
by the name in "Logged by". Each request and its time is evidence (refusal to leave, Penal Code
art. 130), so the page shows what was logged, how many times, and what the manual asks next.
"Undo last" takes back the last click made on this page.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import TimelineKind
from ...domain.models import TimelineEntry
from ...domain.response_flow import (
    FLOW_REPEAT,
    NOT_ON_PREMISES,
    POLICE_FLOW,
    Step,
    flow_counts,
    missing_flow_steps,
    suggested_flow_step,
)
from ...domain.vocabulary import fill
from ...domain.workflow import check_timeline
from ..editor.fields import LineField
from ..labels import label
from ..time_display import format_clock
from . import clock
from .draft import ResponseDraft
from .page_base import ResponsePage
from .texts import text
from .widgets import ChoiceButtons, big_button, heading, note, set_big_text, show_note

# Entries whose description is built from the fields on this page (and follows later edits).
DESCRIBED = (
    TimelineKind.CONVERSATION_END,
    TimelineKind.POLICE_CALL,
    TimelineKind.RECORDING_HANDOVER,
)


class PoliceNumber(StrEnum):
    EMERGENCY = "110"
    ADVICE = "#9110"


class OnSitePage(ResponsePage):
    """One click per step of the police flow, with times, counts and an undo."""

    step = Step.ON_SITE

    def __init__(self, draft: ResponseDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("4. On-site response"))
        self.setSubTitle(
            self.tr(
                "Press a button the moment you say it: the time is recorded. Ask to stop and "
                "order to leave 2-3 times each before the final warning."
            )
        )
        self.logged: list[TimelineEntry] = []  # clicks of this session, for "Undo last"
        columns = QHBoxLayout()
        left = QVBoxLayout()
        people = QFormLayout()
        self.logged_by = LineField(self)
        self.logged_by.setObjectName("logged_by")
        self.logged_by.setAccessibleName(self.tr("Logged by"))
        self.supervisor = LineField(self)
        self.supervisor.setObjectName("supervisor_name")
        self.supervisor.setAccessibleName(self.tr("Supervisor who decided to end it"))
        people.addRow(self.tr("&Logged by"), self.logged_by)
        people.addRow(self.tr("Su&pervisor who decided to end it"), self.supervisor)
        left.addLayout(people)

        captions = {
            TimelineKind.CONVERSATION_END: self.tr("① Told: the conversation is ending"),
            TimelineKind.STOP_REQUEST: self.tr("② Asked to stop"),
            TimelineKind.LEAVE_ORDER: self.tr("③ Ordered to leave"),
            TimelineKind.FINAL_WARNING: self.tr("④ Final warning"),
            TimelineKind.POLICE_CALL: self.tr("⑤ Called the police"),
            TimelineKind.POLICE_ARRIVED: self.tr("Police arrived"),
            TimelineKind.RECORDING_HANDOVER: self.tr("Recordings handed over"),
            TimelineKind.CUSTOMER_LEFT: self.tr("Customer left"),
        }
        self.captions = captions
        grid = QGridLayout()
        self.buttons: dict[TimelineKind, QPushButton] = {}
        for number, kind in enumerate(POLICE_FLOW):
            button = big_button(captions[kind], f"log_{kind.value}", self)
            button.clicked.connect(lambda _c=False, k=kind: self.log(k))
            grid.addWidget(button, number // 2, number % 2)
            self.buttons[kind] = button
        left.addLayout(grid)

        police = QGroupBox(self.tr("Police"), self)
        police.setObjectName("police_box")
        form = QFormLayout(police)
        self.police_number = ChoiceButtons(
            "police_number",
            [
                (PoliceNumber.EMERGENCY, self.tr("110 (emergency)")),
                (PoliceNumber.ADVICE, self.tr("#9110 (advice)")),
            ],
            self.tr("Number called"),
            police,
        )
        self.station = LineField(police)
        self.officers = LineField(police)
        self.case_number = LineField(police)
        for name, field, caption in (
            ("police_station", self.station, self.tr("Police s&tation")),
            ("police_officers", self.officers, self.tr("&Officers")),
            ("police_case_number", self.case_number, self.tr("&Case number")),
        ):
            field.setObjectName(name)
            field.setAccessibleName(caption.replace("&", ""))
            field.edited.connect(self._on_details_edited)
        form.addRow(self.tr("Number called"), self.police_number)
        form.addRow(self.tr("Police s&tation"), self.station)
        form.addRow(self.tr("&Officers"), self.officers)
        form.addRow(self.tr("&Case number"), self.case_number)
        left.addWidget(police)
        left.addStretch(1)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        self.next_hint = note("flow_next", "info", self)
        right.addWidget(self.next_hint)
        self.counts = note("flow_counts", "neutral", self)
        right.addWidget(self.counts)
        right.addWidget(heading(self.tr("Logged"), self))
        self.log_list = QListWidget(self)
        self.log_list.setObjectName("flow_log")
        self.log_list.setAccessibleName(self.tr("Logged steps with their times"))
        self.log_list.setWordWrap(True)
        self.log_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.addWidget(self.log_list, 1)
        self.undo = QPushButton(self.tr("&Undo last click"), self)
        self.undo.setObjectName("undo_last")
        self.undo.setAutoDefault(False)
        self.undo.setMinimumHeight(int(self.undo.fontMetrics().height() * 2.2))
        self.undo.clicked.connect(self.undo_last)
        right.addWidget(self.undo)
        self.warnings = note("flow_warnings", "warning", self)
        right.addWidget(self.warnings)
        columns.addLayout(right, 2)
        self.body.addLayout(columns)

        self.supervisor.edited.connect(self._on_details_edited)
        self.police_number.edited.connect(self._on_details_edited)
        self.logged_by.edited.connect(self.on_edited)
        # No number is chosen beforehand: a pre-selected 110 would be logged as called when
        # nobody chose it.

    # ------------------------------------------------------------ draft

    def load(self) -> None:
        if not self.logged_by.value().strip():
            self.logged_by.set_value(self.draft.who)  # "佐藤 花子", not the login "sato"
        alive = {id(e) for e in self.draft.incident.timeline}
        self.logged = [e for e in self.logged if id(e) in alive]
        self.refresh()

    def who(self) -> str:
        return self.logged_by.value().strip() or self.draft.who

    def description(self, kind: TimelineKind) -> str:
        """What goes with an entry of ``kind``, from the fields on this page."""
        if kind is TimelineKind.CONVERSATION_END:
            name = self.supervisor.value().strip()
            return fill(self.tr("Decided with %1"), name) if name else ""
        if kind is TimelineKind.POLICE_CALL:
            number = self.police_number.selected()
            parts = [number.value] if number is not None else []
            for caption, field in (
                (self.tr("Station: %1"), self.station),
                (self.tr("Officers: %1"), self.officers),
                (self.tr("Case number: %1"), self.case_number),
            ):
                if field.value().strip():
                    parts.append(fill(caption, field.value().strip()))
            return " · ".join(parts)
        if kind is TimelineKind.RECORDING_HANDOVER and self.officers.value().strip():
            return fill(self.tr("Handed to %1"), self.officers.value().strip())
        return ""

    # ------------------------------------------------------------ clicks

    def log(self, kind: TimelineKind) -> TimelineEntry:
        """One click: log ``kind`` now, by whoever is in "Logged by"."""
        entry = TimelineEntry(
            at=clock.now(self.draft.tz),
            kind=kind,
            by=self.who(),
            description=self.description(kind),
        )
        self.draft.incident.timeline.append(entry)
        self.logged.append(entry)
        self.draft.notify()
        self.refresh()
        return entry

    @Slot()
    def undo_last(self) -> None:
        if not self.logged:
            return
        entry = self.logged.pop()
        timeline = self.draft.incident.timeline
        for number, existing in enumerate(timeline):
            if existing is entry:
                del timeline[number]
                break
        self.draft.notify()
        self.refresh()

    @Slot()
    def _on_details_edited(self) -> None:
        """Details typed after the click still reach the entry it logged."""
        if self._loading:
            return
        for kind in DESCRIBED:
            mine = [e for e in self.logged if e.kind is kind]
            if mine:
                mine[-1].description = self.description(kind)
        self.draft.notify()
        self.refresh()

    # ------------------------------------------------------------ display

    def next_text(self, counts: Counter[TimelineKind]) -> str:
        """What to do next, counting the requests the manual wants repeated."""
        timeline = self.draft.incident.timeline
        channel = self.draft.incident.channel  # a caller is never ordered to leave
        following = suggested_flow_step(timeline, channel)
        if following is not None:
            caption = self.captions[following]
            done = counts[following]
            if following in (TimelineKind.STOP_REQUEST, TimelineKind.LEAVE_ORDER) and done:
                return fill(
                    self.tr("Next: %1 again (%2 of at least %3 so far)"),
                    caption,
                    str(done),
                    str(FLOW_REPEAT),
                )
            return fill(self.tr("Next: %1"), caption)
        if not missing_flow_steps(timeline, channel):
            return self.tr("Every step of the flow is logged.")
        # Two counted parts, each with its own plural form ("1 order to leave", "2 orders").
        requests = self.tr("%n stop request(s)", "", counts[TimelineKind.STOP_REQUEST])
        orders = self.tr("%n order(s) to leave", "", counts[TimelineKind.LEAVE_ORDER])
        return fill(
            self.tr(
                "The customer left after %1 and %2. Nothing more to press; add what else "
                "happened, if anything, in the timeline."
            ),
            requests,
            orders,
        )

    def refresh(self) -> None:
        inc, tz = self.draft.incident, self.draft.tz
        counts = flow_counts(inc.timeline)
        leave = self.buttons[TimelineKind.LEAVE_ORDER]  # not for a call: nobody is on the premises
        leave.setVisible(
            inc.channel not in NOT_ON_PREMISES or bool(counts[TimelineKind.LEAVE_ORDER])
        )
        for kind, button in self.buttons.items():
            caption = self.captions[kind]
            set_big_text(button, f"{caption} ({counts[kind]})" if counts[kind] else caption)
        shown = [
            fill(self.tr("Stop requests: %1"), str(counts[TimelineKind.STOP_REQUEST])),
            fill(self.tr("Orders to leave: %1"), str(counts[TimelineKind.LEAVE_ORDER])),
            fill(self.tr("Final warnings: %1"), str(counts[TimelineKind.FINAL_WARNING])),
            fill(self.tr("Police calls: %1"), str(counts[TimelineKind.POLICE_CALL])),
        ]
        show_note(self.counts, "\n".join(shown))
        show_note(self.next_hint, self.next_text(counts))
        self.log_list.clear()
        entries = sorted((e for e in inc.timeline if e.kind in POLICE_FLOW), key=lambda e: e.at)
        for entry in entries:
            line = f"{format_clock(entry.at, tz, seconds=True)}  {label(entry.kind)}"
            if entry.by:
                line += f" — {entry.by}"
            if entry.description:
                line += f" — {entry.description}"
            QListWidgetItem(line, self.log_list)
        self.log_list.scrollToBottom()
        self.undo.setEnabled(bool(self.logged))
        problems = [text("timeline", code) for code in check_timeline(inc)]
        unnamed = any(
            e.kind is TimelineKind.CONVERSATION_END and not e.description.strip()
            for e in self.logged
        )
        if unnamed and not self.supervisor.value().strip():
            problems.append(
                self.tr(
                    "Write the supervisor's name: ending the conversation is decided with a "
                    "supervisor."
                )
            )
        show_note(self.warnings, "\n".join(f"⚠ {p}" for p in problems))
