"""The guided response's route: which steps apply to an incident, and what the last one offers.

The response wizard has one page per ``Step``; it asks ``next_step`` which page comes next, so
that the branching lives here and not in the pages. The rules:

* ``WHAT_HAPPENED``, ``FACTS``, ``JUDGE``, ``STAFF_CARE`` and ``CLOSE`` always apply.
* ``ON_SITE`` (the Tokyo police flow: conversation ends, stop, leave, final warning, police) is
  skipped when the verdict says it is no harassment (a justified complaint made politely, or a
  groundless one made politely: answer it, do not escort the customer out), and for written or
  online contact (email, online, letter), where nobody can be asked to leave. It is never
  skipped once a step of the flow is on the timeline: recorded evidence is never hidden. For a
  phone call the flow has no order to leave (``flow_wanted``): the call is ended after a warning.
* ``OFFENCES`` is skipped when the verdict says it is no harassment and nothing recorded points
  the other way (no behaviour that implies an unacceptable manner, no offender date entered).

``next_steps`` is the judgement's next steps made to fit the channel and the history: nobody
is asked to leave a phone call, a letter or a post; a call is ended after a warning; an online
post is preserved, its deletion requested, and the route to the poster's identity named; no
notice is suggested while one is in force for the person, and a breach of one leads to the
police with the notice's number. A behaviour that could relate to a disability or a request
for accommodation leads to reasonable accommodation, not to a notice.

``suggested_actions`` lists what the close step proposes (an apology and a remedy for a
justified claim, a no-return notice for harassment...), and ``status_options`` says for each
status whether the workflow's guards let the incident move there, judged the way
``IncidentService.update`` judges it (forward one step at a time, back only with a reason).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from . import accommodation
from .assessment import BEHAVIOUR_MANNER, ClaimStatus, Judgement, MannerFlag, Verdict, judge
from .enums import ActionKind, Behaviour, Channel, IncidentStatus, TimelineKind
from .errors import WorkflowError
from .models import Incident, TimelineEntry
from .workflow import ORDER, TransitionContext, check_transition, is_reopen, transition_problems


class Step(StrEnum):
    """The steps of the guided response, in order."""

    WHAT_HAPPENED = "what_happened"
    FACTS = "facts"
    JUDGE = "judge"
    ON_SITE = "on_site"
    STAFF_CARE = "staff_care"
    OFFENCES = "offences"
    CLOSE = "close"


STEPS: tuple[Step, ...] = tuple(Step)

POLICE_FLOW: tuple[TimelineKind, ...] = (
    TimelineKind.CONVERSATION_END,
    TimelineKind.STOP_REQUEST,
    TimelineKind.LEAVE_ORDER,
    TimelineKind.FINAL_WARNING,
    TimelineKind.POLICE_CALL,
    TimelineKind.POLICE_ARRIVED,
    TimelineKind.RECORDING_HANDOVER,
    TimelineKind.CUSTOMER_LEFT,
)
"""The Tokyo manual's police flow, in order; each step is one timeline entry."""

NOT_HARASSMENT: frozenset[Verdict] = frozenset(
    {Verdict.LEGITIMATE_COMPLAINT, Verdict.NO_BASIS_ACCEPTABLE_MANNER}
)
"""Verdicts that say the customer's manner was acceptable."""

WRITTEN_CHANNELS: frozenset[Channel] = frozenset({Channel.EMAIL, Channel.ONLINE, Channel.LETTER})
"""Channels where nobody is on the premises to be asked to stop or to leave."""

FLOW_REPEAT = 2
"""The Tokyo manual asks to stop, and orders to leave, 2-3 times before the final warning."""


def judgement_of(incident: Incident) -> Judgement:
    """The two-question test applied to the incident's assessment and recorded behaviours."""
    return judge(incident.assessment, behaviours=incident.behaviours)


def implied_manner(behaviours: Iterable[Behaviour]) -> dict[MannerFlag, list[Behaviour]]:
    """The unacceptable manners that recorded behaviours show, each with the behaviours.

    Threats and abuse are a violent or threatening manner whatever the claim (MHLW manual):
    the judging step pre-ticks these manners from what step 1 recorded, and the person judging
    confirms or unticks them.
    """
    found: dict[MannerFlag, list[Behaviour]] = {}
    for behaviour in behaviours:
        flag = BEHAVIOUR_MANNER.get(behaviour)
        if flag is not None:
            found.setdefault(flag, []).append(behaviour)
    return found


def has_flow_entries(incident: Incident) -> bool:
    """True once any step of the police flow is on the incident's timeline."""
    return any(e.kind in POLICE_FLOW for e in incident.timeline)


