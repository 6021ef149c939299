"""The no-entry notice (出入禁止通知書) as a one-page A4 PDF per language version.

``build_notice`` writes one page: two languages side by side (the default, Japanese and
English) or one language alone. The wording comes from ``resources/templates/notice_{lang}.json``
merged with the shop's edits (``check_wording`` validates those); every piece of it, like every
user field, is plain text that ``para_text`` escapes. The page layout is in ``notice_layout``.

Characters no installed font can draw (most emoji) still print as the missing-glyph box, but
here they also extract as themselves (copy and paste, text search, the tests): see
``with_missing_glyphs``.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import re
import string
import sys
import threading
import unicodedata
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import BinaryIO
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics, ttfonts

from kasuhara_desktop.domain.era import japanese_date
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.notice import LANGUAGES, Notice
from kasuhara_desktop.domain.validation import clean_text

from .fonts import FontChoice, find_japanese_font

TEMPLATE = "notice_{lang}.json"
# Keys whose text takes placeholders, and which ones.
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "premises_this_shop": frozenset({"shop"}),
    "period_range": frozenset({"from", "until"}),
    "period_indefinite": frozenset({"from"}),
    "reason_intro": frozenset({"date", "shop", "incident"}),
    "receipt": frozenset({"number"}),
}
# The substance of the notice: the shop may reword these, never blank them.
REQUIRED_KEYS = frozenset({"title", "body", "breach", "objection", "reason_label"})
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"),
}  # fmt: skip
PHOTO_MAX_PX = 600

Wording = Mapping[str, Mapping[str, str]]  # language -> key -> text


@dataclass(frozen=True)
class NoticeRender:
    """Everything a notice page shows.

    Attributes:
        notice: the notice (its ``number`` is blank in a preview before issuing).
        wording: language -> key -> text, complete for every language of the notice.
        photo: image bytes of the addressee's photo (decrypted in memory), if any.
    """

    notice: Notice
    wording: Wording
    photo: bytes | None = None


# ---------------------------------------------------------------- wording


def _templates_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources" / "templates"


@cache
def _default_wording() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        path = _templates_dir() / TEMPLATE.format(lang=lang)
        data = json.loads(path.read_text(encoding="utf-8"))
        out[lang] = {k: str(v) for k, v in data.items() if not k.startswith("_")}
    return out


def default_wording(lang: str) -> dict[str, str]:
    """The shipped wording of ``lang`` (a copy)."""
    return dict(_default_wording()[lang])


def wording_keys() -> tuple[str, ...]:
    """Every key of the wording, in the template's order."""
    return tuple(_default_wording()["ja"])


def check_wording(lang: str, edited: Mapping[str, object]) -> dict[str, str]:
    """Validate the shop's edits of ``lang``; return only the keys that differ from the default.

    Raises:
        ValidationError: unknown language or key, text too long or with control characters,
            a required text left empty, or a ``{placeholder}`` the key does not take.
    """
    if lang not in LANGUAGES:
        raise ValidationError(f"wording: unknown language {lang[:10]!r}.")
    default = _default_wording()[lang]
    changed: dict[str, str] = {}
    for key, value in edited.items():
        field = f"wording.{lang}.{key}"
        if key not in default:
            raise ValidationError(f"{field}: unknown wording key.")
        text = clean_text(value, field, required=key in REQUIRED_KEYS)
        _check_placeholders(text, PLACEHOLDERS.get(key, frozenset()), field)
        if text != default[key]:
            changed[key] = text
    return changed


def _check_placeholders(text: str, allowed: frozenset[str], field: str) -> None:
    if not allowed:
        return  # printed literally: braces are just characters
    names = ", ".join("{" + n + "}" for n in sorted(allowed))
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            f"{field}: unbalanced braces; write {{{{ or }}}} for a brace, {names} for the "
            "filled-in values."
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in allowed or spec or conversion:
            raise ValidationError(f"{field}: {{{name}}} cannot be filled in here; use {names}.")


def effective_wording(lang: str, edited: Mapping[str, str]) -> dict[str, str]:
    return {**_default_wording()[lang], **edited}


def fill(wording: Mapping[str, str], key: str, **values: str) -> str:
    """The text of ``key`` with its placeholders filled in (values are data, never format)."""
    text = wording[key]
    if key not in PLACEHOLDERS:
        return text
    try:
        return text.format_map(values)
    except (KeyError, ValueError, IndexError):  # stored wording checked by an older version
        return text


def format_date(day: date, lang: str) -> str:
    """令和8年11月28日 / 28 November 2026 / 28. november 2026."""
    if lang == "ja":
        return japanese_date(day)
    months = MONTHS.get(lang, MONTHS["en"])
    sep = ". " if lang == "nb" else " "
    return f"{day.day}{sep}{months[day.month - 1]} {day.year}"


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
    from .notice_layout import build_page

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
