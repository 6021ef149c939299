"""Reduced copies of photos for reports, made in memory (never on disk).

Pillow is reportlab's own image library. JPEGs are decoded at a reduced scale (``draft``), so a
40-megapixel photo costs little; the copy is turned upright (EXIF orientation) and stored as a
small JPEG that the PDF embeds instead of the original.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps

from .report_data import Thumbnail

MAX_SIDE = 640
MAX_PIXELS = 120_000_000
QUALITY = 80


def make_thumbnail(data: bytes, max_side: int = MAX_SIDE) -> Thumbnail | None:
    """A JPEG no larger than ``max_side`` pixels each way, or None when ``data`` is no image
    Pillow can read (HEIC, damaged, absurdly large)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > MAX_PIXELS:
                    return None
                img.draft("RGB", (max_side, max_side))
                upright = ImageOps.exif_transpose(img)
                rgb = upright.convert("RGB")
                rgb.thumbnail((max_side, max_side))
                out = io.BytesIO()
                rgb.save(out, "JPEG", quality=QUALITY, optimize=True)
                return Thumbnail(out.getvalue(), rgb.width, rgb.height)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError,
            Image.DecompressionBombWarning, EOFError):  # fmt: skip
        return None
