"""Display names for the stored enum codes, translated at call time.

Every enum member of ``domain.enums`` has a label here (translation context ``"labels"``), so a
view never shows a raw storage code. Use :func:`label` for any member, or the per-enum helpers
(``behaviour_label`` ...) where the type is known; :func:`choices` lists (member, label) pairs in
declaration order for combo boxes.

The strings are built inside functions (not at import) so that they follow the translator that
is installed when they are asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from ..domain.enums import (
    ActionKind,
    Behaviour,
    Channel,
    CostKind,
    Employment,
    IncidentStatus,
    ParticipantRole,
    TimelineKind,
    TradeType,
)

E = TypeVar("E", bound=Enum)


def _behaviours() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        Behaviour.GROUNDLESS_REFUND: tr("labels", "Groundless refund demand"),
        Behaviour.UNRELATED_DEMAND: tr("labels", "Demand unrelated to the purchase"),
        Behaviour.PHYSICAL_ATTACK: tr("labels", "Physical attack"),
        Behaviour.THREATS_ABUSE: tr("labels", "Threats or verbal abuse"),
        Behaviour.REPEATED_CALLS: tr("labels", "Repeated calls"),
        Behaviour.FORCED_KNEELING: tr("labels", "Forced kneeling (dogeza)"),
        Behaviour.REFUSAL_TO_LEAVE: tr("labels", "Refusal to leave"),
        Behaviour.DISCRIMINATION: tr("labels", "Discrimination"),
        Behaviour.SEXUAL_CONDUCT: tr("labels", "Sexual conduct"),
        Behaviour.PROLONGED_COMPLAINT: tr("labels", "Prolonged complaint"),
        Behaviour.PERSISTENT_CONTACT: tr("labels", "Persistent contact"),
        Behaviour.SNS_THREAT_OR_POST: tr("labels", "Social media threat or post"),
        Behaviour.FILMING_STAFF: tr("labels", "Filming staff"),
        Behaviour.PROPERTY_DAMAGE: tr("labels", "Property damage"),
        Behaviour.EXCESSIVE_COMPENSATION: tr("labels", "Excessive compensation demand"),
        Behaviour.OTHER: tr("labels", "Other behaviour"),
    }


def _channels() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        Channel.IN_PERSON: tr("labels", "In person"),
        Channel.PHONE: tr("labels", "Phone"),
        Channel.EMAIL: tr("labels", "Email"),
        Channel.ONLINE: tr("labels", "Online"),
        Channel.LETTER: tr("labels", "Letter"),
        Channel.OTHER: tr("labels", "Other channel"),
    }


def _statuses() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        IncidentStatus.DRAFT: tr("labels", "Draft"),
        IncidentStatus.FACTS_CONFIRMED: tr("labels", "Facts confirmed"),
        IncidentStatus.JUDGED: tr("labels", "Judged"),
        IncidentStatus.RESPONDED: tr("labels", "Responded"),
        IncidentStatus.CLOSED: tr("labels", "Closed"),
    }


def _roles() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        ParticipantRole.CUSTOMER: tr("labels", "Customer"),
        ParticipantRole.COMPANION: tr("labels", "Companion"),
        ParticipantRole.TARGET: tr("labels", "Staff targeted"),
        ParticipantRole.HANDLER: tr("labels", "Staff who handled it"),
        ParticipantRole.WITNESS: tr("labels", "Witness"),
        ParticipantRole.SUPERVISOR: tr("labels", "Supervisor"),
        ParticipantRole.OTHER: tr("labels", "Other role"),
    }


def _timeline_kinds() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        TimelineKind.NOTE: tr("labels", "Note"),
        TimelineKind.CONVERSATION_END: tr("labels", "Conversation ended"),
        TimelineKind.STOP_REQUEST: tr("labels", "Asked to stop"),
        TimelineKind.LEAVE_ORDER: tr("labels", "Asked to leave"),
        TimelineKind.FINAL_WARNING: tr("labels", "Final warning"),
        TimelineKind.POLICE_CALL: tr("labels", "Police called"),
        TimelineKind.POLICE_ARRIVED: tr("labels", "Police arrived"),
        TimelineKind.RECORDING_HANDOVER: tr("labels", "Recording handed over"),
        TimelineKind.CUSTOMER_LEFT: tr("labels", "Customer left"),
        TimelineKind.CALL_START: tr("labels", "Call started"),
        TimelineKind.CALL_END: tr("labels", "Call ended"),
    }


def _action_kinds() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        ActionKind.NOTE: tr("labels", "Note"),
        ActionKind.APOLOGY: tr("labels", "Apology"),
        ActionKind.REFUND: tr("labels", "Refund"),
        ActionKind.EXCHANGE: tr("labels", "Exchange"),
        ActionKind.NO_RETURN_NOTICE: tr("labels", "No-return notice"),
        ActionKind.LAWYER_CONSULTED: tr("labels", "Lawyer consulted"),
        ActionKind.POLICE_REPORT: tr("labels", "Police report"),
        ActionKind.STAFF_CARE: tr("labels", "Staff care"),
        ActionKind.FOLLOW_UP: tr("labels", "Follow-up"),
        ActionKind.PREVENTION: tr("labels", "Prevention"),
        ActionKind.OTHER: tr("labels", "Other action"),
    }


def _cost_kinds() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        CostKind.ON_SITE: tr("labels", "Handling on site"),
        CostKind.PHONE: tr("labels", "Handling by phone"),
        CostKind.APOLOGY_VISIT: tr("labels", "Apology visit"),
        CostKind.DELIBERATION: tr("labels", "Internal discussion"),
        CostKind.LAWYER: tr("labels", "Lawyer"),
        CostKind.REFUND_COMPENSATION: tr("labels", "Refund or compensation"),
        CostKind.DAMAGE: tr("labels", "Damage"),
        CostKind.OTHER: tr("labels", "Other cost"),
    }


def _employments() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        Employment.FULL_TIME: tr("labels", "Full-time"),
        Employment.PART_TIME: tr("labels", "Part-time"),
        Employment.CONTRACT: tr("labels", "Contract"),
        Employment.MANAGER: tr("labels", "Manager"),
        Employment.OWNER: tr("labels", "Owner"),
    }


def _trade_types() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        TradeType.CONVENIENCE_STORE: tr("labels", "Convenience store"),
        TradeType.RESTAURANT: tr("labels", "Restaurant or café"),
        TradeType.PHARMACY: tr("labels", "Pharmacy"),
        TradeType.SALON: tr("labels", "Hair or beauty salon"),
        TradeType.RETAIL: tr("labels", "Shop (retail)"),
        TradeType.INN: tr("labels", "Inn or hotel"),
        TradeType.PUBLIC_BATH: tr("labels", "Public bath"),
        TradeType.CLINIC: tr("labels", "Clinic"),
        TradeType.OTHER: tr("labels", "Other trade"),
    }


_TABLES: dict[type[Enum], Callable[[], dict[Enum, str]]] = {
    Behaviour: _behaviours,
    Channel: _channels,
    IncidentStatus: _statuses,
    ParticipantRole: _roles,
    TimelineKind: _timeline_kinds,
    ActionKind: _action_kinds,
    CostKind: _cost_kinds,
    Employment: _employments,
    TradeType: _trade_types,
}


def label(member: Enum) -> str:
    """The translated display name of any enum member of ``domain.enums``.

    Unknown enums fall back to the member's value, so a new code shows *something* rather than
    crashing a view (the test suite checks that every member has a label).
    """
    table = _TABLES.get(type(member))
    if table is None:
        return str(member.value)
    return table().get(member, str(member.value))


enum_label = label  # the name the incident editor imports


def choices(enum_type: type[E]) -> list[tuple[E, str]]:
    """(member, translated label) for every member of ``enum_type``, in declaration order."""
    return [(member, label(member)) for member in enum_type]


def behaviour_label(member: Behaviour) -> str:
    return label(member)


def channel_label(member: Channel) -> str:
    return label(member)


def status_label(member: IncidentStatus) -> str:
    return label(member)


def role_label(member: ParticipantRole) -> str:
    return label(member)


def trade_label(member: TradeType) -> str:
    return label(member)


LABELLED_ENUMS: tuple[type[Enum], ...] = tuple(_TABLES)
