"""The MHLW two-question test: is the claim justified, and is the manner acceptable?

``Assessment`` is the draft the guided-response wizard fills; ``judge`` turns it into a
``Judgement`` of codes (verdict, reasons, next steps, inconsistencies). Codes, not prose: the UI
and the reports translate them: their sentences, in ja, en and nb, are the ``verdict``,
``reason``, ``step`` and ``inconsistency`` tables of the one vocabulary
(``resources/vocabulary.json``, read by ``domain/vocabulary.py``).

The verdict table (claim x manner):

=================  ==============================  =====================================
claim              manner acceptable               manner unacceptable (harassment)
=================  ==============================  =====================================
justified          LEGITIMATE_COMPLAINT            JUSTIFIED_UNACCEPTABLE_MANNER
not justified      NO_BASIS_ACCEPTABLE_MANNER      NO_BASIS_UNACCEPTABLE_MANNER
unclear            NOT_DETERMINED                  UNACCEPTABLE_MANNER_CLAIM_UNCLEAR
=================  ==============================  =====================================

* ``NO_BASIS_ACCEPTABLE_MANNER``: a groundless claim made politely is not harassment (MHLW's
  definition needs an unacceptable means or manner); the shop declines the demand and explains
  why. If the customer then keeps insisting, the manner changes and the case is judged again.
* ``UNACCEPTABLE_MANNER_CLAIM_UNCLEAR``: the manner alone makes it harassment whatever the claim
  turns out to be (DOMAIN: "even a justified claim is harassment when its manner is
  unacceptable"), so staff are protected now, while the facts of the claim are still confirmed
  before anything is apologised for or refused.
* A claim is justified only when both answers are *yes* (a fault of the shop, and a demand about
  its goods or services); it has no basis when either answer is *no* (DOMAIN: "if no fault, the
  claim has no basis"), unless the answers contradict each other (a fault, but a demand unrelated
  to the goods): then it is unclear and flagged.
* Any criterion of the shop's own (``shop_criteria_met``) counts as an unacceptable manner: the
  shop fixed those criteria in advance precisely to mark what it does not accept.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .enums import Behaviour
from .errors import ValidationError
from .json_reader import JsonReader
from .validation import clean_text

MAX_CRITERIA = 100


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


class MannerFlag(StrEnum):
    """The unacceptable manners MHLW names."""

    PROLONGED = "prolonged"
    VIOLENT_OR_THREATENING = "violent_or_threatening"
    PERSISTENT = "persistent"
    DISCRIMINATORY = "discriminatory"
    SEXUAL = "sexual"


class ClaimStatus(StrEnum):
    JUSTIFIED = "justified"
    NOT_JUSTIFIED = "not_justified"
    UNCLEAR = "unclear"


class Verdict(StrEnum):
    LEGITIMATE_COMPLAINT = "legitimate_complaint"
    JUSTIFIED_UNACCEPTABLE_MANNER = "justified_unacceptable_manner"
    NO_BASIS_UNACCEPTABLE_MANNER = "no_basis_unacceptable_manner"
    NO_BASIS_ACCEPTABLE_MANNER = "no_basis_acceptable_manner"
    UNACCEPTABLE_MANNER_CLAIM_UNCLEAR = "unacceptable_manner_claim_unclear"
    NOT_DETERMINED = "not_determined"

    @property
    def is_harassment(self) -> bool:
        return self in _HARASSMENT

    @property
    def is_determined(self) -> bool:
        """False only for ``NOT_DETERMINED``: the facts do not allow a verdict yet."""
        return self is not Verdict.NOT_DETERMINED


_HARASSMENT = frozenset(
    {
        Verdict.JUSTIFIED_UNACCEPTABLE_MANNER,
        Verdict.NO_BASIS_UNACCEPTABLE_MANNER,
        Verdict.UNACCEPTABLE_MANNER_CLAIM_UNCLEAR,
    }
)

# Which manner flag a recorded behaviour implies; a behaviour recorded on the incident without
# its flag in the assessment is reported as an inconsistency (not silently added).
BEHAVIOUR_MANNER: dict[Behaviour, MannerFlag] = {
    Behaviour.PHYSICAL_ATTACK: MannerFlag.VIOLENT_OR_THREATENING,
    Behaviour.THREATS_ABUSE: MannerFlag.VIOLENT_OR_THREATENING,
    Behaviour.FORCED_KNEELING: MannerFlag.VIOLENT_OR_THREATENING,
    Behaviour.SNS_THREAT_OR_POST: MannerFlag.VIOLENT_OR_THREATENING,
    Behaviour.SNS_THREAT: MannerFlag.VIOLENT_OR_THREATENING,
    Behaviour.PROPERTY_DAMAGE: MannerFlag.VIOLENT_OR_THREATENING,
    Behaviour.PROLONGED_COMPLAINT: MannerFlag.PROLONGED,
    Behaviour.REFUSAL_TO_LEAVE: MannerFlag.PROLONGED,
    Behaviour.REPEATED_CALLS: MannerFlag.PERSISTENT,
    Behaviour.PERSISTENT_CONTACT: MannerFlag.PERSISTENT,
    Behaviour.DISCRIMINATION: MannerFlag.DISCRIMINATORY,
    Behaviour.SEXUAL_CONDUCT: MannerFlag.SEXUAL,
}


@dataclass
class Assessment:
    """The wizard's draft of the two-question test for one incident."""

    shop_fault: Answer = Answer.UNCLEAR
    demand_related: Answer = Answer.UNCLEAR
    manner: set[MannerFlag] = field(default_factory=set)
    shop_criteria_met: list[str] = field(default_factory=list)
    notes: str = ""
    judged_by: str = ""
    judged_at: datetime | None = None
    facts_confirmed_by: str = ""
    facts_confirmed_at: datetime | None = None

    @property
    def facts_confirmed(self) -> bool:
        """True once someone is recorded as having confirmed the facts."""
        return bool(self.facts_confirmed_by.strip())

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dictionary (manner flags sorted, so output is stable)."""
        return {
            "shop_fault": self.shop_fault.value,
            "demand_related": self.demand_related.value,
            "manner": sorted(m.value for m in self.manner),
            "shop_criteria_met": list(self.shop_criteria_met),
            "notes": self.notes,
            "judged_by": self.judged_by,
            "judged_at": _iso(self.judged_at),
            "facts_confirmed_by": self.facts_confirmed_by,
            "facts_confirmed_at": _iso(self.facts_confirmed_at),
        }

    @classmethod
    def from_dict(cls, data: object) -> Assessment:
        """Build from ``to_dict`` output, or raise ``ValidationError`` naming the field."""
        r = JsonReader(data, "assessment", _KEYS)
        manner_raw = r.data.get("manner", [])
        if not isinstance(manner_raw, list):
            raise ValidationError("assessment.manner: expected a list of codes.")
        manner = {_manner_flag(c, f"assessment.manner[{i}]") for i, c in enumerate(manner_raw)}
        criteria = r.items("shop_criteria_met", _criterion)
        if len(criteria) > MAX_CRITERIA:
            raise ValidationError(f"assessment.shop_criteria_met: more than {MAX_CRITERIA}.")
        return cls(
            shop_fault=r.enum("shop_fault", Answer, Answer.UNCLEAR),
            demand_related=r.enum("demand_related", Answer, Answer.UNCLEAR),
            manner=manner,
            shop_criteria_met=list(dict.fromkeys(criteria)),
            notes=r.text("notes", long=True),
            judged_by=r.text("judged_by"),
            judged_at=r.datetime("judged_at"),
            facts_confirmed_by=r.text("facts_confirmed_by"),
            facts_confirmed_at=r.datetime("facts_confirmed_at"),
        )


_KEYS = {
    "shop_fault", "demand_related", "manner", "shop_criteria_met", "notes", "judged_by",
    "judged_at", "facts_confirmed_by", "facts_confirmed_at",
}  # fmt: skip


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _manner_flag(value: object, path: str) -> MannerFlag:
    if isinstance(value, str) and value in MannerFlag._value2member_map_:
        return MannerFlag(value)
    allowed = ", ".join(m.value for m in MannerFlag)
    raise ValidationError(f"{path}: unknown code {str(value)[:40]!r}; expected one of {allowed}.")


def _criterion(value: object, path: str) -> str:
    return clean_text(value, path, required=True).strip()


@dataclass(frozen=True)
class Judgement:
    """The outcome of ``judge``: codes for the UI and the reports to translate."""

    verdict: Verdict
    claim: ClaimStatus
    is_harassment: bool
    reasons: list[str]
    next_steps: list[str]
    inconsistencies: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value,
            "claim": self.claim.value,
            "is_harassment": self.is_harassment,
            "reasons": list(self.reasons),
            "next_steps": list(self.next_steps),
            "inconsistencies": list(self.inconsistencies),
        }


def _claim(a: Assessment) -> tuple[ClaimStatus, list[str]]:
    fault = {
        Answer.YES: "shop_fault",
        Answer.NO: "no_shop_fault",
        Answer.UNCLEAR: "shop_fault_unclear",
    }[a.shop_fault]
    related = {
        Answer.YES: "demand_related",
        Answer.NO: "demand_unrelated",
        Answer.UNCLEAR: "demand_relation_unclear",
    }[a.demand_related]
    reasons = [fault, related]
    if a.shop_fault is Answer.YES and a.demand_related is Answer.NO:
        return ClaimStatus.UNCLEAR, reasons  # contradictory: flagged as an inconsistency
    if a.shop_fault is Answer.YES and a.demand_related is Answer.YES:
        return ClaimStatus.JUSTIFIED, reasons
    if Answer.NO in (a.shop_fault, a.demand_related):
        return ClaimStatus.NOT_JUSTIFIED, reasons
    return ClaimStatus.UNCLEAR, reasons


def _inconsistencies(a: Assessment, behaviours: Collection[Behaviour]) -> list[str]:
    found: list[str] = []
    if a.shop_fault is Answer.YES and a.demand_related is Answer.NO:
        found.append("fault_but_demand_unrelated")
    if Behaviour.GROUNDLESS_REFUND in behaviours and a.shop_fault is Answer.YES:
        found.append("groundless_refund_but_shop_fault")
    if Behaviour.UNRELATED_DEMAND in behaviours and a.demand_related is Answer.YES:
        found.append("unrelated_demand_but_demand_related")
    for b in Behaviour:  # enum order: stable output
        flag = BEHAVIOUR_MANNER.get(b)
        if b in behaviours and flag is not None and flag not in a.manner:
            found.append(f"behaviour_without_manner:{b.value}")
    if a.judged_by.strip() and not a.facts_confirmed:
        found.append("judged_before_facts_confirmed")
    if (
        a.judged_at is not None
        and a.facts_confirmed_at is not None
        and _comparable(a.judged_at, a.facts_confirmed_at)
        and a.judged_at < a.facts_confirmed_at
    ):
        found.append("judged_before_facts_confirmed")
    return list(dict.fromkeys(found))


def _comparable(x: datetime, y: datetime) -> bool:
    return (x.tzinfo is None) == (y.tzinfo is None)


def judge(a: Assessment, *, behaviours: Collection[Behaviour] = ()) -> Judgement:
    """Apply the two-question test to ``a``.

    Args:
        a: The assessment draft.
        behaviours: The behaviour codes recorded on the incident, if known; used only to spot
            answers that contradict the record (never to change the verdict).

    Returns:
        The judgement. ``next_steps`` starts with ``confirm_facts_first`` whenever the facts are
        unconfirmed or the claim is unclear (DOMAIN: do not act on unclear facts), and with
        ``review_answers`` when the answers contradict each other or the record.
    """
    claim, reasons = _claim(a)
    manner_reasons = [f"manner:{m.value}" for m in MannerFlag if m in a.manner]
    manner_reasons += [f"shop_criterion:{c}" for c in a.shop_criteria_met]
    unacceptable = bool(manner_reasons)
    reasons += manner_reasons or ["manner_acceptable"]
    if not a.facts_confirmed:
        reasons.append("facts_not_confirmed")

    verdict = _VERDICTS[(claim, unacceptable)]
    inconsistencies = _inconsistencies(a, behaviours)

    steps: list[str] = []
    if inconsistencies:
        steps.append("review_answers")
    if not a.facts_confirmed or claim is ClaimStatus.UNCLEAR:
        steps.append("confirm_facts_first")
    if unacceptable:
        steps += ["ask_to_stop", "ask_to_leave", "care_for_staff"]
        if a.manner & {MannerFlag.VIOLENT_OR_THREATENING, MannerFlag.SEXUAL}:
            steps.append("consult_police_or_lawyer")
        if a.manner & {MannerFlag.PROLONGED, MannerFlag.PERSISTENT}:
            steps.append("limit_contact_time")
    if claim is ClaimStatus.JUSTIFIED:
        steps += ["apologise_and_remedy", "improve_service"]
        if unacceptable:
            steps.append("refuse_excessive_demand")
    elif claim is ClaimStatus.NOT_JUSTIFIED:
        steps.append("refuse_demand" if unacceptable else "explain_and_decline")
    if unacceptable:  # every harassment verdict; the notice gate is workflow.can_issue_notice
        steps += ["consider_no_return_notice", "prevent_recurrence"]

    return Judgement(
        verdict=verdict,
        claim=claim,
        is_harassment=verdict.is_harassment,
        reasons=reasons,
        next_steps=list(dict.fromkeys(steps)),
        inconsistencies=inconsistencies,
    )


_VERDICTS: dict[tuple[ClaimStatus, bool], Verdict] = {
    (ClaimStatus.JUSTIFIED, False): Verdict.LEGITIMATE_COMPLAINT,
    (ClaimStatus.JUSTIFIED, True): Verdict.JUSTIFIED_UNACCEPTABLE_MANNER,
    (ClaimStatus.NOT_JUSTIFIED, False): Verdict.NO_BASIS_ACCEPTABLE_MANNER,
    (ClaimStatus.NOT_JUSTIFIED, True): Verdict.NO_BASIS_UNACCEPTABLE_MANNER,
    (ClaimStatus.UNCLEAR, False): Verdict.NOT_DETERMINED,
    (ClaimStatus.UNCLEAR, True): Verdict.UNACCEPTABLE_MANNER_CLAIM_UNCLEAR,
}
