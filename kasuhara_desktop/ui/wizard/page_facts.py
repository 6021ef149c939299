"""Step 2, facts and witnesses: the evidence on file, statements, and confirming the facts.

Confirming the facts is a deliberate act (MHLW step 5: do not act on unclear facts): a tick, the
name of whoever confirmed them and the time. It fills ``assessment.facts_confirmed_by/at``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.evidence import EvidenceItem
from ...domain.models import WitnessStatement
from ...domain.response_flow import Step
from ...domain.workflow import single_source_warning
from ..editor.fields import CheckField, DateTimeField, LineField
from ..editor.list_tabs import ListTab
from ..editor.models import statements_model
from ..evidence.texts import format_size, format_time
from . import clock
from .draft import ResponseDraft
from .page_base import ResponsePage
from .widgets import heading, note, show_note


def evidence_line(item: EvidenceItem, tz: str) -> str:
    when = format_time(item.imported_at, tz)
    parts = [item.original_name, item.mime, format_size(item.size), when]
    if item.description:
        parts.append(item.description)
    return " · ".join(parts)


class FactsPage(ResponsePage):
    """Evidence, statements from everyone who saw it, and the confirmation of the facts."""

    step = Step.FACTS

    def __init__(self, draft: ResponseDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("2. Facts and witnesses"))
        self.setSubTitle(
            self.tr(
                "Hear the staff involved, colleagues and managers; keep CCTV and recordings. "
                "Confirm the facts before judging."
            )
        )
        evidence_box = QGroupBox(self.tr("Evidence on file"), self)
        evidence_layout = QVBoxLayout(evidence_box)
        self.evidence_list = QListWidget(evidence_box)
        self.evidence_list.setObjectName("evidence_list")
        self.evidence_list.setAccessibleName(self.tr("Evidence on file"))
        self.evidence_list.setMaximumHeight(120)
        evidence_layout.addWidget(self.evidence_list)
        self.body.addWidget(evidence_box)

        statements_box = QGroupBox(self.tr("Statements"), self)
        statements_layout = QVBoxLayout(statements_box)
        quick = QHBoxLayout()
        self.quick_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("involved", self.tr("Add: staff involved")),
            ("colleague", self.tr("Add: colleague")),
            ("manager", self.tr("Add: manager")),
        ):
            button = QPushButton(text, statements_box)
            button.setObjectName(f"statement_add_{key}")
            button.setAutoDefault(False)
            button.setMinimumHeight(int(button.fontMetrics().height() * 2.2))
            button.clicked.connect(lambda _c=False, k=key: self.add_statement(k))
            quick.addWidget(button)
            self.quick_buttons[key] = button
        statements_layout.addLayout(quick)
        self.statements_model = statements_model(draft.tz, lambda: self.draft.user, self)
        self.statements = ListTab(self.statements_model, "statements", statements_box)
        self.statements.add_button.hide()
        self.statements.setMinimumHeight(340)
        statements_layout.addWidget(self.statements)
        self.body.addWidget(statements_box)
        self.single_source = note("single_source_warning", "warning", self)
        self.body.addWidget(self.single_source)

        confirm_box = QGroupBox(self.tr("Confirm the facts"), self)
        confirm_box.setObjectName("confirm_box")
        form = QFormLayout(confirm_box)
        form.addRow(heading(self.tr("Only tick this once the facts are checked."), confirm_box))
        self.confirmed = CheckField(self.tr("The facts are confirmed"), confirm_box)
        self.confirmed.setObjectName("facts_confirmed")
        self.confirmed_by = LineField(confirm_box)
        self.confirmed_by.setObjectName("facts_confirmed_by")
        self.confirmed_by.setAccessibleName(self.tr("Confirmed by"))
        self.confirmed_at = DateTimeField("facts_confirmed_at", draft.tz, parent=confirm_box)
        self.confirmed_at.set_label(self.tr("Confirmed at"))
        form.addRow(self.confirmed)
        form.addRow(self.tr("Confirmed b&y"), self.confirmed_by)
        form.addRow(self.tr("Confirmed &at"), self.confirmed_at)
        self.body.addWidget(confirm_box)
        self.confirm_box = confirm_box
        # Confirming the facts is part of judging: staff see who does it instead of the box.
        self.confirm_by_manager = note("facts_confirmed_by_manager", "info", self)
        self.body.addWidget(self.confirm_by_manager)

        self.statements_model.edited.connect(self.on_edited)
        self.confirmed.edited.connect(self._on_confirm_toggled)
        self.confirmed_by.edited.connect(self.on_edited)
        self.confirmed_at.edited.connect(self.on_edited)
        draft.changed.connect(self.update_warning)

    # ------------------------------------------------------------ draft

    def load(self) -> None:
        inc, tz = self.draft.incident, self.draft.tz
        self.evidence_list.clear()
        for item in self.draft.evidence:
            if not item.deleted:
                QListWidgetItem(evidence_line(item, tz), self.evidence_list)
        if not self.evidence_list.count():
            text = (
                self.tr("No evidence files yet: add them in the incident's evidence tab.")
                if not self.draft.is_new
                else self.tr("Evidence can be added once the incident is saved.")
            )
            placeholder = QListWidgetItem(text, self.evidence_list)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        if self.statements_model.rows() != inc.statements:
            self.statements_model.set_items(inc.statements)
        self.confirm_box.setVisible(self.draft.can_judge)
        show_note(
            self.confirm_by_manager,
            ""
            if self.draft.can_judge
            else self.tr(
                "A manager confirms the facts when judging; the statements you record are "
                "saved for them."
            ),
        )
        a = inc.assessment
        self.confirmed.set_value(a.facts_confirmed)
        self.confirmed_by.set_value(a.facts_confirmed_by)
        self.confirmed_at.set_value(a.facts_confirmed_at or clock.now(tz))
        self._enable_confirm_fields()
        self.update_warning()

    def store(self) -> None:
        inc = self.draft.incident
        inc.statements = self.statements_model.rows()
        a = inc.assessment
        if self.confirmed.value():
            a.facts_confirmed_by = self.confirmed_by.value().strip()
            a.facts_confirmed_at = self.confirmed_at.value()
        else:
            a.facts_confirmed_by = ""
            a.facts_confirmed_at = None

    # ------------------------------------------------------------ slots

    @Slot()
    def _on_confirm_toggled(self) -> None:
        if self.confirmed.value():
            if not self.confirmed_by.value().strip():
                self.confirmed_by.setText(self.draft.user)
            self.confirmed_at.set_value(clock.now(self.draft.tz))
        self._enable_confirm_fields()
        self.on_edited()

    def _enable_confirm_fields(self) -> None:
        on = self.confirmed.value()
        self.confirmed_by.setEnabled(on)
        self.confirmed_at.setEnabled(on)

    def add_statement(self, relation: str) -> int:
        texts = {
            "involved": self.tr("Staff involved"),
            "colleague": self.tr("Colleague"),
            "manager": self.tr("Manager"),
        }
        row = WitnessStatement(
            witness="",
            text="",
            relation=texts.get(relation, relation),
            given_at=clock.now(self.draft.tz),
            taken_by=self.draft.user,
        )
        number = self.statements.add_row(row, focus=False)
        self.statements.form.focus_field("witness")
        return number

    @Slot()
    def update_warning(self) -> None:
        single = single_source_warning(
            self.draft.incident, evidence_count=self.draft.evidence_count()
        )
        text = (
            self.tr(
                "The facts rest on a single source: one person's account and no evidence "
                "file. Hear a colleague or a manager too, or keep CCTV or a recording, "
                "before judging."
            )
            if single
            else ""
        )
        show_note(self.single_source, text)
