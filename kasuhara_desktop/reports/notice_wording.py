"""The wording of the no-entry notice: shipped templates, the shop's edits, dates, placeholders.

The defaults come from ``resources/templates/notice_{lang}.json``; ``check_wording`` validates
the shop's edits (no blanked substance, only the placeholders a key takes) and ``fill`` puts
values in without ever treating them as format. :mod:`.notice` builds the page from these,
:mod:`.notice_layout` lays it out.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from kasuhara_desktop.domain.era import japanese_date
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.notice import LANGUAGES, Notice
from kasuhara_desktop.domain.validation import clean_text
from kasuhara_desktop.infra.resources import read_text

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


@cache
def _default_wording() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        data = json.loads(read_text("templates/" + TEMPLATE.format(lang=lang)))
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
