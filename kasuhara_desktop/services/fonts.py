"""The Japanese font PDFs are drawn with (``reports/fonts.py``), for Settings to show.

Apart from ``services/documents.py`` because it loads reportlab: import it where the font is
looked for, not at start-up.
"""

from __future__ import annotations

from ..reports.fonts import FontChoice, find_japanese_font

__all__ = ["FontChoice", "find_japanese_font"]
