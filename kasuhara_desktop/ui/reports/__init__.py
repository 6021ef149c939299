"""Report, period-summary and evidence-bundle dialogs, opened from the main window.

Hook them into the menu with the window's services (the ``IncidentService`` of
``session.service``, a ``Session``, or a ``ReportService``)::

    from .reports import open_bundle_dialog, open_report_dialog, open_summary_dialog

    open_report_dialog(self, self.session.service, reference)
    open_summary_dialog(self, self.session.service)
    open_bundle_dialog(self, self.session.service, reference)

Each function opens the dialog with ``open()`` (window-modal, not blocking) and returns it;
close it when the vault locks (``window.lock_requested.connect(dialog.close)``): closing
cancels its background work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .bundle_dialog import BundleDialog
from .common import report_service
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


def _show(dialog: Any) -> Any:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_report_dialog(
    parent: QWidget | None, services: Any, reference: str, lang: str = "ja"
) -> ReportDialog:
    """Preview and save the incident report of ``reference`` (language ja, en or nb)."""
    return _show(ReportDialog(report_service(services), reference, parent, lang))  # type: ignore[no-any-return]


def open_summary_dialog(parent: QWidget | None, services: Any, lang: str = "ja") -> SummaryDialog:
    """Preview and save a period summary (this month, last month, quarter, year or custom)."""
    return _show(SummaryDialog(report_service(services), parent, lang=lang))  # type: ignore[no-any-return]


def open_bundle_dialog(
    parent: QWidget | None, services: Any, reference: str, lang: str = "ja"
) -> BundleDialog:
    """Make the evidence bundle ZIP of ``reference`` (optionally AES-256 encrypted)."""
    return _show(BundleDialog(report_service(services), reference, parent, lang))  # type: ignore[no-any-return]
