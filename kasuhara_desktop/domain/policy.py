"""The shop's basic policy against customer harassment (issue 17.1; MHLW guideline: state a
policy and tell staff): its versions, when and how staff were told, who acknowledged it.

A version is a saved text; the version in force is the one adopted last. The template a shop
starts from is ``resources/templates/policy.json`` (ja, en, nb), filled with the shop's name and
the adoption date through :func:`~.vocabulary.fill`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from ..infra.resources import read_text
from .errors import ValidationError
from .validation import check_date, clean_text
from .vocabulary import LANGUAGES, fill

TEMPLATE = "templates/policy.json"
TEMPLATE_FORMAT = "kasuhara-policy-template/1"
MAX_NAMES = 500


class TellMethod(StrEnum):
    """How staff were told of the policy."""

    MEETING = "meeting"
    NOTICE_BOARD = "notice_board"
    HANDOUT = "handout"
    EMAIL = "email"
    TRAINING = "training"

    @classmethod
    def parse(cls, code: str) -> TellMethod:
        try:
            return cls(code.strip().lower().replace("-", "_"))
        except ValueError:
            names = ", ".join(m.value for m in cls)
            raise ValidationError(f"how: {code[:40]!r} is not one of {names}.") from None


@dataclass
class PolicyVersion:
    """One saved text of the policy; adopted when ``adopted_on`` is set."""

    version: int
    lang: str
    title: str
    body: str
    id: int | None = None
    created_at: datetime | None = None
    created_by: str = ""
    adopted_on: date | None = None
    adopted_by: str = ""

    @property
    def adopted(self) -> bool:
        return self.adopted_on is not None


@dataclass
class ToldRecord:
    """Staff were told of a policy version: when, how, and who (empty = all staff)."""

    version: int
    told_on: date
    method: TellMethod
    who: tuple[str, ...] = ()
    note: str = ""
    id: int | None = None
    recorded_at: datetime | None = None
    recorded_by: str = ""

    @property
    def all_staff(self) -> bool:
        return not self.who


@dataclass
class Acknowledgement:
    """A person confirmed they read a policy version."""

    version: int
    name: str
    acknowledged_on: date
    id: int | None = None
    recorded_at: datetime | None = None
    recorded_by: str = ""


@dataclass(frozen=True)
class PolicyStatus:
    """What the dashboard says about the policy.

    Attributes:
        adopted: the version in force, or None (no adopted policy).
        told_on: the last day staff were told of it, or None.
        unacknowledged: names of the roster who have not acknowledged it.
    """

    adopted: PolicyVersion | None
    told_on: date | None = None
    unacknowledged: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        """One English line: "no adopted policy" / "adopted on X, told on Y, N not
        acknowledged"."""
        if self.adopted is None or self.adopted.adopted_on is None:
            return "no adopted policy"
        told = self.told_on.isoformat() if self.told_on else "staff not told yet"
        parts = [f"adopted on {self.adopted.adopted_on.isoformat()}"]
        parts.append(f"told on {told}" if self.told_on else told)
        parts.append(f"{len(self.unacknowledged)} not acknowledged")
        return ", ".join(parts)


@dataclass(frozen=True)
class PolicyTemplate:
    """The shipped starting text in one language (``%1`` shop name, ``%2`` adoption date)."""

    title: str
    body: str
    poster_title: str
    poster: str
    adopted: str
    labels: Mapping[str, Any]

    def filled_body(self, shop: str) -> str:
        return fill(self.body, shop)

    def filled_poster(self, shop: str) -> str:
        return fill(self.poster, shop)

    def adopted_line(self, shop: str, adopted: str) -> str:
        return fill(self.adopted, shop, adopted)


@cache
def _template_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text(TEMPLATE))
    if data.get("format") != TEMPLATE_FORMAT:
        raise ValidationError(f"{TEMPLATE}: expected format {TEMPLATE_FORMAT}.")
    return data


def policy_template(lang: str) -> PolicyTemplate:
    """The template in ``lang`` (``ja``, ``en``, ``nb``)."""
    entry = _template_data()[check_language(lang)]
    return PolicyTemplate(
        title=str(entry["title"]),
        body=str(entry["body"]),
        poster_title=str(entry["poster_title"]),
        poster=str(entry["poster"]),
        adopted=str(entry["adopted"]),
        labels=dict(entry["print"]),
    )


def check_language(lang: str) -> str:
    code = (lang or "").strip().lower()
    if code not in LANGUAGES:
        raise ValidationError(f"lang: {lang[:20]!r} is not one of {', '.join(LANGUAGES)}.")
    return code


def clean_names(names: object) -> tuple[str, ...]:
    """Names of people, stripped, without blanks or repeats, in the order given.

    ``"all staff"`` (or ``"all"``) alone means everyone and gives ``()``.
    """
    if names is None:
        return ()
    if isinstance(names, str):
        names = names.split(",")
    if not isinstance(names, list | tuple):
        raise ValidationError("who: a list of names.")
    out: list[str] = []
    for raw in names:
        name = clean_text(raw, "who").strip()
        if name and name not in out:
            out.append(name)
    if len(out) > MAX_NAMES:
        raise ValidationError(f"who: at most {MAX_NAMES} names.")
    if len(out) == 1 and out[0].casefold() in ("all staff", "all", "全員", "全従業員"):
        return ()
    return tuple(out)


def validate_version(v: PolicyVersion) -> PolicyVersion:
    """``v`` with its text checked; ``ValidationError`` naming the field otherwise."""
    v.lang = check_language(v.lang)
    v.title = clean_text(v.title, "title", required=True).strip()
    v.body = clean_text(v.body, "body", long=True, required=True)
    if v.adopted_on is not None:
        check_date(v.adopted_on, "on")
    return v


def current(versions: list[PolicyVersion], lang: str | None = None) -> PolicyVersion | None:
    """The version in force: the one adopted on the latest day (the higher number on a tie);
    of the versions in ``lang`` when given (a shop may adopt its policy in two languages)."""
    adopted = [v for v in versions if v.adopted_on is not None and (lang is None or v.lang == lang)]
    if not adopted:
        return None
    return max(adopted, key=lambda v: (v.adopted_on, v.version))


def unacknowledged(
    roster: list[str] | tuple[str, ...], acks: list[Acknowledgement], version: int
) -> tuple[str, ...]:
    """Names on ``roster`` with no acknowledgement of ``version`` (compared ignoring case)."""
    done = {a.name.strip().casefold() for a in acks if a.version == version}
    return tuple(n for n in clean_names(list(roster)) if n.casefold() not in done)
