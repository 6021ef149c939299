"""The basic policy page (Duty menu): write the policy from the template, keep its versions,
adopt one, record when staff were told, and print the staff document or the poster.

Everyone who may read guidance sees the page; editing needs EDIT_POLICY (a manager or the
owner): for anyone else the text is read-only and the buttons that change something are
hidden. The services check the role again. PDFs are built and written off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.policy import PolicyVersion
from ...domain.vocabulary import fill
from ...services.documents import code_points, unprintable_characters, write_pdf_atomically
from ...services.policy import PdfBuild, PolicyService, document_builder, poster_builder
from ...services.registry import Services
from ..dialogs.messages import error_text, show_error
from ..reports.common import LanguageCombo, TaskHolder, choose_save_path
from ..save_locations import SaveKind, folder_problem, remember, save_error_text, suggested_path
from .policy_dialogs import AckDialog, AdoptDialog, ToldDialog


class PolicyPage(QDialog):
    """The basic policy of the open logbook."""

    def __init__(self, parent: QWidget, service: PolicyService) -> None:
        super().__init__(parent)
        self.setObjectName("policyPage")
        self.setWindowTitle(self.tr("Basic policy"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.resize(980, 680)
        self.service = service
        self.editable = service.can_edit
        self.selected: PolicyVersion | None = None
        self.seeded = ""  # the body last put in from the template (unchanged: reseed on language)
        self.tasks = TaskHolder(self, self._printed, self._print_failed, lambda *_: None)
        self.printing: Path | None = None

        self.status = QLabel(self)
        self.status.setObjectName("policyStatus")
        self.status.setWordWrap(True)
        self.versions = QListWidget(self)
        self.versions.setObjectName("versionsList")
        self.versions.setAccessibleName(self.tr("Versions"))
        self.versions.currentItemChanged.connect(self._version_chosen)

        self.language = LanguageCombo(self, "ja")
        self.language.currentIndexChanged.connect(self._language_changed)
        self.template_button = QPushButton(self.tr("Start from the &template"), self)
        self.template_button.setObjectName("templateButton")
        self.template_button.clicked.connect(self.seed_from_template)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("policyTitle")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("policyBody")
        self.body_edit.setAccessibleName(self.tr("Policy text"))
        for w in (self.title_edit, self.body_edit):
            w.setReadOnly(not self.editable)

        self.save_button = self._button(self.tr("&Save draft"), "saveDraftButton", self.save_draft)
        self.adopt_button = self._button(self.tr("&Adopt…"), "adoptButton", self.open_adopt)
        self.told_button = self._button(
            self.tr('Record "staff &told"…'), "toldButton", self.open_told
        )
        self.ack_button = self._button(self.tr("Ac&knowledged…"), "ackButton", self.open_ack)
        self.print_button = self._button(
            self.tr("Print staff &document…"), "printDocumentButton", self.print_document
        )
        self.a4_button = self._button(
            self.tr("Poster A&4…"), "posterA4Button", lambda: self.print_poster("A4")
        )
        self.a3_button = self._button(
            self.tr("Poster A&3…"), "posterA3Button", lambda: self.print_poster("A3")
        )
        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for b in (
            self.save_button, self.adopt_button, self.told_button, self.ack_button,
            self.template_button,
        ):  # fmt: skip
            b.setVisible(self.editable)
        self._layout()
        self.refresh()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Versions:"), left))
        lv.addWidget(self.versions, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:"), right))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.template_button)
        rv.addLayout(top)
        rv.addWidget(self.title_edit)
        rv.addWidget(self.body_edit, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([230, 750])
        buttons = QHBoxLayout()
        for b in (self.save_button, self.adopt_button, self.told_button, self.ack_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.print_button, self.a4_button, self.a3_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    # -- showing -------------------------------------------------------------------------

    def status_text(self) -> str:
        s = self.service.status(self.service.roster())
        if s.adopted is None or s.adopted.adopted_on is None:
            return self.tr("No policy adopted yet: write it from the template and adopt it.")
        parts = [fill(self.tr("Version %1 adopted on %2."), s.adopted.version,
                      s.adopted.adopted_on.isoformat())]  # fmt: skip
        if s.told_on is None:
            parts.append(self.tr("Staff have not been told yet."))
        else:
            parts.append(fill(self.tr("Staff last told on %1."), s.told_on.isoformat()))
        if s.unacknowledged:
            missing = len(s.unacknowledged)
            parts.append(self.tr("Not yet acknowledged by %n on the roster.", "", missing))
        return " ".join(parts)

    def version_label(self, v: PolicyVersion) -> str:
        if v.adopted_on is not None:
            return fill(self.tr("v%1 · %2 · adopted %3"), v.version, v.lang,
                        v.adopted_on.isoformat())  # fmt: skip
        return fill(self.tr("v%1 · %2 · draft"), v.version, v.lang)

    def refresh(self, select: int | None = None) -> None:
        """Reload versions and status; select version ``select`` (default: the current one)."""
        self.status.setText(self.status_text())
        versions = self.service.versions()
        current = self.service.current()
        wanted = select or (current.version if current else None)
        if wanted is None and versions:
            wanted = versions[-1].version
        self.versions.blockSignals(True)
        self.versions.clear()
        chosen: QListWidgetItem | None = None
        for v in reversed(versions):
            item = QListWidgetItem(self.version_label(v), self.versions)
            item.setData(Qt.ItemDataRole.UserRole, v.version)
            if v.version == wanted:
                chosen = item
        self.versions.blockSignals(False)
        has_policy = current is not None
        self.told_button.setEnabled(has_policy)
        self.ack_button.setEnabled(has_policy)
        self.print_button.setEnabled(has_policy)
        if chosen is not None:
            self.versions.setCurrentItem(chosen)
        elif not versions:
            self.seed_from_template()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _version_chosen(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is None:
            return
        v = self.service.get(int(item.data(Qt.ItemDataRole.UserRole)))
        self.selected = v
        self.language.blockSignals(True)
        self.language.set_language(v.lang)
        self.language.blockSignals(False)
        self.title_edit.setText(v.title)
        self.body_edit.setPlainText(v.body)
        self.seeded = ""

    @Slot()
    def seed_from_template(self) -> None:
        """Put the template's text (with the shop's name) in the chosen language."""
        title, body = self.service.seed(self.language.language())
        self.selected = None
        self.versions.clearSelection()
        self.title_edit.setText(title)
        self.body_edit.setPlainText(body)
        self.seeded = body

    @Slot()
    def _language_changed(self) -> None:
        # Only an untouched template follows the language; typed text is never replaced.
        if self.seeded and self.body_edit.toPlainText() == self.seeded:
            self.seed_from_template()

    # -- changing ------------------------------------------------------------------------

    def _unchanged(self) -> bool:
        v = self.selected
        return v is not None and (v.title, v.body, v.lang) == (
            self.title_edit.text(), self.body_edit.toPlainText(), self.language.language()
        )  # fmt: skip

    def _run(self, action: Any) -> Any:
        try:
            return action()
        except Exception as exc:  # said to the user; nothing was changed
            show_error(self, exc)
            return None

    @Slot()
    def save_draft(self) -> PolicyVersion | None:
        """Save the text: into the selected draft, or as a new version."""
        draft = self.selected.version if self.selected and not self.selected.adopted else None
        v = self._run(lambda: self.service.save_draft(
            self.title_edit.text(), self.body_edit.toPlainText(), self.language.language(), draft
        ))  # fmt: skip
        if v is not None:
            self.message.setText(fill(self.tr("Saved as version %1."), v.version))
            self.refresh(select=v.version)
        return v  # type: ignore[no-any-return]

    @Slot()
    def open_adopt(self) -> AdoptDialog:
        if self._unchanged() and self.selected is not None:
            what = fill(self.tr("Adopt version %1 as the shop's policy."), self.selected.version)
        else:
            what = self.tr("The text is saved as a new version and adopted.")
        dialog = AdoptDialog(self, self.service.today(), what)
        dialog.accepted.connect(lambda: self.adopt(dialog.day()))
        dialog.open()
        return dialog

    def adopt(self, on: Any) -> PolicyVersion | None:
        selected = self.selected
        if selected is not None and not selected.adopted and self._unchanged():
            v = self._run(lambda: self.service.adopt(selected.version, on))
        else:
            v = self._run(lambda: self.service.adopt_text(
                self.title_edit.text(), self.body_edit.toPlainText(), self.language.language(), on
            ))  # fmt: skip
        if v is not None:
            self.message.setText(fill(self.tr("Version %1 adopted."), v.version))
            self.refresh(select=v.version)
        return v  # type: ignore[no-any-return]

    @Slot()
    def open_told(self) -> ToldDialog:
        dialog = ToldDialog(self, self.service.today())
        dialog.accepted.connect(lambda: self.record_told(dialog))
        dialog.open()
        return dialog

    def record_told(self, dialog: ToldDialog) -> None:
        day, how, who, note = dialog.day(), dialog.method(), dialog.names(), dialog.note.text()
        t = self._run(lambda: self.service.record_told(day, how, who, note))
        if t is not None:
            self.message.setText(
                fill(self.tr("Recorded: staff told on %1."), t.told_on.isoformat())
            )
            self.refresh(select=self.selected.version if self.selected else None)

    @Slot()
    def open_ack(self) -> AckDialog:
        pending = list(self._run(lambda: self.service.unacknowledged(self.service.roster())) or [])
        dialog = AckDialog(self, self.service.today(), pending)
        dialog.accepted.connect(lambda: self.record_acks(dialog))
        dialog.open()
        return dialog

    def record_acks(self, dialog: AckDialog) -> None:
        day, names = dialog.day(), dialog.names()
        done = [
            a for name in names if (a := self._run(lambda n=name: self.service.acknowledge(n, day)))
        ]
        if done:
            text = self.tr("Acknowledgements recorded: %n.", "", len(done))
            self.message.setText(text)
            self.refresh(select=self.selected.version if self.selected else None)

    # -- printing ------------------------------------------------------------------------

    @Slot()
    def print_document(self) -> None:
        lang = self.language.language()
        data = self._run(lambda: self.service.document_data(lang=lang))
        if data is not None:
            name = fill(self.tr("policy_v%1.pdf"), data.version)
            self._print(document_builder(data), name, self.tr("Save the staff document"))

    def print_poster(self, size: str) -> None:
        data = self._run(lambda: self.service.poster_data(self.language.language()))
        if data is not None:
            title = fill(self.tr("Save the poster (%1)"), size)
            self._print(poster_builder(data, size), f"policy_poster_{size}.pdf", title)

    def _print(self, build: PdfBuild, suggested: str, title: str) -> None:
        pdf_filter = QCoreApplication.translate("ReportDialogs", "PDF (*.pdf)")
        dest = choose_save_path(self, title, suggested_path(SaveKind.REPORT, suggested), pdf_filter)
        if dest is None:
            return
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_name(dest.name + ".pdf")
        problem = folder_problem(dest)
        if problem is not None:
            self.message.setText(problem)
            return
        self.printing = dest
        self.message.setText(self.tr("Making the PDF…"))

        def work(_ctx: object) -> tuple[Path, set[str]]:
            with unprintable_characters() as unprintable:  # entered on the worker's thread
                write_pdf_atomically(dest, build)
            return dest, unprintable

        self.tasks.start(work)

    def _printed(self, value: object) -> None:
        assert isinstance(value, tuple)
        dest, unprintable = value
        remember(SaveKind.REPORT, dest)
        text = fill(self.tr("Saved to %1"), str(dest))
        if unprintable:  # characters no installed font has: they print as [U+XXXX]
            note = self.tr("%n character(s) could not be printed: %1", "", len(unprintable))
            text = f"{text} {fill(note, code_points(unprintable))}"
        self.message.setText(text)

    def _print_failed(self, exc: BaseException) -> None:
        dest = self.printing or Path()
        self.message.setText(save_error_text(exc, dest) or error_text(exc) or "")


def open_policy_page(window: QMainWindow, services: Services) -> QWidget:
    """Open the basic policy page over ``window`` (non-modal)."""
    if services.policy is None:
        raise RuntimeError("This session has no policy service.")
    page = PolicyPage(window, services.policy)
    page.show()
    return page
