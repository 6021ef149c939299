"""What the shop's own harassment criteria suggest about one incident's manner (issue 17.3).

The criteria (``domain/procedures.py``) never decide a judgement on their own. Each suggestion
names its source, the criteria's version, and a person confirms it by adding its
:meth:`MannerSuggestion.criterion` line to the assessment's ``shop_criteria_met`` (which
``judge`` then counts as an unacceptable manner); an unconfirmed suggestion changes nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from .enums import Behaviour
from .phone import CallLog
from .procedures import LANGUAGES, Criteria, language, template


class SuggestionKind(StrEnum):
    BEHAVIOUR = "behaviour"
    PHONE_LIMIT = "phone_limit"


@dataclass(frozen=True)
class MannerSuggestion:
    """What the shop's criteria point to on one incident; a person confirms it or not.

    Attributes:
        kind: a declared behaviour was recorded, or a call went over the phone limit.
        criteria_version: the version of the criteria it comes from (its source).
        behaviour: the recorded behaviour (kind BEHAVIOUR).
        minutes, limit: the longest call's whole minutes and the limit (kind PHONE_LIMIT).
    """

    kind: SuggestionKind
    criteria_version: int
    behaviour: Behaviour | None = None
    minutes: int = 0
    limit: int = 0

    def criterion(self, lang: str, behaviour_name: str = "") -> str:
        """The line added to ``shop_criteria_met`` when confirmed, in ``lang``.

        ``behaviour_name`` is the behaviour's display name (the caller's vocabulary); the code
        is used without one.
        """
        w = template()[language(lang)]["suggestion"]
        if self.kind is SuggestionKind.BEHAVIOUR:
            name = behaviour_name or (self.behaviour.value if self.behaviour else "")
            return _fill(w["behaviour"], self.criteria_version, name)
        return _fill(w["phone_limit"], self.criteria_version, self.minutes, self.limit)

    def confirmed_in(self, criteria_met: Iterable[str], names: Mapping[str, str]) -> bool:
        """True if the assessment already holds this suggestion's line, in any language.

        ``names`` maps a language to this behaviour's display name in it.
        """
        met = {line.strip() for line in criteria_met}
        return any(self.criterion(lang, names.get(lang, "")) in met for lang in LANGUAGES)


def _fill(text: str, *values: object) -> str:
    for i in range(len(values), 0, -1):  # %10 before %1; values are numbers and names
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def manner_suggestions(
    criteria: Criteria,
    behaviours: Collection[Behaviour],
    calls: Iterable[CallLog],
    phone_limit_minutes: int,
) -> list[MannerSuggestion]:
    """What the shop's criteria suggest about the manner of one incident.

    A recorded behaviour the shop declared unacceptable gives one suggestion each (enum order);
    an ended call longer than the phone limit (when the criteria say it counts) gives one
    suggestion for the longest such call. Calls still going on are not judged.
    """
    out = [
        MannerSuggestion(SuggestionKind.BEHAVIOUR, criteria.version, behaviour=b)
        for b in criteria.unacceptable_behaviours
        if b in behaviours
    ]
    if criteria.phone_limit_applies:
        limit = timedelta(minutes=phone_limit_minutes)
        over = [c.duration() for c in calls if c.end is not None and c.duration() > limit]
        if over:
            longest = max(over)
            minutes = int(-(-longest.total_seconds() // 60))
            out.append(
                MannerSuggestion(
                    SuggestionKind.PHONE_LIMIT,
                    criteria.version,
                    minutes=minutes,
                    limit=phone_limit_minutes,
                )
            )
    return out
