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
from .legal_file import provenance, texts

RESOURCE = "legal/online_posts.json"
FORMAT = "kasuhara-legal-online/1"
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


def parse(data: object) -> OnlinePostLaw:
    """Read the file's JSON, strictly (a broken data file is refused, never half-read)."""
    if not isinstance(data, Mapping):
        raise ValidationError(f"{RESOURCE}: expected format {FORMAT}.")
    where = provenance(data, RESOURCE, FORMAT)
    routes_raw = data.get("routes")
    if not isinstance(routes_raw, Mapping) or set(routes_raw) != set(ROUTES):
        raise ValidationError(f"{RESOURCE}: routes must be {', '.join(ROUTES)}.")
    return OnlinePostLaw(
        law=texts(data.get("law"), RESOURCE, "law"),
        former_name=texts(data.get("former_name"), RESOURCE, "former_name"),
        act=str(data.get("act", "")),
        in_force=where.in_force,
        routes={r: texts(routes_raw[r], RESOURCE, f"routes.{r}") for r in ROUTES},
        sources=where.sources,
        checked=where.checked,
        unverified=where.unverified,
        unverified_note=where.unverified_note,
    )


@cache
def online_post_law() -> OnlinePostLaw:
    """The shipped file, read once."""
    return parse(json.loads(read_text(RESOURCE)))
