"""What the ban register says before a notice is issued or a next step is suggested: whether
a notice is in force for an incident's customer, whether the incident is a logged breach of
one, and which earlier notice a new one replaces (two bans for one person never run at once:
the person would have two ends and two reasons to answer)."""

from __future__ import annotations

from datetime import date

from ..domain.enums import ParticipantRole
from ..domain.errors import WorkflowError
from ..domain.models import Incident, Person
from ..domain.notice import Addressee, BanStatus, Notice
from ..domain.notice_matching import same_person
from ..domain.response_flow import NoticeHistory


def customer_of(inc: Incident) -> Person | None:
    """The incident's (first) customer, if recorded."""
    return next(
        (p.person for p in inc.participants
         if p.role is ParticipantRole.CUSTOMER and p.person is not None),
        None,
    )  # fmt: skip


def history(notices: list[Notice], incident: Incident, day: date) -> NoticeHistory:
    """A notice in force on ``day`` for the incident's customer, and the notice the incident
    was logged as a breach of (for ``response_flow.next_steps``)."""
    breach = next(
        (n.number for n in notices
         if incident.reference
         and any(b.incident_reference == incident.reference for b in n.breaches)),
        "",
    )  # fmt: skip
    person = customer_of(incident)
    if person is None:
        return NoticeHistory(breach, breach)
    who = Addressee(name=person.name, phone=person.contact, person_id=person.id)
    in_force = next(
        (n.number for n in notices
         if n.status(day) is BanStatus.ACTIVE and same_person(who, n.addressee)),
        "",
    )  # fmt: skip
    return NoticeHistory(in_force or breach, breach)


def replaced_notices(n: Notice, overlap: list[Notice]) -> list[Notice]:
    """The notices ``n`` replaces, out of those that ``overlap`` it.

    Raises:
        WorkflowError: another notice bans the same person on some of the same days and
            ``n.replaces`` does not name it, or ``replaces`` names a notice that does not
            overlap ``n``.
    """
    wanted = n.replaces.strip()
    others = [o for o in overlap if o.number != wanted]
    if others:
        o = others[0]
        end = o.effective_until.isoformat() if o.effective_until else "until revoked"
        raise WorkflowError(
            f"replaces: notice {o.number} already bans {o.addressee.display[:40]} "
            f"({o.valid_from.isoformat()} to {end}). Two bans for one person cannot run "
            f"at once: replace it explicitly (replaces: {o.number}), or change the period."
        )
    if wanted and not overlap:
        raise WorkflowError(
            f"replaces: {wanted[:20]} is not an issued notice in force for this person "
            "over this period."
        )
    return overlap
