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


class PictureTooLargeError(ValueError):
    """The picture has more pixels than the program will decode (``MAX_PIXELS``)."""


def open_upright(data: bytes, fit: tuple[int, int] | None = None) -> Image.Image:
    """Decode ``data`` and turn it upright (EXIF orientation), in memory.

    With ``fit``, a JPEG may be decoded at a reduced scale that still covers that size.

    Raises:
        PictureTooLargeError: more than ``MAX_PIXELS`` pixels (a decompression bomb, say).
        ValueError: ``data`` is no picture Pillow can read (HEIC, damaged).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > MAX_PIXELS:
                    raise PictureTooLargeError(f"{img.width} x {img.height} pixels")
                if fit is not None:
                    img.draft("RGB", fit)
                img.load()
                return ImageOps.exif_transpose(img)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PictureTooLargeError(str(exc)) from exc
    except (OSError, SyntaxError, EOFError) as exc:
        raise ValueError(f"not a readable picture: {exc}") from exc


def make_thumbnail(data: bytes, max_side: int = MAX_SIDE) -> Thumbnail | None:
    """A JPEG no larger than ``max_side`` pixels each way, or None when ``data`` is no image
    Pillow can read (HEIC, damaged, absurdly large)."""
    try:
        upright = open_upright(data, (max_side, max_side))
    except ValueError:
        return None
    with upright:
        rgb = upright.convert("RGB")
    rgb.thumbnail((max_side, max_side))
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=QUALITY, optimize=True)
    return Thumbnail(out.getvalue(), rgb.width, rgb.height)
