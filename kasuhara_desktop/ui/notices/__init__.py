"""No-entry notices in the GUI: issue one for an incident, the ban register, the wording.

Entry points for the main window (each opens a non-modal dialog with ``open()``, deletes it on
close, and returns it; ``None`` when it could not open, after showing why). They take the
``NoticeService`` of the unlocked vault's services (``services.registry.Services.notices``)::

    from kasuhara_desktop.ui.notices import open_ban_register, open_notice_dialog

    open_notice_dialog(window, services.notices, "K-2026-0001")
    open_ban_register(window, services.notices)
    open_wording_editor(window, services.notices)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.errors import UserError
from ...services.notices import NoticeService
from ..dialogs.messages import show_error
from .ban_register import BanRegisterDialog
from .notice_dialog import NoticeDialog
from .pdf_panel import NoticePdfDialog
from .wording_editor import WordingEditor

__all__ = [
    "BanRegisterDialog",
    "NoticeDialog",
    "NoticePdfDialog",
    "WordingEditor",
    "open_ban_register",
    "open_notice_dialog",
    "open_notice_pdf",
    "open_wording_editor",
]

D = TypeVar("D", bound=QDialog)


def _open(parent: QWidget | None, make: Callable[[], D]) -> D | None:
    try:
        dialog = make()
    except UserError as exc:
        show_error(parent, exc)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_notice_dialog(
    parent: QWidget | None, notices: NoticeService, reference: str
) -> NoticeDialog | None:
    """Issue a notice for incident ``reference``: fields, live preview, print and save.

    Connect ``dialog.issued(str)`` to refresh views that show the incident (issuing adds an
    action to it).
    """
    return _open(parent, lambda: NoticeDialog(notices, reference, parent))


def open_ban_register(parent: QWidget | None, notices: NoticeService) -> BanRegisterDialog | None:
    """The ban register with the quick lookup. Connect ``dialog.incident_created(str)`` to
    open the new incident when a breach is logged."""
    return _open(parent, lambda: BanRegisterDialog(notices, parent))


def open_wording_editor(parent: QWidget | None, notices: NoticeService) -> WordingEditor | None:
    """Edit the notice wording per language (stored in the vault) or reset it."""
    return _open(parent, lambda: WordingEditor(notices, parent))


def open_notice_pdf(
    parent: QWidget | None, notices: NoticeService, number: str
) -> NoticePdfDialog | None:
    """Show an issued notice's PDF exactly as stored, to print or save."""
    return _open(
        parent, lambda: NoticePdfDialog(notices.pdf(number), f"{number.upper()}.pdf", parent)
    )
