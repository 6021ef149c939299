"""No-return notices (出入禁止通知書): the notice, its service, reviews, breaches, the ban register.

A ``Notice`` holds everything printed on it (so an issued notice can be re-rendered), plus what
the vault adds (number, who issued it, the PDF's SHA-256) and what happens later: service records
(how it reached the person), reviews and appeals, revocation or a shortened end, breaches.
Its ``status`` on a given day is derived, never stored: scheduled, active, expired or revoked.

Bans must not be arbitrary (Tokyo ordinance art. 5): the reason, the period and who decided are
recorded. ``notice_from_dict`` reads the notice JSON of ``kasuhara notice issue`` over defaults
taken from the incident and the shop (a missing or null field keeps the default).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from .errors import ValidationError
from .validation import clean_text

LANGUAGES = ("ja", "en", "nb")
DEFAULT_LANGUAGES = ("ja", "en")
DEFAULT_MONTHS = 12
EXPIRY_WARNING_DAYS = 30
REASON_MAX = 1_000  # the facts must fit one A4 page in a readable size
MAX_PREMISES = 20
EARLIEST, LATEST = date(1990, 1, 1), date(2200, 12, 31)


class ServiceMethod(StrEnum):
    """How the notice reached (or was refused by) the person."""

    IN_PERSON = "in_person"  # handed over
    CERTIFIED_MAIL = "certified_mail"  # 内容証明郵便 with 配達証明
    ORDINARY_MAIL = "ordinary_mail"
    EMAIL = "email"
    REFUSED = "refused"  # offered, refused to accept


class ReviewKind(StrEnum):
    REVIEW = "review"  # the shop's own review
    APPEAL = "appeal"  # an objection by the person


class ReviewOutcome(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"
    SHORTENED = "shortened"
    REVOKED = "revoked"


class BanStatus(StrEnum):
    SCHEDULED = "scheduled"  # starts later
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass
class Addressee:
    """Whom the notice is for: a name and address if known, otherwise a description."""

    name: str = ""
    address: str = ""
    description: str = ""
    phone: str = ""
    photo_evidence_id: str = ""
    person_id: int | None = None

    @property
    def display(self) -> str:
        return self.name or self.description


@dataclass
class Issuer:
    shop: str
    company: str = ""
    representative: str = ""
    address: str = ""
    phone: str = ""


@dataclass
class ServiceRecord:
    method: ServiceMethod
    served_at: datetime
    served_by: str
    witness: str = ""
    tracking_number: str = ""
    receipt_evidence_id: str = ""
    note: str = ""
    id: int | None = None
    recorded_at: datetime | None = None
    recorded_by: str = ""


@dataclass
class Review:
    kind: ReviewKind
    outcome: ReviewOutcome
    decided_by: str = ""
    decided_on: date | None = None
    requested_by: str = ""
    requested_on: date | None = None
    note: str = ""
    new_until: date | None = None
    id: int | None = None
    recorded_at: datetime | None = None
    recorded_by: str = ""


@dataclass
class Breach:
    incident_reference: str
    occurred_at: datetime
    note: str = ""
    id: int | None = None
    logged_at: datetime | None = None
    logged_by: str = ""


@dataclass
class Notice:
    incident_reference: str
    addressee: Addressee
    issuer: Issuer
    issue_date: date
    valid_from: date
    valid_until: date | None  # None: indefinite (until revoked)
    reason: str
    premises: list[str] = field(default_factory=list)  # empty: the issuing shop
    objection_contact: str = ""
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    override_reason: str = ""
    incident_date: date | None = None  # when the facts happened (printed with the reason)
    replaces: str = ""  # number of an earlier notice for the same person this one replaces
    # Set by the vault:
    id: int | None = None
    number: str = ""
    issued_at: datetime | None = None
    issued_by: str = ""
    pdf_sha256: str = ""
    shortened_to: date | None = None
    revoked_on: date | None = None
    revoked_by: str = ""
    revoked_reason: str = ""
    service: list[ServiceRecord] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    breaches: list[Breach] = field(default_factory=list)

    @property
    def effective_until(self) -> date | None:
        """The last day of the ban: the shortened end if it was shortened."""
        return self.shortened_to if self.shortened_to is not None else self.valid_until

    def status(self, today: date) -> BanStatus:
        return ban_status(self.valid_from, self.effective_until, self.revoked_on, today)

    def days_left(self, today: date) -> int | None:
        """Days until the ban ends (0 on its last day); None when indefinite or not active."""
        end = self.effective_until
        if end is None or self.status(today) is not BanStatus.ACTIVE:
            return None
        return (end - today).days

    def expiring_soon(self, today: date, days: int = EXPIRY_WARNING_DAYS) -> bool:
        left = self.days_left(today)
        return left is not None and left <= days

    @property
    def served(self) -> bool:
        return bool(self.service)


# ---------------------------------------------------------------- dates and status


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's end (Jan 31 + 1 = Feb 28)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def default_period(start: date, months: int = DEFAULT_MONTHS) -> tuple[date, date]:
    """From ``start`` for ``months`` months, both ends inclusive: 2026-11-28 → 2027-11-27."""
    return start, add_months(start, months) - timedelta(days=1)


def ban_status(
    valid_from: date, valid_until: date | None, revoked_on: date | None, today: date
) -> BanStatus:
    if revoked_on is not None and revoked_on <= today:
        return BanStatus.REVOKED
    if today < valid_from:
        return BanStatus.SCHEDULED
    if valid_until is not None and today > valid_until:
        return BanStatus.EXPIRED
    return BanStatus.ACTIVE


def parse_languages(value: object, field: str = "languages") -> tuple[str, ...]:
    """``"ja+en"`` → ``("ja", "en")``: one language, or two side by side."""
    if isinstance(value, list | tuple):
        value = "+".join(str(v) for v in value)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{field}: expected e.g. 'ja+en', 'ja', 'en' or 'nb'.")
    codes = tuple(c.strip().lower() for c in value.split("+"))
    bad = [c for c in codes if c not in LANGUAGES]
    if bad or len(codes) > 2 or len(set(codes)) != len(codes):
        raise ValidationError(
            f"{field}: {value[:20]!r} is not one language or a pair of different languages "
            f"from {', '.join(LANGUAGES)} (e.g. 'ja+en')."
        )
    return codes


# ---------------------------------------------------------------- validation


def _check_date(value: date, field: str) -> None:
    if not EARLIEST <= value <= LATEST:
        raise ValidationError(f"{field}: {value.isoformat()} is outside {EARLIEST}..{LATEST}.")


def validate_notice(n: Notice) -> Notice:
    """Check and normalise ``n`` in place (text NFC, limits, dates in order); return it.

    Raises:
        ValidationError: naming the field, e.g. ``valid_until: ... is before the start ...``.
    """
    a = n.addressee
    a.name = clean_text(a.name, "addressee.name")
    a.address = clean_text(a.address, "addressee.address")
    a.description = clean_text(a.description, "addressee.description")
    a.phone = clean_text(a.phone, "addressee.phone")
    a.photo_evidence_id = clean_text(a.photo_evidence_id, "addressee.photo_evidence_id").strip()
    if not a.name.strip() and not a.description.strip():
        raise ValidationError(
            "addressee: give the person's name or, if it is not known, a description "
            "(e.g. 'man in his 50s, grey coat, visits on weekday evenings')."
        )
    i = n.issuer
    i.shop = clean_text(i.shop, "issuer.shop", required=True)
    for attr in ("company", "representative", "address", "phone"):
        setattr(i, attr, clean_text(getattr(i, attr), f"issuer.{attr}"))
    n.reason = clean_text(n.reason, "reason", long=True, required=True)
    if len(n.reason) > REASON_MAX:
        raise ValidationError(
            f"reason: {len(n.reason):,} characters; a notice takes up to {REASON_MAX:,}. "
            "Summarise the facts; the incident record keeps the details."
        )
    if len(n.premises) > MAX_PREMISES:
        raise ValidationError(f"premises: more than {MAX_PREMISES} entries.")
    cleaned = (clean_text(p, f"premises[{k}]") for k, p in enumerate(n.premises))
    n.premises = [p for p in cleaned if p.strip()]
    n.objection_contact = clean_text(n.objection_contact, "objection_contact", long=True)
    n.override_reason = clean_text(n.override_reason, "override_reason", long=True)
    n.languages = parse_languages(list(n.languages))
    _check_date(n.issue_date, "issue_date")
    _check_date(n.valid_from, "valid_from")
    if n.valid_from < n.issue_date:
        raise ValidationError(
            f"valid_from: the ban cannot start ({n.valid_from}) before the notice is issued "
            f"({n.issue_date})."
        )
    if n.valid_until is not None:
        _check_date(n.valid_until, "valid_until")
        if n.valid_until < n.valid_from:
            raise ValidationError(
                f"valid_until: the end date {n.valid_until} is before the start {n.valid_from}."
            )
    return n


def validate_service(r: ServiceRecord, issue_date: date) -> ServiceRecord:
    if r.served_at.tzinfo is None:
        raise ValidationError("served_at: needs a UTC offset (e.g. +09:00).")
    if r.served_at.date() < issue_date:
        raise ValidationError(
            f"served_at: {r.served_at.date()} is before the notice was issued ({issue_date})."
        )
    r.served_by = clean_text(r.served_by, "served_by", required=True)
    for attr in ("witness", "tracking_number", "receipt_evidence_id"):
        setattr(r, attr, clean_text(getattr(r, attr), attr).strip())
    r.note = clean_text(r.note, "note", long=True)
    return r


def validate_review(r: Review, n: Notice) -> Review:
    r.decided_by = clean_text(r.decided_by, "decided_by")
    r.requested_by = clean_text(r.requested_by, "requested_by")
    r.note = clean_text(r.note, "note", long=True)
    if r.outcome is not ReviewOutcome.PENDING:
        if not r.decided_by.strip():
            raise ValidationError("decided_by: say who decided (bans must not be arbitrary).")
        if r.decided_on is None:
            raise ValidationError("decided_on: give the date of the decision.")
    if r.outcome in (ReviewOutcome.SHORTENED, ReviewOutcome.REVOKED) and not r.note.strip():
        raise ValidationError("note: give the reason for the change.")
    if r.outcome is ReviewOutcome.SHORTENED:
        check_new_end(n, r.new_until)
    elif r.new_until is not None:
        raise ValidationError("new_until: only a shortened ban has a new end date.")
    return r


def check_new_end(n: Notice, new_until: date | None) -> date:
    """A shortened end must lie within the current period (never extends the ban)."""
    if new_until is None:
        raise ValidationError("new_until: give the new last day of the ban.")
    if new_until < n.valid_from:
        raise ValidationError(
            f"new_until: {new_until} is before the ban starts ({n.valid_from}); revoke it instead."
        )
    end = n.effective_until
    if end is not None and new_until >= end:
        raise ValidationError(
            f"new_until: {new_until} does not shorten the ban (it ends {end}); a longer ban needs "
            "a new notice."
        )
    return new_until
