"""Closed sets of codes used throughout the records. Values are stable storage codes."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    EMAIL = "email"
    ONLINE = "online"
    LETTER = "letter"
    OTHER = "other"


class IncidentStatus(StrEnum):
    DRAFT = "draft"
    FACTS_CONFIRMED = "facts_confirmed"
    JUDGED = "judged"
    RESPONDED = "responded"
    CLOSED = "closed"


class Behaviour(StrEnum):
    """Behaviour codes: the nine of the source article first, then public guidance."""

    GROUNDLESS_REFUND = "groundless_refund"
    UNRELATED_DEMAND = "unrelated_demand"
    PHYSICAL_ATTACK = "physical_attack"
    THREATS_ABUSE = "threats_abuse"
    REPEATED_CALLS = "repeated_calls"
    FORCED_KNEELING = "forced_kneeling"
    REFUSAL_TO_LEAVE = "refusal_to_leave"
    DISCRIMINATION = "discrimination"
    SEXUAL_CONDUCT = "sexual_conduct"
    PROLONGED_COMPLAINT = "prolonged_complaint"
    PERSISTENT_CONTACT = "persistent_contact"
    SNS_THREAT_OR_POST = "sns_threat_or_post"  # legacy: one code for two facts; use the two below
    SNS_THREAT = "sns_threat"  # threatened to expose staff online (harm to their reputation)
    SNS_POST = "sns_post"  # actually posted about the shop or staff
    FILMING_STAFF = "filming_staff"
    PROPERTY_DAMAGE = "property_damage"
    EXCESSIVE_COMPENSATION = "excessive_compensation"
    OTHER = "other"


class ParticipantRole(StrEnum):
    CUSTOMER = "customer"
    COMPANION = "companion"
    TARGET = "target"
    HANDLER = "handler"
    WITNESS = "witness"
    SUPERVISOR = "supervisor"
    OTHER = "other"


class TimelineKind(StrEnum):
    """Kinds of timeline entry; the Tokyo police flow's steps are evidence in themselves."""

    NOTE = "note"
    CONVERSATION_END = "conversation_end"
    STOP_REQUEST = "stop_request"
    LEAVE_ORDER = "leave_order"
    FINAL_WARNING = "final_warning"
    POLICE_CALL = "police_call"
    POLICE_ARRIVED = "police_arrived"
    RECORDING_HANDOVER = "recording_handover"
    CUSTOMER_LEFT = "customer_left"
    CALL_START = "call_start"
    CALL_END = "call_end"


class ActionKind(StrEnum):
    NOTE = "note"
    APOLOGY = "apology"
    REFUND = "refund"
    EXCHANGE = "exchange"
    NO_RETURN_NOTICE = "no_return_notice"
    LAWYER_CONSULTED = "lawyer_consulted"
    POLICE_REPORT = "police_report"
    STAFF_CARE = "staff_care"
    FOLLOW_UP = "follow_up"
    PREVENTION = "prevention"
    OTHER = "other"


class CostKind(StrEnum):
    ON_SITE = "on_site"
    PHONE = "phone"
    APOLOGY_VISIT = "apology_visit"
    DELIBERATION = "deliberation"
    LAWYER = "lawyer"
    REFUND_COMPENSATION = "refund_compensation"
    DAMAGE = "damage"
    OTHER = "other"


class Employment(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    CONTRACT = "contract"
    MANAGER = "manager"
    OWNER = "owner"


class TradeType(StrEnum):
    """Trade of the shop. Inns, public baths and clinics are bound by statute to serve."""

    CONVENIENCE_STORE = "convenience_store"
    RESTAURANT = "restaurant"
    PHARMACY = "pharmacy"
    SALON = "salon"
    RETAIL = "retail"
    INN = "inn"
    PUBLIC_BATH = "public_bath"
    CLINIC = "clinic"
    OTHER = "other"

    @property
    def duty_to_serve(self) -> bool:
        """True where a statute restricts refusing customers (旅館業法, 公衆浴場法, 医師法)."""
        return self in (TradeType.INN, TradeType.PUBLIC_BATH, TradeType.CLINIC)
