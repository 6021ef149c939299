"""The first-run setup wizard: language, shop, time zone and trade, owner, recovery sheet.

The pages fill a :class:`SetupDraft`. Leaving the owner page turns the draft into a vault (in a
background task: the passphrase's key derivation is slow on purpose); the last page shows the
recovery sheet and Finish needs the owner's confirmation that it is stored safely. After
``accepted`` the open vault is in ``wizard.vault``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from ...services import vaults
from ...services.recovery_sheet import vault_info
from ..dialogs.messages import error_text
from ..i18n import install_translators
from ..tasks import run_task
from .draft import SetupDraft
from .language_page import LanguagePage
from .owner_page import OwnerPage
from .recovery_page import RecoveryPage
from .region_page import RegionPage
from .shop_page import ShopPage

CreateFn = Callable[[SetupDraft], tuple[Any, str]]


def create_from_draft(draft: SetupDraft) -> tuple[Any, str]:
    """Create the vault the draft describes; return it and the recovery key (hex)."""
    return vaults.create_vault(draft.folder, draft.profile(), draft.owner, draft.passphrase)


class SetupWizard(QWizard):
    """First run. ``vault`` holds the new, open vault after ``accepted``.

    Signals:
        open_existing(object): the chosen folder already holds a logbook and the user asked to
            open it (``Path``); whoever opened the wizard closes it and shows the unlock window.
    """

    open_existing = Signal(object)

    def __init__(
        self,
        draft: SetupDraft | None = None,
        parent: QWidget | None = None,
        *,
        create_fn: CreateFn = create_from_draft,
        switch_language: Callable[[str], object] = install_translators,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.draft = draft or SetupDraft()
        self._create_fn = create_fn
        self._switch_language = switch_language
        self.vault: Any = None
        self._creating = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.language_page = LanguagePage(self.draft)
        self.shop_page = ShopPage(self.draft)
        self.region_page = RegionPage(self.draft)
        self.owner_page = OwnerPage(self.draft)
        self.recovery_page = RecoveryPage()
        for page in (
            self.language_page,
            self.shop_page,
            self.region_page,
            self.owner_page,
            self.recovery_page,
        ):
            self.addPage(page)
        self.language_page.language_chosen.connect(self._on_language)
        self.language_page.open_existing.connect(self.open_existing)
        self.owner_page.open_existing.connect(self.open_existing)
        self.setMinimumSize(720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kasuhara Desktop — setup"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(str)
    def _on_language(self, code: str) -> None:
        self._switch_language(code)

    @property
    def created(self) -> bool:
        return self.vault is not None

    # ------------------------------------------------------------ creating the vault

    def request_creation(self) -> bool:
        """Called when leaving the owner page: True once the vault exists."""
        if self.vault is not None:
            return True
        if self._creating:
            return False
        self._creating = True
        self.owner_page.set_busy(True)
        self.owner_page.show_problem(
            self.tr("Creating the encrypted logbook… this takes a few seconds.")
        )
        draft = SetupDraft(**vars(self.draft))  # the worker gets its own plain copy
        create = self._create_fn
        run_task(lambda _ctx: create(draft), on_result=self._created, on_error=self._failed)
        return False

    @Slot(object)
    def _created(self, result: object) -> None:
        assert isinstance(result, tuple)
        vault: Any = result[0]
        key_hex = str(result[1])
        self._creating = False
        self.vault = vault
        self.draft.forget_passphrase()
        self.owner_page.set_busy(False)
        info = vault_info(vault, self.draft.shop_name)
        self.recovery_page.set_sheet(info, key_hex, self.draft.language)
        self.next()
        self.owner_page.forget_passphrase()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._creating = False
        self.owner_page.set_busy(False)
        self.owner_page.show_problem(error_text(exc) or "")

    # ------------------------------------------------------------ finishing

    def accept(self) -> None:
        if not self.recovery_page.isComplete():
            return
        self.recovery_page.forget_key()
        super().accept()

    def reject(self) -> None:
        if self.vault is not None:  # the logbook exists: the sheet must be dealt with
            box = QMessageBox(self)
            box.setObjectName("sheetRequiredBox")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Recovery sheet"))
            box.setText(
                self.tr(
                    "The logbook has been created. Print or save the recovery sheet, keep it "
                    "safe, tick the box and press Finish."
                )
            )
            box.open()
            return
        if self._creating:
            return
        super().reject()
