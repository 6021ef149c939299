"""The notice JSON: what ``kasuhara notice issue`` and ``notice serve`` read, and ``--json`` prints.

Documented in ``resources/docs/incident-json.md`` ("No-entry notices"). Input is read strictly
(unknown keys, wrong types, bad dates are refused naming the field) over defaults taken from the
incident and the shop: a missing or ``null`` field keeps the default, ``""`` empties it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from .errors import ValidationError
from .json_reader import JsonReader, parse_enum
from .notice import (
    DEFAULT_MONTHS,
    Notice,
    Review,
    ReviewKind,
    ReviewOutcome,
    ServiceMethod,
    ServiceRecord,
    default_period,
    parse_languages,
    validate_notice,
)
from .validation import clean_text

# A ban runs at most ten years by months (an open-ended one is 'indefinite').
MAX_MONTHS = 120

# ---------------------------------------------------------------- JSON in


NOTICE_KEYS = {"issue_date", "addressee", "issuer", "premises", "valid_from", "valid_until",
               "indefinite", "months", "reason", "objection_contact", "languages",
               "override_reason", "replaces"}  # fmt: skip
ADDRESSEE_KEYS = {"name", "address", "description", "phone", "photo_evidence_id"}
ISSUER_KEYS = {"shop", "company", "representative", "address", "phone"}


def _reader(data: object, keys: set[str], what: str) -> JsonReader:
    """A top-level reader whose messages start with the field's name (never an empty path)."""
    if not isinstance(data, Mapping):
        raise ValidationError(f"{what}: expected a JSON object, got {type(data).__name__}.")
    unknown = sorted(set(map(str, data)) - keys)
    if unknown:
        raise ValidationError(f"{unknown[0]}: unknown field in the {what} JSON.")
    return JsonReader(data, "", keys)


def _given(data: Mapping[str, Any], key: str) -> bool:
    return data.get(key) is not None


def _merge_text(r: JsonReader, obj: object, attrs: set[str], long: bool = False) -> None:
    for key in attrs:
        if _given(r.data, key):
            setattr(obj, key, r.text(key, long=long))


def notice_from_dict(data: object, defaults: Notice) -> Notice:
    """The notice JSON over ``defaults`` (from the incident and the shop); validated.

    A missing or ``null`` field keeps the default; ``""`` empties it.
    """
    r = _reader(data, NOTICE_KEYS, "notice")
    n = dataclasses.replace(
        defaults,
        addressee=dataclasses.replace(defaults.addressee),
        issuer=dataclasses.replace(defaults.issuer),
        premises=list(defaults.premises),
    )
    if _given(r.data, "addressee"):
        ra = JsonReader(r.data["addressee"], "addressee", ADDRESSEE_KEYS)
        _merge_text(ra, n.addressee, ADDRESSEE_KEYS)
    if _given(r.data, "issuer"):
        _merge_text(JsonReader(r.data["issuer"], "issuer", ISSUER_KEYS), n.issuer, ISSUER_KEYS)
    _merge_text(r, n, {"objection_contact", "override_reason", "reason"}, long=True)
    _merge_text(r, n, {"replaces"})
    if _given(r.data, "premises"):
        n.premises = r.items("premises", lambda v, path: clean_text(v, path))
    if _given(r.data, "languages"):
        n.languages = parse_languages(r.data["languages"])
    issue = r.date("issue_date")
    if issue is not None:  # the ban starts on the issue date unless valid_from says otherwise
        n.issue_date = n.valid_from = issue
    n.valid_from = r.date("valid_from") or n.valid_from
    months = r.integer("months", DEFAULT_MONTHS, minimum=1, maximum=MAX_MONTHS)
    n.valid_until = default_period(n.valid_from, months)[1]
    until = r.date("valid_until")
    if r.boolean("indefinite"):
        if until is not None or _given(r.data, "months"):
            raise ValidationError("indefinite: give either indefinite or an end, not both.")
        n.valid_until = None
    elif until is not None:
        if _given(r.data, "months"):
            raise ValidationError("months: give either months or valid_until, not both.")
        n.valid_until = until
    return validate_notice(n)


