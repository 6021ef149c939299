"""The response workflow: status transitions, their guards, and record-keeping warnings.

Statuses run forward one step at a time: draft → facts_confirmed → judged → responded → closed.
Going back (reopening) to any earlier status is allowed with a reason. Guards:

* ``facts_confirmed`` needs the name of whoever confirmed the facts.
* ``judged`` needs confirmed facts, a determined verdict and who judged.
* ``responded`` needs at least one recorded action (an apology, a refund, a notice...).
* ``closed`` is refused while follow-ups are open (actions not done that have a due date, and
  staff-care follow-ups not done), unless an override reason is given.

``transition_problems`` lists what stands in the way as codes; ``check_transition`` raises
``WorkflowError`` with a sentence. When a transition passes only because of a reason (going back,
or closing over open follow-ups), the caller must write that reason to the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .assessment import Assessment, Judgement, judge
from .enums import IncidentStatus, ParticipantRole, TimelineKind, TradeType
from .errors import WorkflowError
from .models import Action, Incident
from .staff_care import StaffCare

ORDER: tuple[IncidentStatus, ...] = (
    IncidentStatus.DRAFT,
    IncidentStatus.FACTS_CONFIRMED,
    IncidentStatus.JUDGED,
    IncidentStatus.RESPONDED,
    IncidentStatus.CLOSED,
)


def _rank(status: IncidentStatus) -> int:
    return ORDER.index(status)


def allowed_transitions(current: IncidentStatus) -> frozenset[IncidentStatus]:
    """Statuses reachable from ``current``: the next one, and every earlier one (with a reason)."""
    i = _rank(current)
    forward = {ORDER[i + 1]} if i + 1 < len(ORDER) else set()
    return frozenset(forward | set(ORDER[:i]))


def is_reopen(current: IncidentStatus, target: IncidentStatus) -> bool:
    """True when ``target`` is earlier in the workflow than ``current``."""
    return _rank(target) < _rank(current)


@dataclass(frozen=True)
class TransitionContext:
    """What the guards look at.

    Attributes:
        assessment: The incident's assessment; ``None`` before one exists.
        actions: The incident's actions.
        staff_care: Staff-care records of the incident.
        reason: Why the transition is made although a guard objects (going back, closing with
            open follow-ups). Blank means no override.
    """

    assessment: Assessment | None = None
    actions: Sequence[Action] = ()
    staff_care: Sequence[StaffCare] = ()
    reason: str = ""

    @property
    def has_reason(self) -> bool:
        return bool(self.reason.strip())


# code -> (message, can a reason override it?)
_PROBLEMS: dict[str, tuple[str, bool]] = {
    "same_status": ("The incident already has that status.", False),
    "skips_steps": ("Statuses go forward one step at a time.", False),
    "reopen_needs_reason": ("Going back to an earlier status needs a reason.", False),
    "facts_confirmer_missing": ("Record who confirmed the facts first.", False),
    "facts_not_confirmed": ("The facts must be confirmed before judging.", False),
    "verdict_not_determined": (
        "The facts do not allow a verdict yet; confirm them, then judge.",
        False,
    ),
    "judge_missing": ("Record who made the judgement.", False),
    "no_response_recorded": ("Record at least one action taken before marking responded.", False),
    "open_follow_ups": (
        "Follow-ups are still open; finish them or give a reason for closing anyway.",
        True,
    ),
}


def transition_problems(
    current: IncidentStatus, target: IncidentStatus, context: TransitionContext
) -> list[str]:
    """Codes of every guard that objects to ``current`` → ``target``, ignoring any reason."""
    if target == current:
        return ["same_status"]
    if is_reopen(current, target):
        return [] if context.has_reason else ["reopen_needs_reason"]
    if _rank(target) != _rank(current) + 1:
        return ["skips_steps"]
    a = context.assessment
    problems: list[str] = []
    if target is IncidentStatus.FACTS_CONFIRMED and (a is None or not a.facts_confirmed):
        problems.append("facts_confirmer_missing")
    elif target is IncidentStatus.JUDGED:
        if a is None or not a.facts_confirmed:
            problems.append("facts_not_confirmed")
        if a is None or not judge(a).verdict.is_determined:
            problems.append("verdict_not_determined")
        if a is None or not a.judged_by.strip():
            problems.append("judge_missing")
    elif target is IncidentStatus.RESPONDED and not context.actions:
        problems.append("no_response_recorded")
    elif target is IncidentStatus.CLOSED and open_follow_ups(context.actions, context.staff_care):
        problems.append("open_follow_ups")
    return problems


def check_transition(
    current: IncidentStatus, target: IncidentStatus, context: TransitionContext
) -> None:
    """Raise ``WorkflowError`` unless ``current`` → ``target`` is allowed in ``context``.

    A reason in ``context`` lifts the guards marked overridable (open follow-ups) and allows
    going back; it never lifts the others.
    """
    for code in transition_problems(current, target, context):
        message, overridable = _PROBLEMS[code]
        if overridable and context.has_reason:
            continue
        raise WorkflowError(f"Cannot move from {current.value} to {target.value}: {message}")


def open_follow_ups(actions: Sequence[Action], staff_care: Sequence[StaffCare] = ()) -> list[str]:
    """Descriptions of open follow-ups: actions with a due date not done, and staff-care
    follow-ups not done (whatever their due date). Empty when nothing is open."""
    found = [
        f"{a.kind.value}:{a.due.isoformat()}" for a in actions if a.due is not None and not a.done
    ]
    found += [
        f"staff_care:{c.staff_name}:{f.due.isoformat()}"
        for c in staff_care
        for f in c.pending_follow_ups()
    ]
    return found


# ---------------------------------------------------------------- no-return notice


@dataclass(frozen=True)
class NoticeDecision:
    """Whether a no-return notice may be issued.

    Attributes:
        allowed: May be issued now.
        problems: Codes of what is missing (``facts_not_confirmed``, ``not_harassment``,
            ``no_assessment``, ``accommodation_not_considered``, ``accommodation_related``);
            empty when issued on the merits.
        override_reason: The reason that lifted the problems; the caller audits it.
        warnings: Codes to show but not block on (``duty_to_serve``: the trade is bound by
            statute to serve, check that law before refusing anyone).
    """

    allowed: bool
    problems: list[str]
    override_reason: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def overridden(self) -> bool:
        return self.allowed and bool(self.problems)


def can_issue_notice(
    assessment: Assessment | None,
    *,
    judgement: Judgement | None = None,
    override_reason: str = "",
    trade_type: TradeType | None = None,
    accommodation: bool | None = False,
) -> NoticeDecision:
    """Decide whether a no-return notice may be issued.

    It needs confirmed facts and a harassment verdict (bans must not be arbitrary: Tokyo
    ordinance art. 5), and the reasonable-accommodation question considered and answered no
    (``accommodation``: ``domain.accommodation.answer``; None = not yet considered, True = it
    could relate to a disability or a request for accommodation, which calls for guidance, not
    a ban), or an override reason, which is returned for the audit trail.
    """
    problems: list[str] = []
    if assessment is None:
        problems.append("no_assessment")
    else:
        if not assessment.facts_confirmed:
            problems.append("facts_not_confirmed")
        j = judgement if judgement is not None else judge(assessment)
        if not j.is_harassment:
            problems.append("not_harassment")
    if accommodation is None:
        problems.append("accommodation_not_considered")
    elif accommodation:
        problems.append("accommodation_related")
    warnings = ("duty_to_serve",) if trade_type is not None and trade_type.duty_to_serve else ()
    reason = override_reason.strip()
    if not problems:
        return NoticeDecision(True, [], "", warnings)
    return NoticeDecision(bool(reason), problems, reason, warnings)


# ---------------------------------------------------------------- record-keeping warnings


def _zone(incident: Incident) -> ZoneInfo | None:
    try:
        return ZoneInfo(incident.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _aware(value: datetime, zone: ZoneInfo | None) -> datetime:
    """Compare naive times as wall-clock times in the incident's zone."""
    if value.tzinfo is None and zone is not None:
        return value.replace(tzinfo=zone)
    return value


