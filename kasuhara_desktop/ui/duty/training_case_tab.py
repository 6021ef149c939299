"""The Case studies tab of the training page: draft from a closed incident, edit, check, print.

A draft comes from ``TrainingService.draft_case_study`` with identifying details replaced; the
tab says what was replaced. The person edits the text and confirms each checklist item; Save as
checked stores it checked by them. If names or dates still seem to be in the text, they are
asked first. Print handout… is enabled only for a checked case study.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.case_study import CaseStudyDraft
from ...domain.training import CaseStudy, ChecklistItem
from ...domain.vocabulary import fill
from ...services.training import TrainingService
from ..dialogs.messages import show_error
from .training_widgets import PageHost


class CaseStudyTab(QWidget):
    """The case studies of the shop, one edited at a time."""

    def __init__(
        self, service: TrainingService, can_edit: bool, can_print: bool, page: PageHost
    ) -> None:
        super().__init__()  # the tab widget becomes its parent
        self.service, self.can_edit, self.can_print, self.page = service, can_edit, can_print, page
        self.case_id: int | None = None
        self.source_id: int | None = None
        self.list = QListWidget()
        self.list.setObjectName("caseList")
        self.list.currentItemChanged.connect(self._selected)
        # Editable: the closed incidents marked "training case" are offered, any closed one may
        # be typed.
        self.reference = QComboBox()
        self.reference.setEditable(True)
        self.reference.setObjectName("caseIncident")
        line = self.reference.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Closed incident, e.g. K-2026-0001"))
        self.draft_button = QPushButton(self.tr("&Draft from incident"))
        self.draft_button.setObjectName("draftCaseButton")
        self.draft_button.clicked.connect(self.draft)
        self.removed = QLabel()
        self.removed.setObjectName("caseRemoved")
        self.removed.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setObjectName("caseTitle")
        self.title.setPlaceholderText(self.tr("Title"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("caseText")
        self.checks: dict[ChecklistItem, QCheckBox] = {
            ChecklistItem.NO_NAMES: QCheckBox(self.tr("No names")),
            ChecklistItem.NO_PLACES: QCheckBox(self.tr("No places")),
            ChecklistItem.NO_DATES: QCheckBox(self.tr("No dates")),
            ChecklistItem.NO_OTHER_DETAILS: QCheckBox(self.tr("No other identifying details")),
        }
        box = QGroupBox(self.tr("I checked this case study:"))
        box_layout = QVBoxLayout(box)
        for item, check in self.checks.items():
            check.setObjectName(f"check_{item.value}")
            box_layout.addWidget(check)
        self.save_button = QPushButton(self.tr("Save &draft"))
        self.save_button.setObjectName("saveCaseButton")
        self.save_button.clicked.connect(self.save)
        self.check_button = QPushButton(self.tr("Save as &checked"))
        self.check_button.setObjectName("checkCaseButton")
        self.check_button.clicked.connect(self.check)
        self.print_button = QPushButton(self.tr("Print &handout…"))
        self.print_button.setObjectName("printCaseButton")
        self.print_button.clicked.connect(self.print_handout)
        self.state = QLabel()
        self.state.setObjectName("caseState")

        top = QHBoxLayout()
        top.addWidget(self.reference, 1)
        top.addWidget(self.draft_button)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.check_button, self.print_button):
            buttons.addWidget(b)
        buttons.addWidget(self.state, 1)
        editor = QVBoxLayout()
        editor.addLayout(top)
        editor.addWidget(self.removed)
        editor.addWidget(self.title)
        editor.addWidget(self.text, 1)
        editor.addWidget(box)
        editor.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(editor, 3)
        for w in (self.reference, self.draft_button, self.title, self.save_button,
                  self.check_button, box):  # fmt: skip
            w.setEnabled(can_edit)
        self.text.setReadOnly(not can_edit)
        self._update_buttons(None)

    def reload(self) -> None:
        if self.can_edit:
            typed = self.reference.currentText()
            self.reference.clear()
            self.reference.addItems(self.service.case_candidates())
            self.reference.setCurrentText(typed)
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.service.case_studies():
            mark = "✓ " if c.checked else "… "
            item = QListWidgetItem(mark + c.title)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
            if c.id == self.case_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _selected(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        self.show_case(self.service.case_study(int(current.data(Qt.ItemDataRole.UserRole))))

    def show_case(self, case: CaseStudy) -> None:
        self.case_id, self.source_id = case.id, case.source_incident_id
        self.title.setText(case.title)
        self.text.setPlainText(case.text)
        self.removed.clear()
        for item, check in self.checks.items():
            check.setChecked(bool(case.checklist.get(item.value)))
        self._update_buttons(case)

    def _update_buttons(self, case: CaseStudy | None) -> None:
        checked = case is not None and case.checked
        self.print_button.setEnabled(self.can_print and checked)
        if case is None:
            self.state.setText("")
        elif checked:
            self.state.setText(fill(self.tr("Checked by %1"), case.checked_by))
        else:
            self.state.setText(self.tr("Not checked: it cannot be printed yet."))

    @Slot()
    def draft(self) -> None:
        try:
            incident_id, d = self.service.draft_case_study(
                self.reference.currentText(), self.page.print_language()
            )
        except Exception as exc:  # e.g. not closed: said to the user
            show_error(self, exc)
            return
        self.case_id, self.source_id = None, incident_id
        self.title.setText(d.title)
        self.text.setPlainText(d.text)
        for check in self.checks.values():
            check.setChecked(False)
        self.removed.setText(self._removed_text(d))
        self._update_buttons(None)
        self.state.setText(self.tr("Draft: not saved yet."))

    def _removed_text(self, d: CaseStudyDraft) -> str:
        if not d.removed:
            return self.tr("Nothing identifying was found: read it carefully.")
        kinds = self._kind_labels()
        parts = ", ".join(f"{kinds.get(r.kind, r.kind)} ×{r.count}" for r in d.removed)
        return fill(
            self.tr("Replaced: %1. Read it and remove anything else that identifies someone."),
            parts,
        )

    def _kind_labels(self) -> dict[str, str]:
        return {
            "customer": self.tr("customer"), "staff": self.tr("staff member"),
            "person": self.tr("person"), "place": self.tr("place"), "shop": self.tr("the shop"),
            "date": self.tr("date"), "time": self.tr("time"), "phone": self.tr("phone"),
            "email": self.tr("e-mail"), "url": self.tr("URL"), "postcode": self.tr("postcode"),
            "plate": self.tr("licence plate"), "contact": self.tr("contact"),
        }  # fmt: skip

    def _answers(self) -> dict[str, bool]:
        return {item.value: check.isChecked() for item, check in self.checks.items()}

    @Slot()
    def save(self) -> CaseStudy | None:
        try:
            case = self.service.save_draft(
                self.title.text(), self.text.toPlainText(), self.source_id, self.case_id
            )
        except Exception as exc:
            show_error(self, exc)
            return None
        self.case_id = case.id
        self.page.reload()
        self._update_buttons(case)
        return case

    def confirm_leftovers(self, kinds: list[str]) -> bool:
        """Ask whether to check although ``kinds`` were still found (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Case study"),
            fill(
                self.tr("It still seems to contain: %1. Check it anyway?"),
                ", ".join(self._kind_labels().get(k, k) for k in kinds),
            ),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def check(self) -> None:
        if self.case_id is None and self.save() is None:
            return
        title, text = self.title.text(), self.text.toPlainText()
        try:
            found = self.service.leftovers(f"{title}\n{text}", self.source_id)
            if found and not self.confirm_leftovers(found):
                return
            case = self.service.check(
                self.case_id or 0, self._answers(), title=title, text=text, accept_leftovers=True
            )
        except Exception as exc:  # a checklist item not confirmed: said to the user
            show_error(self, exc)
            return
        self.page.reload()
        self._update_buttons(case)

    @Slot()
    def print_handout(self) -> None:
        if self.case_id is None:
            return
        dest = self.page.choose_pdf_path(self.tr("case-study"))
        if dest is None:
            return
        try:
            write = self.service.handout_job(self.case_id, dest, self.page.print_language())
        except Exception as exc:
            show_error(self, exc)
            return
        self.page.run_print(write, self.print_button)
