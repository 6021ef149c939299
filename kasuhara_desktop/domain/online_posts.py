"""The law for online posts (``resources/legal/online_posts.json``): its current name, the
routes for deletion and for the poster's identity, and where that was read.

DOMAIN.md: the former Provider Liability Limitation Act was renamed and extended from
2025-04-01 (情報流通プラットフォーム対処法); "confirm current names and routes before stating
them". So the names and routes are data with their sources and the date they were checked,
shown as unverified until someone confirms them, never code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..infra.resources import read_text
from .errors import ValidationError

RESOURCE = "legal/online_posts.json"
FORMAT = "kasuhara-legal-online/1"
LANGUAGES = ("ja", "en", "nb")
ROUTES = ("preserve", "deletion", "disclosure")


@dataclass(frozen=True)
class OnlinePostLaw:
    """The law and its routes, each text in ``ja``, ``en`` and ``nb``."""

    law: Mapping[str, str]
    former_name: Mapping[str, str]
    act: str
    in_force: date
    routes: Mapping[str, Mapping[str, str]]
    sources: tuple[tuple[str, str], ...]  # (url, what it says)
    checked: date
    unverified: bool
    unverified_note: str

    def route(self, name: str, lang: str) -> str:
        return self.routes[name].get(lang) or self.routes[name]["en"]

    def name(self, lang: str) -> str:
        return self.law.get(lang) or self.law["en"]


def _texts(data: object, path: str) -> dict[str, str]:
    if not isinstance(data, Mapping) or any(
        not isinstance(data.get(lang), str) or not data[lang].strip() for lang in LANGUAGES
    ):
        raise ValidationError(f"{RESOURCE}: {path} needs a text in each of ja, en, nb.")
    return {lang: str(data[lang]) for lang in LANGUAGES}


def parse(data: object) -> OnlinePostLaw:
    """Read the file's JSON, strictly (a broken data file is refused, never half-read)."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise ValidationError(f"{RESOURCE}: expected format {FORMAT}.")
    routes_raw = data.get("routes")
    if not isinstance(routes_raw, Mapping) or set(routes_raw) != set(ROUTES):
        raise ValidationError(f"{RESOURCE}: routes must be {', '.join(ROUTES)}.")
    sources_raw = data.get("sources")
    if not isinstance(sources_raw, list) or not sources_raw:
        raise ValidationError(f"{RESOURCE}: sources: at least one source.")
    sources: list[tuple[str, str]] = []
    for k, s in enumerate(sources_raw):
        url = s.get("url") if isinstance(s, Mapping) else None
        if not isinstance(url, str) or not url.startswith("https://"):
            raise ValidationError(f"{RESOURCE}: sources[{k}].url: an https address.")
        sources.append((url, str(s.get("what", ""))))
    try:
        checked = date.fromisoformat(str(data.get("checked")))
        in_force = date.fromisoformat(str(data.get("in_force")))
    except ValueError:
        raise ValidationError(f"{RESOURCE}: checked and in_force are dates.") from None
    return OnlinePostLaw(
        law=_texts(data.get("law"), "law"),
        former_name=_texts(data.get("former_name"), "former_name"),
        act=str(data.get("act", "")),
        in_force=in_force,
        routes={r: _texts(routes_raw[r], f"routes.{r}") for r in ROUTES},
        sources=tuple(sources),
        checked=checked,
        unverified=data.get("unverified") is not False,
        unverified_note=str(data.get("unverified_note", "")),
    )


@cache
def online_post_law() -> OnlinePostLaw:
    """The shipped file, read once."""
    return parse(json.loads(read_text(RESOURCE)))