SERVICE_KEYS = {"method", "served_at", "served_by", "witness", "tracking_number",
                "receipt_evidence_id", "note"}  # fmt: skip


def service_from_dict(data: object) -> ServiceRecord:
    r = _reader(data, SERVICE_KEYS, "service")
    served_at = r.datetime("served_at", required=True)
    assert served_at is not None
    return ServiceRecord(
        method=parse_enum(r.data.get("method"), ServiceMethod, "method"),
        served_at=served_at, served_by=r.text("served_by", required=True),
        witness=r.text("witness"), tracking_number=r.text("tracking_number"),
        receipt_evidence_id=r.text("receipt_evidence_id"), note=r.text("note", long=True),
    )  # fmt: skip


# ---------------------------------------------------------------- JSON out


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def notice_content(n: Notice) -> dict[str, Any]:
    """What was printed: every input of the notice (hashed into the audit chain)."""
    return {
        "number": n.number,
        "incident": n.incident_reference,
        "incident_date": _d(n.incident_date),
        "issue_date": _d(n.issue_date),
        "addressee": dataclasses.asdict(n.addressee),
        "issuer": dataclasses.asdict(n.issuer),
        "premises": list(n.premises),
        "valid_from": _d(n.valid_from),
        "valid_until": _d(n.valid_until),
        "reason": n.reason,
        "objection_contact": n.objection_contact,
        "languages": "+".join(n.languages),
        "override_reason": n.override_reason,
        "pdf_sha256": n.pdf_sha256,
    }


def notice_to_dict(n: Notice, today: date) -> dict[str, Any]:
    """The notice, its derived status and its history, for ``--json`` output."""
    return {
        **notice_content(n),
        "status": n.status(today).value,
        "effective_until": _d(n.effective_until),
        "days_left": n.days_left(today),
        "issued_at": _dt(n.issued_at),
        "issued_by": n.issued_by,
        "shortened_to": _d(n.shortened_to),
        "revoked": {"on": _d(n.revoked_on), "by": n.revoked_by, "reason": n.revoked_reason}
        if n.revoked_on
        else None,
        "service": [_service_dict(s) for s in n.service],
        "reviews": [_review_dict(v) for v in n.reviews],
        "breaches": [
            {
                "incident": b.incident_reference,
                "occurred_at": _dt(b.occurred_at),
                "note": b.note,
                "logged_by": b.logged_by,
            }
            for b in n.breaches
        ],
    }


def _service_dict(s: ServiceRecord) -> dict[str, Any]:
    out = dataclasses.asdict(s)
    out.update(method=s.method.value, served_at=_dt(s.served_at), recorded_at=_dt(s.recorded_at))
    return out


def _review_dict(v: Review) -> dict[str, Any]:
    out = dataclasses.asdict(v)
    out.update(
        kind=v.kind.value,
        outcome=v.outcome.value,
        decided_on=_d(v.decided_on),
        requested_on=_d(v.requested_on),
        new_until=_d(v.new_until),
        recorded_at=_dt(v.recorded_at),
    )
    return out


REVIEW_KEYS = {"kind", "outcome", "decided_by", "decided_on", "requested_by", "requested_on",
               "note", "new_until"}  # fmt: skip


def review_from_dict(data: object) -> Review:
    r = _reader(data, REVIEW_KEYS, "review")
    return Review(
        kind=r.enum("kind", ReviewKind, ReviewKind.REVIEW),
        outcome=parse_enum(r.data.get("outcome"), ReviewOutcome, "outcome"),
        decided_by=r.text("decided_by"), decided_on=r.date("decided_on"),
        requested_by=r.text("requested_by"), requested_on=r.date("requested_on"),
        note=r.text("note", long=True), new_until=r.date("new_until"),
    )  # fmt: skip