def skip_reason(step: Step, incident: Incident) -> str | None:
    """Why ``step`` does not apply to ``incident`` (a code), or ``None`` when it applies.

    Codes: ``not_harassment`` (the verdict says the manner was acceptable), ``written_contact``
    (email, online or letter: nobody on the premises).
    """
    if step is Step.ON_SITE:
        if has_flow_entries(incident):
            return None
        if incident.channel in WRITTEN_CHANNELS:
            return "written_contact"
        if judgement_of(incident).verdict in NOT_HARASSMENT:
            return "not_harassment"
        return None
    if step is Step.OFFENCES:
        implied = any(b in BEHAVIOUR_MANNER for b in incident.behaviours)
        known = incident.offender_known_on or incident.offender_known_to_staff_on
        if implied or known is not None:
            return None
        if judgement_of(incident).verdict in NOT_HARASSMENT:
            return "not_harassment"
    return None


def step_applies(step: Step, incident: Incident) -> bool:
    return skip_reason(step, incident) is None


def applicable_steps(incident: Incident) -> list[Step]:
    """The steps that apply to ``incident``, in order."""
    return [s for s in STEPS if step_applies(s, incident)]


def next_step(current: Step, incident: Incident) -> Step | None:
    """The first step after ``current`` that applies, or ``None`` after the last one."""
    for step in STEPS[STEPS.index(current) + 1 :]:
        if step_applies(step, incident):
            return step
    return None


def flow_counts(timeline: Iterable[TimelineEntry]) -> Counter[TimelineKind]:
    """How many times each step of the police flow is on the timeline."""
    return Counter(e.kind for e in timeline if e.kind in POLICE_FLOW)


def suggested_flow_step(
    timeline: Iterable[TimelineEntry], channel: Channel | None = None
) -> TimelineKind | None:
    """The step of the police flow to take next, going by what is logged so far.

    Tell the customer the conversation is ending, ask them to stop (``FLOW_REPEAT`` times),
    order them to leave (as often), give the final warning, call the police, hand over the
    recordings. ``None`` once the customer has left or everything is logged.
    """
    entries = list(timeline)
    counts = flow_counts(entries)
    if counts[TimelineKind.CUSTOMER_LEFT]:
        return None
    missing = missing_flow_steps(entries, channel)
    return missing[0][0] if missing else None


FLOW_WANTED: tuple[tuple[TimelineKind, int], ...] = (
    (TimelineKind.CONVERSATION_END, 1),
    (TimelineKind.STOP_REQUEST, FLOW_REPEAT),
    (TimelineKind.LEAVE_ORDER, FLOW_REPEAT),
    (TimelineKind.FINAL_WARNING, 1),
    (TimelineKind.POLICE_CALL, 1),
    (TimelineKind.RECORDING_HANDOVER, 1),
)
"""Each step of the full police flow and how many times the manual asks for it."""


def flow_wanted(channel: Channel | None = None) -> tuple[tuple[TimelineKind, int], ...]:
    """``FLOW_WANTED`` for ``channel``: a caller is not on the premises, so nobody is ordered
    to leave (the call is ended after the warning instead)."""
    if channel in NOT_ON_PREMISES:
        return tuple((k, n) for k, n in FLOW_WANTED if k is not TimelineKind.LEAVE_ORDER)
    return FLOW_WANTED


def missing_flow_steps(
    timeline: Iterable[TimelineEntry], channel: Channel | None = None
) -> list[tuple[TimelineKind, int]]:
    """The steps of the full flow (for ``channel``) logged fewer times than the manual asks,
    with how many times each is logged so far, in flow order (empty once all of it is logged).

    A customer who leaves early ends the flow without completing it: callers must not then
    claim that every step was logged.
    """
    counts = flow_counts(timeline)
    return [(kind, counts[kind]) for kind, times in flow_wanted(channel) if counts[kind] < times]


@dataclass(frozen=True)
class NoticeHistory:
    """What the ban register says about the incident's customer.

    Attributes:
        in_force: Number of a no-entry notice in force for the customer ("" if none).
        breach_of: Number of the notice this incident was logged as a breach of ("" if none).
    """

    in_force: str = ""
    breach_of: str = ""


NOT_ON_PREMISES: frozenset[Channel] = WRITTEN_CHANNELS | {Channel.PHONE}
"""Channels where the customer is not on the premises: nobody can be asked to leave."""

ONLINE_STEPS = ("preserve_online_post", "request_post_deletion", "poster_disclosure")


def is_online_post(incident: Incident) -> bool:
    """A post about the shop or staff: the online channel, or a recorded post."""
    posted = {Behaviour.SNS_POST, Behaviour.SNS_THREAT_OR_POST}
    return incident.channel is Channel.ONLINE or bool(posted & set(incident.behaviours))


