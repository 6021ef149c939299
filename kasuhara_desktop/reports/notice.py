"""The no-entry notice (出入禁止通知書) as a one-page A4 PDF per language version.

``build_notice`` writes one page: two languages side by side (the default, Japanese and
English) or one language alone. The wording comes from ``resources/templates/notice_{lang}.json``
merged with the shop's edits (``check_wording`` validates those); every piece of it, like every
user field, is plain text that ``para_text`` escapes. The wording is in ``notice_wording``, the
page layout in ``notice_layout``.

Characters no installed font can draw (most emoji) still print as the missing-glyph box, but
here they also extract as themselves (copy and paste, text search, the tests): see
``with_missing_glyphs``.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import re
import threading
import unicodedata
import warnings
from collections.abc import Iterable
from typing import BinaryIO
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics, ttfonts

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.notice import Notice

from .fonts import FontChoice, find_japanese_font
from .notice_layout import build_page
from .notice_wording import (
    PLACEHOLDERS,
    REQUIRED_KEYS,
    NoticeRender,
    Wording,
    check_wording,
    default_wording,
    effective_wording,
    fill,
    format_date,
    wording_keys,
)

# The wording half lives in notice_wording (the layout needs it too, and importing it from
# here made a circle); its names stay importable from here, the notice's front door.
__all__ = [
    "PLACEHOLDERS",
    "REQUIRED_KEYS",
    "NoticeRender",
    "Wording",
    "build_notice",
    "build_notice_bytes",
    "check_wording",
    "default_wording",
    "effective_wording",
    "fill",
    "format_date",
    "prepare_photo",
    "user_texts",
    "with_missing_glyphs",
    "wording_keys",
]

PHOTO_MAX_PX = 600


# ---------------------------------------------------------------- the photo


def prepare_photo(data: bytes) -> bytes:
    """The addressee's photo, decoded, shrunk to at most 600 px and re-encoded as PNG.

    Raises:
        ValidationError: the bytes are not an image Pillow can read.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                img.load()
                picture = img.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):  # fmt: skip
        raise ValidationError(
            "addressee.photo_evidence_id: the file is not a picture that can be printed "
            "(use a JPEG or PNG photo)."
        ) from None
    picture.thumbnail((PHOTO_MAX_PX, PHOTO_MAX_PX))
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


# ---------------------------------------------------------------- glyphs no font has

_lock = threading.Lock()
_ASTRAL_LINE = re.compile(r"^<([0-9A-F]{2})> <([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16(m: re.Match[str]) -> str:
    return f"<{m.group(1)}> <{chr(int(m.group(2), 16)).encode('utf-16-be').hex().upper()}>"


def _fix_tounicode() -> None:
    """reportlab writes characters beyond U+FFFF into a font's ToUnicode map as 5 hex digits,
    which PDF readers reject; write them as UTF-16 surrogate pairs instead (once, only while
    reportlab still has the flaw)."""
    original = ttfonts.makeToUnicodeCMap
    try:
        flawed = "<1F642>" in original("X", [0x1F642])
    except Exception:  # a changed reportlab: leave it alone
        return
    if getattr(original, "_kh_fixed", False) or not flawed:
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        return _ASTRAL_LINE.sub(_utf16, original(fontname, subset))

    make_cmap._kh_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap


def _covered(name: str) -> dict[int, int]:
    face = getattr(pdfmetrics.getFont(name), "face", None)
    cmap: dict[int, int] = getattr(face, "charToGlyph", None) or {}
    return cmap


def _missing_font(base_name: str) -> ttfonts.TTFont | None:
    name = f"{base_name}-missing"
    try:
        found = pdfmetrics.getFont(name)
        return found if isinstance(found, ttfonts.TTFont) else None
    except KeyError:
        pass
    base = pdfmetrics.getFont(base_name)
    if not isinstance(base, ttfonts.TTFont):
        return None  # the built-in CID last resort: nothing to copy
    font = copy.copy(base)
    font.face = copy.copy(base.face)
    font.face.charToGlyph = {}
    font.face.name = b"KasuharaMissingGlyph"
    font.fontName = name
    font.state = WeakKeyDictionary()
    pdfmetrics.registerFont(font)
    return font


def with_missing_glyphs(fonts: FontChoice, texts: Iterable[str]) -> FontChoice:
    """``fonts`` plus a last fallback that claims every visible character of ``texts`` that no
    other font has: it draws the missing-glyph box (glyph 0) but maps to the real character,
    so the PDF's text reads ``🙂`` rather than nothing."""
    with _lock:
        _fix_tounicode()
        font = _missing_font(fonts.regular)
        if font is None:
            return fonts
        maps = [_covered(n) for n in (fonts.regular, fonts.bold, *fonts.fallbacks)]
        claimed = font.face.charToGlyph
        for char in set("".join(texts)):
            cp = ord(char)
            if cp < 0x80 or cp in claimed or any(cp in m for m in maps):
                continue
            if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp") or (
                0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF
            ):
                continue
            claimed[cp] = 0
    return dataclasses.replace(fonts, fallbacks=(*fonts.fallbacks, font.fontName))


def user_texts(n: Notice, wording: Wording) -> list[str]:
    """Every text a notice may print (to find characters no font has)."""
    a, i = n.addressee, n.issuer
    texts = [a.name, a.address, a.description, i.shop, i.company, i.representative, i.address,
             i.phone, n.reason, n.objection_contact, n.incident_reference, *n.premises]  # fmt: skip
    for lang_wording in wording.values():
        texts += lang_wording.values()
    return texts


# ---------------------------------------------------------------- building


def build_notice(out: BinaryIO, data: NoticeRender, fonts: FontChoice | None = None) -> None:
    """Write the notice as one A4 page to ``out``.

    Raises:
        ValidationError: the wording lacks a language of the notice, or the photo is unusable.
    """
    missing = [lang for lang in data.notice.languages if lang not in data.wording]
    if missing:
        raise ValidationError(f"wording: no wording for language {missing[0]!r}.")
    chosen = with_missing_glyphs(
        fonts or find_japanese_font(), user_texts(data.notice, data.wording)
    )
    photo = prepare_photo(data.photo) if data.photo else None
    build_page(out, data, chosen, photo)


def build_notice_bytes(data: NoticeRender, fonts: FontChoice | None = None) -> bytes:
    buf = io.BytesIO()
    build_notice(buf, data, fonts)
    return buf.getvalue()
