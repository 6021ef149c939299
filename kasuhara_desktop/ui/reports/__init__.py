"""Report, period-summary and evidence-bundle dialogs, opened from the main window.

Hook them into the menu with the ``ReportService`` of the session's services::

    from .reports import open_bundle_dialog, open_report_dialog, open_summary_dialog

    open_report_dialog(self, services.reports, reference)
    open_summary_dialog(self, services.reports)
    open_bundle_dialog(self, services.reports, reference)

Each function opens the dialog with ``open()`` (window-modal, not blocking) and returns it;
the main window's lock closes it (as every dialog that does not follow the session), which
cancels its background work.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from ...services.reports import ReportService
from .bundle_dialog import BundleDialog
from .report_dialog import ReportDialog
from .summary_dialog import SummaryDialog

__all__ = [
    "BundleDialog",
    "ReportDialog",
    "SummaryDialog",
    "open_bundle_dialog",
    "open_report_dialog",
    "open_summary_dialog",
]


D = TypeVar("D", bound=QDialog)


def _show(dialog: D) -> D:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_report_dialog(
    parent: QWidget | None, reports: ReportService, reference: str, lang: str = "ja"
) -> ReportDialog:
    """Preview and save the incident report of ``reference`` (language ja, en or nb)."""
    return _show(ReportDialog(reports, reference, parent, lang))


def open_summary_dialog(
    parent: QWidget | None, reports: ReportService, lang: str = "ja"
) -> SummaryDialog:
    """Preview and save a period summary (this month, last month, quarter, year or custom)."""
    return _show(SummaryDialog(reports, parent, lang=lang))


def open_bundle_dialog(
    parent: QWidget | None, reports: ReportService, reference: str, lang: str = "ja"
) -> BundleDialog:
    """Make the evidence bundle ZIP of ``reference`` (optionally AES-256 encrypted)."""
    return _show(BundleDialog(reports, reference, parent, lang))