def next_steps(incident: Incident, history: NoticeHistory | None = None) -> list[str]:
    """The judgement's next steps (codes of the vocabulary's ``step`` table) made to fit the
    incident's channel and the person's history with the shop's notices."""
    h = history or NoticeHistory()
    j = judgement_of(incident)
    steps = list(j.next_steps)
    channel = incident.channel
    if channel in NOT_ON_PREMISES:
        steps = [s for s in steps if s != "ask_to_leave"]
    if channel in WRITTEN_CHANNELS:  # an email or a letter is answered in writing; a post is not
        stop = "answer_in_writing" if channel is not Channel.ONLINE else ""
        steps = [stop if s == "ask_to_stop" else s for s in steps]
    if channel is Channel.PHONE and j.is_harassment:
        at = steps.index("ask_to_stop") + 1 if "ask_to_stop" in steps else 0
        steps.insert(at, "end_call_after_warning")
    if is_online_post(incident):
        at = steps.index("care_for_staff") + 1 if "care_for_staff" in steps else len(steps)
        steps[at:at] = list(ONLINE_STEPS)
    considered = accommodation.answer(incident)
    if considered:  # a request for accommodation is not harassment: guidance, not a ban
        steps = [s for s in steps if s != "consider_no_return_notice"]
        steps.insert(0, "provide_reasonable_accommodation")
    elif considered is None and j.is_harassment:
        at = steps.index("consider_no_return_notice") if "consider_no_return_notice" in steps else 0
        steps.insert(at, "consider_accommodation")
    if h.in_force:
        steps = [s for s in steps if s != "consider_no_return_notice"]
        if not h.breach_of:
            steps.append(f"notice_in_force:{h.in_force}")
    if h.breach_of:
        steps.insert(0, f"breach_of_notice:{h.breach_of}")
    return list(dict.fromkeys(s for s in steps if s))


def suggested_actions(incident: Incident, history: NoticeHistory | None = None) -> list[ActionKind]:
    """What the close step proposes, most important first.

    A justified claim gets an apology and a remedy (DOMAIN: answer a justified complaint with
    an apology and a fix); harassment gets the no-return notice, unless one is in force for
    the person already; violence or sexual conduct, or a breach of a notice, the police (and
    a lawyer).
    """
    h = history or NoticeHistory()
    j = judgement_of(incident)
    found: list[ActionKind] = []
    if h.breach_of:
        found.append(ActionKind.POLICE_REPORT)
    if j.claim is ClaimStatus.JUSTIFIED:
        found += [ActionKind.APOLOGY, ActionKind.REFUND, ActionKind.EXCHANGE]
    if j.is_harassment:
        if not h.in_force and not accommodation.answer(incident):
            found.append(ActionKind.NO_RETURN_NOTICE)
        if incident.assessment.manner & {MannerFlag.VIOLENT_OR_THREATENING, MannerFlag.SEXUAL}:
            found += [ActionKind.POLICE_REPORT, ActionKind.LAWYER_CONSULTED]
    return list(dict.fromkeys(found))


@dataclass(frozen=True)
class StatusOption:
    """One status the incident could be saved with.

    Attributes:
        status: The status.
        problems: Workflow codes (``workflow.transition_problems``) that stand in the way when
            no reason is given, for every step on the way there; empty for the current status.
        blocked: Saving with this status would be refused, even with the reason given.
        reason_needed: A reason is needed (going back) or would lift the objection (closing
            over open follow-ups).
    """

    status: IncidentStatus
    problems: tuple[str, ...]
    blocked: bool
    reason_needed: bool


def _context(incident: Incident, reason: str) -> TransitionContext:
    return TransitionContext(incident.assessment, incident.actions, incident.staff_care, reason)


def status_option(
    incident: Incident, before: IncidentStatus, target: IncidentStatus, reason: str = ""
) -> StatusOption:
    """Whether ``incident`` (as it would be saved) may move from ``before`` to ``target``."""
    if target == before:
        return StatusOption(target, (), False, False)
    bare, given = _context(incident, ""), _context(incident, reason)
    if is_reopen(before, target):
        pairs = [(before, target)]
    else:
        pairs = list(pairwise(ORDER[ORDER.index(before) : ORDER.index(target) + 1]))
    problems: list[str] = []
    blocked = False
    for current, following in pairs:
        problems += transition_problems(current, following, bare)
        try:
            check_transition(current, following, given)
        except WorkflowError:
            blocked = True
    codes = tuple(dict.fromkeys(problems))
    needed = is_reopen(before, target) or "open_follow_ups" in codes
    return StatusOption(target, codes, blocked, needed)


def status_options(
    incident: Incident, before: IncidentStatus, reason: str = ""
) -> list[StatusOption]:
    """Every status in workflow order, each with what stands in the way of it."""
    return [status_option(incident, before, s, reason) for s in ORDER]


def suggested_status(incident: Incident, before: IncidentStatus) -> IncidentStatus:
    """The furthest status up to ``responded`` that the guards allow without a reason.

    Closing is never suggested: it is a deliberate choice. An incident already past
    ``responded`` keeps its status.
    """
    best = before
    limit = ORDER.index(IncidentStatus.RESPONDED)
    for status in ORDER[ORDER.index(before) + 1 : limit + 1]:
        if status_option(incident, before, status).problems:
            break
        best = status
    return best
