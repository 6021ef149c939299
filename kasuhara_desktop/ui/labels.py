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
    return {
        Behaviour.GROUNDLESS_REFUND: QCoreApplication.translate(
            "labels", "Groundless refund demand"
        ),
        Behaviour.UNRELATED_DEMAND: QCoreApplication.translate(
            "labels", "Demand unrelated to the purchase"
        ),
        Behaviour.PHYSICAL_ATTACK: QCoreApplication.translate("labels", "Physical attack"),
        Behaviour.THREATS_ABUSE: QCoreApplication.translate("labels", "Threats or verbal abuse"),
        Behaviour.REPEATED_CALLS: QCoreApplication.translate("labels", "Repeated calls"),
        Behaviour.FORCED_KNEELING: QCoreApplication.translate("labels", "Forced kneeling (dogeza)"),
        Behaviour.REFUSAL_TO_LEAVE: QCoreApplication.translate("labels", "Refusal to leave"),
        Behaviour.DISCRIMINATION: QCoreApplication.translate("labels", "Discrimination"),
        Behaviour.SEXUAL_CONDUCT: QCoreApplication.translate("labels", "Sexual conduct"),
        Behaviour.PROLONGED_COMPLAINT: QCoreApplication.translate("labels", "Prolonged complaint"),
        Behaviour.PERSISTENT_CONTACT: QCoreApplication.translate("labels", "Persistent contact"),
        Behaviour.SNS_THREAT_OR_POST: QCoreApplication.translate(
            "labels", "Social media threat or post"
        ),
        Behaviour.FILMING_STAFF: QCoreApplication.translate("labels", "Filming staff"),
        Behaviour.PROPERTY_DAMAGE: QCoreApplication.translate("labels", "Property damage"),
        Behaviour.EXCESSIVE_COMPENSATION: QCoreApplication.translate(
            "labels", "Excessive compensation demand"
        ),
        Behaviour.OTHER: QCoreApplication.translate("labels", "Other behaviour"),
    }


def _channels() -> dict[Enum, str]:
    return {
        Channel.IN_PERSON: QCoreApplication.translate("labels", "In person"),
        Channel.PHONE: QCoreApplication.translate("labels", "Phone"),
        Channel.EMAIL: QCoreApplication.translate("labels", "Email"),
        Channel.ONLINE: QCoreApplication.translate("labels", "Online"),
        Channel.LETTER: QCoreApplication.translate("labels", "Letter"),
        Channel.OTHER: QCoreApplication.translate("labels", "Other channel"),
    }


def _statuses() -> dict[Enum, str]:
    return {
        IncidentStatus.DRAFT: QCoreApplication.translate("labels", "Draft"),
        IncidentStatus.FACTS_CONFIRMED: QCoreApplication.translate("labels", "Facts confirmed"),
        IncidentStatus.JUDGED: QCoreApplication.translate("labels", "Judged"),
        IncidentStatus.RESPONDED: QCoreApplication.translate("labels", "Responded"),
        IncidentStatus.CLOSED: QCoreApplication.translate("labels", "Closed"),
    }


def _roles() -> dict[Enum, str]:
    return {
        ParticipantRole.CUSTOMER: QCoreApplication.translate("labels", "Customer"),
        ParticipantRole.COMPANION: QCoreApplication.translate("labels", "Companion"),
        ParticipantRole.TARGET: QCoreApplication.translate("labels", "Staff targeted"),
        ParticipantRole.HANDLER: QCoreApplication.translate("labels", "Staff who handled it"),
        ParticipantRole.WITNESS: QCoreApplication.translate("labels", "Witness"),
        ParticipantRole.SUPERVISOR: QCoreApplication.translate("labels", "Supervisor"),
        ParticipantRole.OTHER: QCoreApplication.translate("labels", "Other role"),
    }


