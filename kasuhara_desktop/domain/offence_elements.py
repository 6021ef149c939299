"""Elements (構成要件) answered from the record: met, open or not met, and on what each rests.

Order of authority, as a lawyer would weigh them: a structured record that settles the
element (a recorded behaviour, staff care's ``injury``, a timeline step, a cost) comes first;
then a person's confirmation (``Incident.offence_answers``); free text never settles anything,
it only proposes an answer (``suggestion``) for the person to confirm or reject. Some records
*indicate* an element without settling it (``threats_abuse`` may or may not announce a harm):
they stand in ``basis`` while the element stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from .element_answers import ElementAnswer
from .enums import ActionKind, Behaviour, Channel, CostKind, TimelineKind
from .legal_data import Question
from .offence_facts import IncidentFacts, MatchedFact

B = Behaviour


class ElementState(StrEnum):
    MET = "met"
    OPEN = "open"
    NOT_MET = "not_met"


@dataclass(frozen=True)
class ElementView:
    """One element of one article as the record stands.

    Attributes:
        code: The element code (a key of the legal data's ``questions``).
        state: ``met``, ``open`` or ``not_met``.
        basis: The structured records it rests on (settling or only indicating it).
        settled_by_record: True when ``basis`` settles the element (no question to ask).
        suggestion: Words in the record that propose "yes", for the person to confirm.
        answer: The person's confirmation (True/False), ``None`` when not answered.
        answer_by: Who answered.
        answer_source: What the answer rests on (``notice:<number>``), if given.
        required: Part of ``Article.requires`` (else a supporting point).
    """

    code: str
    state: ElementState
    basis: tuple[MatchedFact, ...]
    settled_by_record: bool
    suggestion: MatchedFact | None
    answer: bool | None
    answer_by: str
    answer_source: str
    required: bool

    @property
    def has_record(self) -> bool:
        """Anything at all recorded for it (a basis, a suggestion or an answer)."""
        return bool(self.basis) or self.suggestion is not None or self.answer is not None

    @property
    def asks(self) -> bool:
        """Whether the person should be asked (open, or answered against a suggestion)."""
        return not self.settled_by_record


Resolved = tuple[bool | None, list[MatchedFact]]
"""``(settled, basis)``: ``settled`` True/False when the record settles it, else ``None``."""


_REMOTE = (Channel.PHONE, Channel.EMAIL, Channel.LETTER, Channel.ONLINE)


def _force(f: IncidentFacts) -> Resolved:
    attack = f.has(B.PHYSICAL_ATTACK)
    if attack:
        return True, attack
    channel = f.incident.channel
    if channel in _REMOTE:
        # Force against a person needs someone there: a call, a letter or a post cannot push.
        return False, [MatchedFact(f"remote_contact:{channel.value}")]
    return None, []


def _injury(f: IncidentFacts) -> Resolved:
    injured = [MatchedFact("injury_recorded", c.injury_text or c.staff_name) for c in f.care
               if c.injury]  # fmt: skip
    if injured:
        return True, injured
    if f.care:
        return False, [MatchedFact("no_injury_recorded", c.staff_name) for c in f.care]
    return None, []


# Conduct that can make a person ill (a demand by itself cannot).
_HARASSING = tuple(b for b in Behaviour if b not in (
    B.GROUNDLESS_REFUND, B.UNRELATED_DEMAND, B.EXCESSIVE_COMPENSATION, B.OTHER))  # fmt: skip


def _illness(f: IncidentFacts) -> Resolved:
    """Signs that a staff member fell ill from harassing conduct, without a bodily injury: a
    doctor seen, a specialist referral, days off, each after a recorded harassing behaviour.
    They indicate, never settle: only a diagnosis shows an illness (PTSD and the like are an
    injury under art. 204), so a person confirms it."""
    conduct = f.has(*_HARASSING)
    if not conduct:
        return None, []  # days off after a plain complaint say nothing about an offence
    signs: list[MatchedFact] = []
    for c in f.care:
        if c.injury:
            continue  # a doctor seen for a bodily injury says nothing about an illness
        if c.medical_visit:
            signs.append(MatchedFact("medical_visit", c.staff_name))
        if c.referral_to_specialist:
            signs.append(MatchedFact("specialist_referral", c.staff_name))
        if c.days_off > 0:
            signs.append(MatchedFact("days_off", c.staff_name, count=c.days_off))
    return None, (conduct + signs) if signs else []


def _medical(f: IncidentFacts) -> Resolved:
    seen = [MatchedFact("medical_visit", c.staff_name) for c in f.care if c.medical_visit]
    return (True if seen else None), seen


def _harm(f: IncidentFacts) -> Resolved:
    threat = f.has(B.SNS_THREAT)
    if threat:
        return True, threat
    return None, _abuse_without_words(f) + f.has(B.SNS_THREAT_OR_POST)


def _abuse_without_words(f: IncidentFacts) -> list[MatchedFact]:
    """``threats_abuse`` indicates a threat or an insult only while no words are recorded:
    once the exact words are there, they (or the narrative) must show it themselves."""
    return [] if f.incident.quotes else f.has(B.THREATS_ABUSE)


def _no_duty(f: IncidentFacts) -> Resolved:
    kneel = f.has(B.FORCED_KNEELING)
    return (True if kneel else None), kneel


def _money(f: IncidentFacts) -> Resolved:
    demand = f.has(B.EXCESSIVE_COMPENSATION, B.GROUNDLESS_REFUND)
    return (True if demand else None), demand


def _handed(f: IncidentFacts) -> Resolved:
    paid = f.yen(CostKind.REFUND_COMPENSATION, "money_paid")
    paid += [MatchedFact("action:refund", a.description, a.at) for a in f.incident.actions
             if a.kind is ActionKind.REFUND and a.done]  # fmt: skip
    return (True if paid else None), paid


_LEAVE_STEPS = (TimelineKind.STOP_REQUEST, TimelineKind.LEAVE_ORDER, TimelineKind.FINAL_WARNING,
                TimelineKind.POLICE_CALL)  # fmt: skip


def _stayed(f: IncidentFacts) -> Resolved:
    settled, fact = f.stayed()
    refusal = f.has(B.REFUSAL_TO_LEAVE)
    if fact is None and not refusal:
        return None, []  # a stop request alone is no order to leave
    steps = f.entries(*_LEAVE_STEPS)
    facts = refusal + steps + ([fact] if fact is not None else [])
    if settled is False:
        return False, steps + ([fact] if fact is not None else [])
    return settled, facts


def _none(f: IncidentFacts) -> Resolved:
    return None, []


def _indecent(f: IncidentFacts) -> Resolved:
    return None, f.has(B.SEXUAL_CONDUCT)


def _circumstance(f: IncidentFacts) -> Resolved:
    return None, f.has(B.PHYSICAL_ATTACK, B.THREATS_ABUSE)


def _public(f: IncidentFacts) -> Resolved:
    facts = [MatchedFact("channel:online")] if f.incident.channel is Channel.ONLINE else []
    facts += f.has(B.SNS_POST)
    if facts:
        return True, facts
    return None, f.has(B.SNS_THREAT_OR_POST)


def _reputation(f: IncidentFacts) -> Resolved:
    return None, f.has(B.SNS_POST, B.SNS_THREAT_OR_POST)


def _insult(f: IncidentFacts) -> Resolved:
    return None, f.has(B.DISCRIMINATION) + _abuse_without_words(f)


def _business(f: IncidentFacts) -> Resolved:
    minutes = f.incident.total_minutes
    time = [MatchedFact("staff_time_minutes", count=minutes)] if minutes > 0 else []
    signs = f.has(B.PROLONGED_COMPLAINT, B.REFUSAL_TO_LEAVE, B.REPEATED_CALLS,
                  B.PERSISTENT_CONTACT, B.PROPERTY_DAMAGE)  # fmt: skip
    return (True if time else None), time + signs + f.entries(TimelineKind.CALL_START)


def _overpowering(f: IncidentFacts) -> Resolved:
    force = f.has(B.PHYSICAL_ATTACK, B.PROPERTY_DAMAGE, B.FORCED_KNEELING, B.REFUSAL_TO_LEAVE)
    if force:
        return True, force
    return None, f.has(B.THREATS_ABUSE)


def _property(f: IncidentFacts) -> Resolved:
    facts = f.has(B.PROPERTY_DAMAGE) + f.yen(CostKind.DAMAGE, "damage_cost")
    return (True if facts else None), facts


RESOLVERS: Mapping[str, Callable[[IncidentFacts], Resolved]] = {
    "force_against_person": _force, "injury": _injury, "illness_caused": _illness,
    "medical_record": _medical,
    "harm_announced": _harm, "made_to_do_without_duty": _no_duty, "money_demanded": _money,
    "handed_over": _handed, "stayed_after_leave_order": _stayed, "entry_against_will": _none,
    "indecent_act": _indecent, "statutory_circumstance": _circumstance,
    "in_front_of_others": _public, "reputation_fact": _reputation, "insult": _insult,
    "deception": _none, "business_disrupted": _business, "overpowering_conduct": _overpowering,
    "property_damaged": _property,
}  # fmt: skip
"""How the structured record answers each element code; codes without one are asked."""


def evaluate_element(
    f: IncidentFacts,
    question: Question,
    answers: Mapping[str, ElementAnswer],
    *,
    required: bool,
) -> ElementView:
    """The state of one element for one incident (see the module docstring for the order)."""
    settled, basis = RESOLVERS.get(question.code, _none)(f)
    answer = answers.get(question.code)
    # Text is searched even when the record settles the element, so the view can show it;
    # it never changes the state.
    suggestion = f.suggest(question.code, question.keywords) if settled is not True else None
    if settled is not None:
        state = ElementState.MET if settled else ElementState.NOT_MET
    elif answer is not None:
        state = ElementState.MET if answer.value else ElementState.NOT_MET
    else:
        state = ElementState.OPEN
    return ElementView(
        code=question.code,
        state=state,
        basis=tuple(basis),
        settled_by_record=settled is not None,
        suggestion=suggestion if settled is None else None,
        answer=answer.value if answer is not None else None,
        answer_by=answer.by if answer is not None else "",
        answer_source=answer.source if answer is not None else "",
        required=required,
    )
