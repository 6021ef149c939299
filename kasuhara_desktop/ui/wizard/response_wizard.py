"""The guided response: one ``QWizard``, one page per step, over a draft only Finish saves.

Which page follows which is decided in ``domain/response_flow.py`` (``nextId`` asks it): a
justified complaint skips the on-site police flow, written contact skips it too, and so on.
Finish saves the draft in one ``ResponseService.save`` call, one transaction (a new incident
walked straight to a later status included); the service validates it with the same rules as
the JSON import and its workflow guards judge the status change. A refused save shows why on
the page in view and keeps every character.
Step 7's notice button also saves (the notice is issued from the stored incident; see
``notice_step.py``). A closed incident is read-only: the guide does not open on it.

Locking: the wizard follows the session (it is a ``locking.Lockable``).
:meth:`ResponseWizard.stash_for_lock` keeps the draft in memory and lets go of the services;
:meth:`ResponseWizard.restore_after_unlock` takes the new ``Services`` of the unlocked vault.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QWidget, QWizard

from ...domain.enums import IncidentStatus
from ...domain.errors import UserError, ValidationError, WorkflowError
from ...domain.models import Incident
from ...domain.response_flow import STEPS, Step, next_step, skip_reason, status_option
from ...domain.roles import AccessDeniedError, Permission
from ...domain.vocabulary import fill
from ...services.autosave import RecoveredDraft
from ...services.registry import Services
from ..autosave import Autosaver, Snapshot, autosave_service
from ..editor.field_names import describe_path, locate
from ..labels import label
from ..widgets.screen_fit import resize_within_screen
from . import clock
from .draft import ResponseDraft
from .page_base import ResponsePage
from .page_close import ClosePage
from .page_facts import FactsPage
from .page_judge import JudgePage
from .page_offences import OffencesPage
from .page_on_site import OnSitePage
from .page_staff_care import StaffCarePage
from .page_what_happened import WhatHappenedPage
from .step_list import go_back_to, mark_step_item
from .texts import text

PAGE_CLASSES: dict[Step, type[ResponsePage]] = {
    Step.WHAT_HAPPENED: WhatHappenedPage,
    Step.FACTS: FactsPage,
    Step.JUDGE: JudgePage,
    Step.ON_SITE: OnSitePage,
    Step.STAFF_CARE: StaffCarePage,
    Step.OFFENCES: OffencesPage,
    Step.CLOSE: ClosePage,
}

# Steps whose questions only a role that may judge answers (staff see who does instead).
MANAGER_STEPS = (Step.JUDGE, Step.OFFENCES, Step.CLOSE)

# Where a validation path's first part is entered (for "correct it in step N").
_FIELD_STEP = {
    "statements": Step.FACTS,
    "assessment": Step.JUDGE,
    "timeline": Step.ON_SITE,
    "staff_care": Step.STAFF_CARE,
    "offender_known_on": Step.OFFENCES,
    "offender_known_to_staff_on": Step.OFFENCES,
    "actions": Step.CLOSE,
    "prevention": Step.CLOSE,
}


class ResponseWizard(QWizard):
    """Walk one incident through the response; ``reference=None`` starts a new one now.

    Signals:
        saved(str): the incident's reference after Finish saved it.
    """

    saved = Signal(str)

    def __init__(
        self, services: Services, reference: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("response_wizard")
        incidents = services.incidents
        shop = incidents.shop_profile()
        if reference:
            incident = incidents.get(reference)
        else:
            incident = Incident(
                occurred_at=clock.now(shop.timezone), summary="", timezone=shop.timezone
            )
        self.draft = ResponseDraft(incident, user=services.acting_user, shop=shop, parent=self)
        self.draft.services = services
        self.draft.can_judge = services.access.can(Permission.JUDGE)
        self.draft.display_name = services.access.display_name
        self.load_evidence()

        self.pages: dict[Step, ResponsePage] = {}
        for number, step in enumerate(STEPS):
            page = PAGE_CLASSES[step](self.draft, self)
            page.setFinalPage(True)  # "Save and close" works from every step
            self.setPage(number, page)
            self.pages[step] = page
        close = self.pages[Step.CLOSE]
        assert isinstance(close, ClosePage)
        close.notice_requested.connect(self._issue_notice)
        close.notice_issued.connect(self._on_notice_issued)
        self.setStartId(0)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.HaveNextButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.follow_role()
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        # Qt ships no Norwegian for its own wizard buttons: use the setup wizard's translations.
        next_text = QCoreApplication.translate("SetupWizard", "&Next >")
        back_text = QCoreApplication.translate("SetupWizard", "< &Back")
        self.setButtonText(QWizard.WizardButton.NextButton, next_text)
        self.setButtonText(QWizard.WizardButton.BackButton, back_text)

        self.steps = QListWidget(self)
        self.steps.setObjectName("step_list")
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setMinimumWidth(210)
        self.steps.setWordWrap(True)
        self.steps.itemClicked.connect(self._on_step_clicked)
        self.setSideWidget(self.steps)
        self.draft.changed.connect(self.update_steps)
        self.autosaver = Autosaver("guide", self._autosave_snapshot, self)  # crash safety
        self.autosaver.set_service(autosave_service(incidents))
        self.draft.changed.connect(self.autosaver.changed)
        self.currentIdChanged.connect(self._on_page_changed)
        self.update_steps()
        self.update_title()
        resize_within_screen(self, 1240, 900)

    # ------------------------------------------------------------ pages and route

    def follow_role(self) -> None:
        """Fit the guide to the signed-in role: staff record a draft for a manager to judge.

        Without the right to judge there is no closing step (no status, no notice) and Finish
        says the record is saved as a draft; the judge and offences steps say who answers them.
        """
        finish = self.tr("&Save and close")  # texts.SAVE_BUTTON: the pages name it so
        if not self.draft.can_judge:
            finish = self.tr("&Save draft and close")  # texts.SAVE_DRAFT_BUTTON
        self.setButtonText(QWizard.WizardButton.FinishButton, finish)
        if not self.draft.can_judge:
            self.draft.target_status = self.draft.before_status  # a status change is a manager's

    def manager_step(self, step: Step) -> str | None:
        """Why ``step`` is a manager's for the signed-in user, or ``None`` when it is theirs."""
        if self.draft.can_judge or step not in MANAGER_STEPS:
            return None
        if step is Step.CLOSE:
            return self.tr("a manager decides and closes")
        return self.tr("a manager judges this")

    def step_of(self, page_id: int) -> Step:
        return STEPS[page_id]

    def nextId(self) -> int:
        current = self.currentId()
        if current < 0:
            return self.startId()
        following = next_step(self.step_of(current), self.draft.incident)
        if following is Step.CLOSE and not self.draft.can_judge:
            following = None  # staff finish with their record saved as a draft
        return -1 if following is None else STEPS.index(following)

    def page_for(self, step: Step) -> ResponsePage:
        return self.pages[step]

    @Slot(int)
    def _on_page_changed(self, _page_id: int) -> None:
        for page in self.pages.values():
            page.show_error("")
        self.update_steps()

    @Slot()
    def update_steps(self) -> None:
        current = self.currentId()
        self.steps.clear()
        for number, step in enumerate(STEPS):
            caption = self.pages[step].title()
            reason = skip_reason(step, self.draft.incident)
            theirs = self.manager_step(step)
            if reason is not None:
                caption += "\n(" + text("skip", reason) + ")"
            elif theirs is not None:
                caption += "\n(" + theirs + ")"
                reason = theirs
            item = QListWidgetItem(caption, self.steps)
            font = QFont(self.steps.font())
            font.setBold(number == current)
            item.setFont(font)
            if reason is not None:
                item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
            mark_step_item(item, number, self.visitedIds(), current, self.palette())

    @Slot(QListWidgetItem)
    def _on_step_clicked(self, item: QListWidgetItem) -> None:
        """Go back to a step already reached (later steps are reached with Next)."""
        go_back_to(self, self.steps.row(item))

    def update_title(self) -> None:
        name = self.draft.reference or self.tr("New incident")
        self.setWindowTitle(fill(self.tr("%1 — Guided response"), name))

    def load_evidence(self) -> None:
        services = self.draft.services
        self.draft.evidence = []
        if services is None or self.draft.is_new:
            return
        try:
            self.draft.evidence = services.evidence.items(self.draft.reference)
        except UserError:
            self.draft.evidence = []

    # ------------------------------------------------------------ saving

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Check and save the draft; on failure say why where the user is and keep it all."""
        services = self.draft.services
        if services is None:
            return False
        self.show_error("")
        d = self.draft
        try:
            saved = services.response.save(
                d.build(),
                reference=None if d.is_new else d.reference,
                base_version=d.base_version,
                status_reason=d.status_reason,
            )
        except ValidationError as err:
            self.show_error(self._validation_text(err))
            return False
        except WorkflowError as err:
            self.show_error(self._workflow_text(err))
            return False
        except AccessDeniedError as err:
            template = self.tr(
                "Not saved: %1\nNothing you typed was lost: it stays open here. Ask a manager "
                "to sign in (File → Switch user…) and save it."
            )
            self.show_error(fill(template, str(err)))
            return False
        except UserError as err:
            template = self.tr("Not saved: %1\nNothing you typed was lost.")
            self.show_error(fill(template, str(err)))
            return False
        self.draft.saved(saved)
        self.autosaver.clear()
        self.load_evidence()
        self.update_title()
        self.saved.emit(saved.reference)
        return True

    def _validation_text(self, err: ValidationError) -> str:
        path, sep, rest = str(err).partition(": ")
        detail = f"{describe_path(path)}: {rest}" if sep else str(err)
        step = _FIELD_STEP.get(locate(path)[0], Step.WHAT_HAPPENED)
        where = self.pages[step].title()
        template = self.tr("Not saved. %1 (%2)\nNothing you typed was lost: correct it and save.")
        return fill(template, detail, where)

    def _workflow_text(self, err: WorkflowError) -> str:
        d = self.draft
        option = status_option(d.incident, d.before_status, d.target_status, d.status_reason)
        problems = [text("workflow", code) for code in option.problems] or [str(err)]
        template = self.tr(
            "Not saved: the status cannot be changed to “%1”.\n%2\nNothing you typed was "
            "lost: fix this, or choose another status in step 7."
        )
        lines = "\n".join(f"• {p}" for p in problems)
        return fill(template, label(d.target_status), lines)

    @Slot()
    def _issue_notice(self) -> None:
        """Step 7's notice button: save the response so far, then open the notice dialog."""
        close = self.pages[Step.CLOSE]
        assert isinstance(close, ClosePage)
        close.notice_step.start(self, self)

    @Slot(str)
    def _on_notice_issued(self, _number: str) -> None:
        """Step 7 issued a notice (the draft took over the stored incident): show it."""
        for page in self.pages.values():
            page.reload()
        self.draft.notify()
        self.saved.emit(self.draft.reference)

    def show_error(self, message: str) -> None:
        page = self.currentPage()
        if isinstance(page, ResponsePage):
            page.show_error(message)
        elif message:
            self.pages[Step.CLOSE].show_error(message)

    def error_text(self) -> str:
        """The error shown on the page in view ('' when none)."""
        page = self.currentPage()
        return page.error.text() if isinstance(page, ResponsePage) else ""

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        """Close, Esc and the window's close button: ask before dropping typed text."""
        if not self.draft.is_dirty():
            self.autosaver.clear()
            super().reject()
            return
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        locked = self.draft.services is None
        if not locked:
            buttons |= QMessageBox.StandardButton.Save
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved response"),
            self.tr("This response has things that are not saved yet. Save them?"),
            buttons,
            QMessageBox.StandardButton.Cancel if locked else QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            if self.save():
                super().accept()
        elif answer == QMessageBox.StandardButton.Discard:
            self.autosaver.clear()  # discarded on purpose: nothing left to recover
            super().reject()

    # ------------------------------------------------------------ locking

    @property
    def is_locked(self) -> bool:
        return self.draft.services is None

    @Slot()
    def stash_for_lock(self) -> None:
        """The vault is being locked: keep the draft in memory, drop the services, disable."""
        if self.draft.services is None:
            return
        self.autosaver.flush()  # the last seconds typed, while the vault is still open
        self.autosaver.set_service(None)
        self.draft.services = None
        self.draft.evidence = []
        for page in self.pages.values():
            page.set_locked(True)
        self.setEnabled(False)

    @Slot(object)
    def restore_after_unlock(self, services: Services) -> None:
        """The vault is open again: the same draft, the new services."""
        self.draft.services = services
        self.draft.user = services.acting_user
        can_judge = services.access.can(Permission.JUDGE)
        role_changed = can_judge != self.draft.can_judge
        self.draft.can_judge = can_judge
        self.draft.display_name = services.access.display_name
        self.follow_role()  # another user may have unlocked: their role decides the steps
        self.autosaver.set_service(autosave_service(services.incidents))
        self.load_evidence()
        for page in self.pages.values():
            page.set_locked(False)
        self.setEnabled(True)
        current = self.currentPage()
        if role_changed:  # the steps already seen show the questions, or the manager's line
            for page_id in self.visitedIds():
                seen = self.page(page_id)
                if isinstance(seen, ResponsePage):
                    seen.reload()
        elif isinstance(current, ResponsePage):
            current.reload()
        self.update_steps()

    @property
    def stashed_draft(self) -> Incident | None:
        """The draft kept while the vault is locked (``None`` when unlocked)."""
        return self.draft.incident if self.draft.services is None else None

    # ------------------------------------------------------------ autosave (ui/autosave.py)

    def _autosave_snapshot(self) -> Snapshot:
        d = self.draft
        if not d.is_dirty():
            return None
        return d.incident, d.base_version, {"target": d.target_status.value,
                                            "reason": d.status_reason}  # fmt: skip

    def restore_draft(self, recovered: RecoveredDraft) -> None:
        """Go on with a draft a crash left behind; saved only by "Save and close"."""
        d = self.draft
        d.incident = recovered.over(d.incident)
        d.base_version = d.incident.version
        try:
            d.target_status = IncidentStatus(recovered.state.get("target", d.target_status))
        except ValueError:
            d.target_status = d.before_status
        d.status_reason = str(recovered.state.get("reason", ""))
        self.autosaver.adopt_slot(recovered.slot)
        current = self.currentPage()
        if isinstance(current, ResponsePage):
            current.reload()
        d.notify()


def open_response_wizard(
    parent: QWidget | None, services: Services, reference: str | None
) -> ResponseWizard:
    """Open the guided response for ``reference`` (``None``: a new incident, now), non-modally.

    Raises:
        UserError: the incident cannot be read (e.g. it does not exist), or it is closed (a
            closed incident is read-only until it is reopened, with a reason, in the editor).
    """
    if reference and services.incidents.get(reference).status is IncidentStatus.CLOSED:
        raise UserError(
            fill(
                QCoreApplication.translate(
                    "ResponseWizard",
                    "%1 is closed, so the guide does not open on it. To change it, open the "
                    "incident and choose “Reopen…” (you are asked for the reason).",
                ),
                reference,
            )
        )
    wizard = ResponseWizard(services, reference, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