def check_timeline(incident: Incident) -> list[str]:
    """Problem codes for the incident's timeline; warnings to show, not errors.

    Codes: ``timeline_out_of_order`` (entries not listed in time order),
    ``leave_order_before_stop_request`` (the Tokyo flow asks to stop before ordering out, or no
    stop request is recorded at all before the first leave order),
    ``police_arrived_before_call``, ``entry_before_occurred_at``, ``entry_after_ended_at``.
    """
    zone = _zone(incident)
    entries = [(_aware(e.at, zone), e.kind) for e in incident.timeline]
    start = _aware(incident.occurred_at, zone)
    end = _aware(incident.ended_at, zone) if incident.ended_at is not None else None
    problems: list[str] = []
    try:
        if any(b[0] < a[0] for a, b in pairwise(entries)):
            problems.append("timeline_out_of_order")
        ordered = sorted(entries, key=lambda e: e[0])
        first = {kind: at for at, kind in reversed(ordered)}
        leave = first.get(TimelineKind.LEAVE_ORDER)
        stop = first.get(TimelineKind.STOP_REQUEST)
        if leave is not None and (stop is None or stop > leave):
            problems.append("leave_order_before_stop_request")
        call = first.get(TimelineKind.POLICE_CALL)
        arrived = first.get(TimelineKind.POLICE_ARRIVED)
        if arrived is not None and (call is None or call > arrived):
            problems.append("police_arrived_before_call")
        if any(at < start for at, _ in entries):
            problems.append("entry_before_occurred_at")
        if end is not None and any(at > end for at, _ in entries):
            problems.append("entry_after_ended_at")
    except TypeError:  # naive and aware times with no usable zone: cannot compare
        problems.append("timeline_times_not_comparable")
    return problems


def single_source_warning(incident: Incident, *, evidence_count: int = 0) -> bool:
    """True when the facts rest on a single source.

    Sources are the distinct witnesses who gave statements plus participants in the witness
    role. Fewer than two, and no evidence files (``evidence_count``, which the vault knows),
    means the facts rest on one person's account: confirm them further before judging.
    """
    if evidence_count > 0:
        return False
    sources = {s.witness.strip().casefold() for s in incident.statements if s.witness.strip()}
    sources |= {
        p.display_name.strip().casefold()
        for p in incident.participants
        if p.role is ParticipantRole.WITNESS and p.display_name.strip()
    }
    return len(sources) < 2
