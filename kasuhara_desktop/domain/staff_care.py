"""Care for the staff member after an incident (MHLW step 6).

Safety first; a supervisor takes over and separates the staff member from the customer; a
lawyer or the police where there was violence or sexual harassment; then mental-health
follow-up: check-ins, stress checks, referral to a specialist. ``StaffCare`` records that for
one staff member and one incident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .deadlines import DEFAULT_CARE_CHECK_INS, care_follow_up_dates
from .errors import ValidationError
from .json_reader import JsonReader

MAX_DAYS_OFF = 3_650
MAX_FOLLOW_UPS = 1_000


@dataclass
class FollowUp:
    """One planned check-in or other follow-up for the staff member."""

    due: date
    note: str = ""
    done: bool = False

    def is_overdue(self, today: date) -> bool:
        """True when not done and the due day has passed."""
        return not self.done and self.due < today


@dataclass
class StaffCare:
    """What was done for one staff member after an incident.

    Attributes:
        staff_name: The staff member cared for.
        safety_secured: The staff member was separated from the customer and safe.
        supervisor_took_over: Name of the supervisor who took over; empty if nobody did.
        injury: The staff member was injured.
        injury_text: What the injury was (free text; also read by the offence rules).
        medical_visit: The staff member saw a doctor.
        days_off: Days off work because of the incident.
        follow_ups: Planned check-ins and other follow-ups.
        referral_to_specialist: Referred to a specialist (industrial physician, counsellor).
        note: Anything else.
    """

    staff_name: str
    safety_secured: bool = False
    supervisor_took_over: str = ""
    injury: bool = False
    injury_text: str = ""
    medical_visit: bool = False
    days_off: int = 0
    follow_ups: list[FollowUp] = field(default_factory=list)
    referral_to_specialist: bool = False
    note: str = ""

    def pending_follow_ups(self) -> list[FollowUp]:
        """All follow-ups not yet done, earliest first (what blocks closing an incident)."""
        return sorted((f for f in self.follow_ups if not f.done), key=lambda f: f.due)

    def open_follow_ups(self, today: date) -> list[FollowUp]:
        """Follow-ups not done and due on or before ``today`` (due now or overdue), earliest first.

        Follow-ups planned for later are not "open" yet; ``pending_follow_ups`` lists them all.
        """
        return [f for f in self.pending_follow_ups() if f.due <= today]

    def plan_check_ins(
        self, incident_day: date, offsets: tuple[int, ...] = DEFAULT_CARE_CHECK_INS
    ) -> list[FollowUp]:
        """Add check-ins on the default schedule, skipping days already planned; return the new."""
        planned = {f.due for f in self.follow_ups}
        added = [
            FollowUp(due=d, note="check_in")
            for d in care_follow_up_dates(incident_day, offsets)
            if d not in planned
        ]
        self.follow_ups.extend(added)
        return added

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dictionary."""
        return {
            "staff_name": self.staff_name,
            "safety_secured": self.safety_secured,
            "supervisor_took_over": self.supervisor_took_over,
            "injury": self.injury,
            "injury_text": self.injury_text,
            "medical_visit": self.medical_visit,
            "days_off": self.days_off,
            "follow_ups": [
                {"due": f.due.isoformat(), "note": f.note, "done": f.done} for f in self.follow_ups
            ],
            "referral_to_specialist": self.referral_to_specialist,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: object) -> StaffCare:
        """Build from ``to_dict`` output, or raise ``ValidationError`` naming the field."""
        r = JsonReader(data, "staff_care", _KEYS)
        care = cls(
            staff_name=r.text("staff_name", required=True),
            safety_secured=r.boolean("safety_secured"),
            supervisor_took_over=r.text("supervisor_took_over"),
            injury=r.boolean("injury"),
            injury_text=r.text("injury_text", long=True),
            medical_visit=r.boolean("medical_visit"),
            days_off=r.integer("days_off", 0),
            follow_ups=r.items("follow_ups", _follow_up),
            referral_to_specialist=r.boolean("referral_to_specialist"),
            note=r.text("note", long=True),
        )
        if care.days_off > MAX_DAYS_OFF:
            raise ValidationError(
                f"staff_care.days_off: {care.days_off} is more than {MAX_DAYS_OFF}."
            )
        if len(care.follow_ups) > MAX_FOLLOW_UPS:
            raise ValidationError(f"staff_care.follow_ups: more than {MAX_FOLLOW_UPS} entries.")
        if care.injury_text.strip() and not care.injury:
            raise ValidationError("staff_care.injury_text: given, but injury is false.")
        return care


_KEYS = {
    "staff_name", "safety_secured", "supervisor_took_over", "injury", "injury_text",
    "medical_visit", "days_off", "follow_ups", "referral_to_specialist", "note",
}  # fmt: skip


def _follow_up(data: object, path: str) -> FollowUp:
    r = JsonReader(data, path, {"due", "note", "done"})
    due = r.date("due")
    if due is None:
        raise ValidationError(f"{path}.due: a date is required.")
    return FollowUp(due=due, note=r.text("note", long=True), done=r.boolean("done"))
