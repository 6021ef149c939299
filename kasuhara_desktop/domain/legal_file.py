"""Strict reading of the small legal data files in ``resources/legal/`` (one law each).

Each file names its law in ja, en and nb, lists its sources (https addresses and what each
says), the date it was checked against them and whether it is still unverified. A broken file
is refused with the field at fault, never half-read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError

LANGUAGES = ("ja", "en", "nb")


def texts(data: object, resource: str, path: str) -> dict[str, str]:
    """A text in each of ja, en and nb at ``path`` of ``resource``."""
    if not isinstance(data, Mapping) or any(
        not isinstance(data.get(lang), str) or not data[lang].strip() for lang in LANGUAGES
    ):
        raise ValidationError(f"{resource}: {path} needs a text in each of ja, en, nb.")
    return {lang: str(data[lang]) for lang in LANGUAGES}


@dataclass(frozen=True)
class Provenance:
    """Where a legal file's statements come from and how far they were checked."""

    sources: tuple[tuple[str, str], ...]  # (url, what it says)
    checked: date
    in_force: date
    unverified: bool
    unverified_note: str


def provenance(data: Mapping[str, object], resource: str, expected_format: str) -> Provenance:
    """Check the file's format tag and read its sources, dates and verification state."""
    if data.get("format") != expected_format:
        raise ValidationError(f"{resource}: expected format {expected_format}.")
    raw = data.get("sources")
    if not isinstance(raw, list) or not raw:
        raise ValidationError(f"{resource}: sources: at least one source.")
    sources: list[tuple[str, str]] = []
    for k, s in enumerate(raw):
        url = s.get("url") if isinstance(s, Mapping) else None
        if not isinstance(url, str) or not url.startswith("https://"):
            raise ValidationError(f"{resource}: sources[{k}].url: an https address.")
        sources.append((url, str(s.get("what", ""))))
    try:
        checked = date.fromisoformat(str(data.get("checked")))
        in_force = date.fromisoformat(str(data.get("in_force")))
    except ValueError:
        raise ValidationError(f"{resource}: checked and in_force are dates.") from None
    return Provenance(
        sources=tuple(sources),
        checked=checked,
        in_force=in_force,
        unverified=data.get("unverified") is not False,
        unverified_note=str(data.get("unverified_note", "")),
    )