def _timeline_kinds() -> dict[Enum, str]:
    return {
        TimelineKind.NOTE: QCoreApplication.translate("labels", "Note"),
        TimelineKind.CONVERSATION_END: QCoreApplication.translate("labels", "Conversation ended"),
        TimelineKind.STOP_REQUEST: QCoreApplication.translate("labels", "Asked to stop"),
        TimelineKind.LEAVE_ORDER: QCoreApplication.translate("labels", "Asked to leave"),
        TimelineKind.FINAL_WARNING: QCoreApplication.translate("labels", "Final warning"),
        TimelineKind.POLICE_CALL: QCoreApplication.translate("labels", "Police called"),
        TimelineKind.POLICE_ARRIVED: QCoreApplication.translate("labels", "Police arrived"),
        TimelineKind.RECORDING_HANDOVER: QCoreApplication.translate(
            "labels", "Recording handed over"
        ),
        TimelineKind.CUSTOMER_LEFT: QCoreApplication.translate("labels", "Customer left"),
        TimelineKind.CALL_START: QCoreApplication.translate("labels", "Call started"),
        TimelineKind.CALL_END: QCoreApplication.translate("labels", "Call ended"),
    }


def _action_kinds() -> dict[Enum, str]:
    return {
        ActionKind.NOTE: QCoreApplication.translate("labels", "Note"),
        ActionKind.APOLOGY: QCoreApplication.translate("labels", "Apology"),
        ActionKind.REFUND: QCoreApplication.translate("labels", "Refund"),
        ActionKind.EXCHANGE: QCoreApplication.translate("labels", "Exchange"),
        ActionKind.NO_RETURN_NOTICE: QCoreApplication.translate("labels", "No-entry notice"),
        ActionKind.LAWYER_CONSULTED: QCoreApplication.translate("labels", "Lawyer consulted"),
        ActionKind.POLICE_REPORT: QCoreApplication.translate("labels", "Police report"),
        ActionKind.STAFF_CARE: QCoreApplication.translate("labels", "Staff care"),
        ActionKind.FOLLOW_UP: QCoreApplication.translate("labels", "Follow-up"),
        ActionKind.PREVENTION: QCoreApplication.translate("labels", "Prevention"),
        ActionKind.OTHER: QCoreApplication.translate("labels", "Other action"),
    }


def _cost_kinds() -> dict[Enum, str]:
    return {
        CostKind.ON_SITE: QCoreApplication.translate("labels", "Handling on site"),
        CostKind.PHONE: QCoreApplication.translate("labels", "Handling by phone"),
        CostKind.APOLOGY_VISIT: QCoreApplication.translate("labels", "Apology visit"),
        CostKind.DELIBERATION: QCoreApplication.translate("labels", "Internal discussion"),
        CostKind.LAWYER: QCoreApplication.translate("labels", "Lawyer"),
        CostKind.REFUND_COMPENSATION: QCoreApplication.translate(
            "labels", "Refund or compensation"
        ),
        CostKind.DAMAGE: QCoreApplication.translate("labels", "Damage"),
        CostKind.OTHER: QCoreApplication.translate("labels", "Other cost"),
    }


def _employments() -> dict[Enum, str]:
    return {
        Employment.FULL_TIME: QCoreApplication.translate("labels", "Full-time"),
        Employment.PART_TIME: QCoreApplication.translate("labels", "Part-time"),
        Employment.CONTRACT: QCoreApplication.translate("labels", "Contract"),
        Employment.MANAGER: QCoreApplication.translate("labels", "Manager"),
        Employment.OWNER: QCoreApplication.translate("labels", "Owner"),
    }


def _trade_types() -> dict[Enum, str]:
    return {
        TradeType.CONVENIENCE_STORE: QCoreApplication.translate("labels", "Convenience store"),
        TradeType.RESTAURANT: QCoreApplication.translate("labels", "Restaurant or café"),
        TradeType.PHARMACY: QCoreApplication.translate("labels", "Pharmacy"),
        TradeType.SALON: QCoreApplication.translate("labels", "Hair or beauty salon"),
        TradeType.RETAIL: QCoreApplication.translate("labels", "Shop (retail)"),
        TradeType.INN: QCoreApplication.translate("labels", "Inn or hotel"),
        TradeType.PUBLIC_BATH: QCoreApplication.translate("labels", "Public bath"),
        TradeType.CLINIC: QCoreApplication.translate("labels", "Clinic"),
        TradeType.OTHER: QCoreApplication.translate("labels", "Other trade"),
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
