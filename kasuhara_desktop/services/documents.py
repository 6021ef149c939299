"""What the UI and the CLI use of ``reports/`` besides the services' own calls.

``ui/`` and ``cli/`` import no ``reports/`` module (DESIGN.md section 3, held by
``tests/test_layers.py``): the few names they need, writing a PDF safely, the document data
types their dialogs show, and the notice wording's keys and placeholders, come from here.
None of these modules loads reportlab (the fonts, which do, are in ``services/fonts.py``).
"""

from __future__ import annotations

from ..reports.notice_wording import PLACEHOLDERS, default_wording, wording_keys
from ..reports.output import write_pdf_atomically
from ..reports.report_data import ReportEvidence, SummaryData
from ..reports.unprintable import code_points, unprintable_characters

__all__ = [
    "PLACEHOLDERS",
    "ReportEvidence",
    "SummaryData",
    "code_points",
    "default_wording",
    "unprintable_characters",
    "wording_keys",
    "write_pdf_atomically",
]
