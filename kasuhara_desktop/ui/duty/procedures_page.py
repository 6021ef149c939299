"""Duty > Handling procedures: the shop's playbooks, settings and harassment criteria.

One tab per situation (in person, phone, online, written demands) holds its steps and the
script editor; a Settings tab the rule that nobody handles a complaint alone (minimum staff),
the phone time limit and its script, when to apologise and the recording policy; a Criteria tab
the behaviours the shop always treats as an unacceptable manner. The texts are edited in one
language at a time (the combo at the top), all in one draft: Save stores a new version of what
changed (``ProcedureService.save_document``). Everyone may read (``VIEW_GUIDANCE``); only
``EDIT_POLICY`` may edit, otherwise the page is read-only.

Print manual… writes the saved version's manual PDF in a background task (``ui/tasks.py``):
what the manual needs is read first on the GUI thread, the worker gets plain data only.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Behaviour
from ...domain.procedures import LANGUAGES, MIN_STAFF_RANGE, PHONE_LIMIT_RANGE, Situation, language
from ...domain.roles import Permission
from ...domain.vocabulary import fill
from ...services.procedures import ProcedureService
from ...services.registry import Services
from ..dialogs.messages import show_error
from ..i18n import current_language
from ..labels import behaviour_label
from ..save_locations import SaveKind, remember, suggested_path
from ..tasks import run_task
from .procedures_tabs import SituationTab, lines_of


class ProceduresPage(QDialog):
    """The procedures, settings and criteria of the shop, edited as one draft."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if services.procedures is None:
            raise RuntimeError("The procedures service is not available.")
        self.service: ProcedureService = services.procedures
        self.can_edit = services.access.can(Permission.EDIT_POLICY)
        self.setObjectName("proceduresPage")
        self.setWindowTitle(self.tr("Handling procedures"))
        self.doc: dict[str, Any] = self.service.document()
        self.lang = language(current_language())
        self.print_task: object | None = None

        self.language = QComboBox(self)
        self.language.setObjectName("textLanguage")
        for code, name in (("ja", "日本語"), ("en", "English"), ("nb", "Norsk bokmål")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(LANGUAGES.index(self.lang))
        self.language.currentIndexChanged.connect(self._on_language)
        self.version = QLabel(self)
        self.version.setObjectName("versionLabel")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Texts in:"), self))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.version)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("procedureTabs")
        self.situations: dict[Situation, SituationTab] = {}
        names = {
            Situation.IN_PERSON: self.tr("In person"),
            Situation.PHONE: self.tr("Phone"),
            Situation.ONLINE: self.tr("Online / SNS"),
            Situation.WRITTEN: self.tr("Written demands"),
        }
        for situation in Situation:
            tab = SituationTab(situation, self.tabs)
            self.situations[situation] = tab
            self.tabs.addTab(tab, names[situation])
        self.tabs.addTab(self._settings_tab(), self.tr("Settings"))
        self.tabs.addTab(self._criteria_tab(), self.tr("Criteria"))

        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What changed (kept with the version)"))
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print manual…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(self.tr("The manual shows the saved version."))
        self.print_button.clicked.connect(self.print_manual)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.resize(900, 640)
        self._set_editable(self.can_edit)
        self.load()

    # ------------------------------------------------------------ tabs

    def _settings_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("settingsTab")
        self.min_staff = QSpinBox(tab)
        self.min_staff.setObjectName("minStaff")
        self.min_staff.setRange(*MIN_STAFF_RANGE)
        self.phone_limit = QSpinBox(tab)
        self.phone_limit.setObjectName("phoneLimit")
        self.phone_limit.setRange(*PHONE_LIMIT_RANGE)
        self.phone_limit.setSuffix(self.tr(" min"))
        self.phone_script = QPlainTextEdit(tab)
        self.phone_script.setObjectName("phoneLimitScript")
        self.phone_script.setAccessibleName(self.tr("What to say when the limit is reached"))
        self.apology = QPlainTextEdit(tab)
        self.apology.setObjectName("apology")
        self.recording = QPlainTextEdit(tab)
        self.recording.setObjectName("recordingPolicy")
        form = QFormLayout(tab)
        form.addRow(self.tr("Staff who handle a complaint together (at least):"), self.min_staff)
        form.addRow(self.tr("Phone time limit:"), self.phone_limit)
        form.addRow(self.tr("When the limit is reached, say (%1 = minutes):"), self.phone_script)
        form.addRow(self.tr("When and for what we apologise:"), self.apology)
        form.addRow(self.tr("Recording policy (announced to callers):"), self.recording)
        return tab

    def _criteria_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("criteriaTab")
        self.behaviours = QListWidget(tab)
        self.behaviours.setObjectName("criteriaBehaviours")
        for b in Behaviour:
            if b in (Behaviour.OTHER, Behaviour.SNS_THREAT_OR_POST):
                continue  # not a behaviour one can declare (legacy / catch-all codes)
            item = QListWidgetItem(behaviour_label(b), self.behaviours)
            item.setData(Qt.ItemDataRole.UserRole, b.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.phone_applies = QCheckBox(self.tr("A call longer than the phone limit counts"), tab)
        self.phone_applies.setObjectName("phoneLimitApplies")
        self.examples = QPlainTextEdit(tab)
        self.examples.setObjectName("criteriaExamples")
        self.examples.setMaximumHeight(140)
        explain = QLabel(
            self.tr(
                "Ticked behaviours are always an unacceptable manner in this shop. When one is "
                "recorded on an incident, judging suggests it with its source; the person "
                "judging confirms it or not."
            ),
            tab,
        )
        explain.setWordWrap(True)
        form = QFormLayout(tab)
        form.addRow(explain)
        form.addRow(self.tr("Always unacceptable:"), self.behaviours)
        form.addRow("", self.phone_applies)
        form.addRow(self.tr("Our own examples (one per line):"), self.examples)
        return tab

    def _set_editable(self, editable: bool) -> None:
        for tab in self.situations.values():
            tab.set_editable(editable)
        for edit in (self.phone_script, self.apology, self.recording, self.examples):
            edit.setReadOnly(not editable)
        for widget in (self.min_staff, self.phone_limit, self.phone_applies, self.note):
            widget.setEnabled(editable)
        self.behaviours.setEnabled(editable)
        self.save_button.setVisible(editable)

    # ------------------------------------------------------------ the draft

    def texts(self, lang: str) -> dict[str, Any]:
        found: dict[str, Any] = self.doc["procedures"]["texts"][lang]
        return found

    def load(self) -> None:
        """Show the draft in the current text language."""
        p, c = self.doc["procedures"], self.doc["criteria"]
        t = self.texts(self.lang)
        for situation, tab in self.situations.items():
            tab.load(t["situations"][situation.value])
        self.phone_script.setPlainText(t["phone_limit_script"])
        self.apology.setPlainText(t["apology"])
        self.recording.setPlainText(t["recording_policy"])
        self.min_staff.setValue(p["settings"]["min_staff"])
        self.phone_limit.setValue(p["settings"]["phone_limit_minutes"])
        declared = set(c["unacceptable_behaviours"])
        for row in range(self.behaviours.count()):
            item = self.behaviours.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in declared
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.phone_applies.setChecked(bool(c["phone_limit_applies"]))
        self.examples.setPlainText("\n".join(c["examples"].get(self.lang, [])))
        self._show_version()

    def store(self) -> None:
        """Put what is on screen into the draft (texts of the current language)."""
        p, c = self.doc["procedures"], self.doc["criteria"]
        t = self.texts(self.lang)
        for situation, tab in self.situations.items():
            t["situations"][situation.value] = tab.store()
        t["phone_limit_script"] = self.phone_script.toPlainText().strip()
        t["apology"] = self.apology.toPlainText().strip()
        t["recording_policy"] = self.recording.toPlainText().strip()
        p["settings"] = {
            "min_staff": self.min_staff.value(),
            "phone_limit_minutes": self.phone_limit.value(),
        }
        c["unacceptable_behaviours"] = [
            self.behaviours.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.behaviours.count())
            if self.behaviours.item(row).checkState() == Qt.CheckState.Checked
        ]
        c["phone_limit_applies"] = self.phone_applies.isChecked()
        c["examples"][self.lang] = lines_of(self.examples)

    def _show_version(self) -> None:
        p, c = self.doc["procedures"], self.doc["criteria"]
        if p["version"]:
            text = self.tr("Version %1, saved %2 by %3; criteria version %4")
            saved = (p["saved_at"] or "")[:10]
            text = fill(text, p["version"], saved, p["saved_by"], c["version"])
        else:
            text = self.tr("The shipped defaults: not yet adopted by the shop")
        self.version.setText(text)

    @Slot(int)
    def _on_language(self, index: int) -> None:
        self.store()
        self.lang = str(self.language.itemData(index))
        self.load()

    # ------------------------------------------------------------ actions

    @Slot()
    def save(self) -> None:
        self.store()
        note = self.note.text().strip()
        p, c = copy.deepcopy(self.doc["procedures"]), copy.deepcopy(self.doc["criteria"])
        doc = {
            "procedures": {"settings": p["settings"], "texts": p["texts"], "note": note},
            "criteria": {
                key: c[key]
                for key in ("unacceptable_behaviours", "examples", "phone_limit_applies")
            }
            | {"note": note},
        }
        try:
            result = self.service.save_document(doc)
        except Exception as exc:  # said to the user; the draft stays on screen
            show_error(self, exc)
            return
        self.doc = self.service.document()
        self.note.clear()
        self.load()
        if result.changed:
            self.status.setText(self.tr("Saved as a new version."))
        else:
            self.status.setText(self.tr("Nothing changed: no new version."))

    def choose_manual_path(self) -> Path | None:
        """Ask where to save the manual (tests replace this)."""
        start = suggested_path(SaveKind.REPORT, self.tr("manual") + f"-{self.lang}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the manual"), str(start), self.tr("PDF files (*.pdf)")
        )
        return Path(chosen) if chosen else None

    @Slot()
    def print_manual(self) -> None:
        dest = self.choose_manual_path()
        if dest is None:
            return
        remember(SaveKind.REPORT, dest)
        try:
            write = self.service.manual_job(dest, self.lang)  # read here, write off-thread
        except Exception as exc:
            show_error(self, exc)
            return
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Writing the manual…"))
        self.print_task = run_task(
            lambda _ctx: write(), on_result=self._printed, on_error=self._print_failed
        )

    @Slot(object)
    def _printed(self, path: object) -> None:
        self.print_button.setEnabled(True)
        self.status.setText(fill(self.tr("The manual was saved: %1"), path))

    @Slot(object)
    def _print_failed(self, exc: object) -> None:
        self.print_button.setEnabled(True)
        self.status.setText("")
        if isinstance(exc, BaseException):
            show_error(self, exc)


def open_procedures_page(window: QMainWindow, services: Services) -> QWidget:
    """Open the page as a non-modal window over ``window`` (closed when the session locks)."""
    page = ProceduresPage(services, window)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.show()
    return page
