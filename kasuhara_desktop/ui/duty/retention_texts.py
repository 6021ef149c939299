"""The retention page's translated words: kinds of record, what each period counts from, why
it is what it is, and why a record is kept (the domain gives codes; the sentences are here so
that lupdate sees them: each call names its context and text literally)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.retention import KeepReason, RecordKind
from ...domain.vocabulary import fill


def kind_label(kind: RecordKind) -> str:
    return {
        RecordKind.CLOSED_INCIDENT: QCoreApplication.translate("RetentionTexts", "Closed incident"),
        RecordKind.PHONE_CALL: QCoreApplication.translate(
            "RetentionTexts", "Phone call (closed incident)"
        ),
        RecordKind.NOTICE: QCoreApplication.translate("RetentionTexts", "No-entry notice"),
        RecordKind.CONSULTATION: QCoreApplication.translate(
            "RetentionTexts", "Consultation record"
        ),
        RecordKind.TRAINING_SESSION: QCoreApplication.translate(
            "RetentionTexts", "Training session"
        ),
        RecordKind.CASE_STUDY: QCoreApplication.translate("RetentionTexts", "Case study"),
        RecordKind.FORMER_STAFF: QCoreApplication.translate(
            "RetentionTexts", "Former staff member (training roster)"
        ),
    }[kind]


def counts_from(kind: RecordKind) -> str:
    return {
        RecordKind.CLOSED_INCIDENT: QCoreApplication.translate(
            "RetentionTexts", "From its closing"
        ),
        RecordKind.PHONE_CALL: QCoreApplication.translate("RetentionTexts", "From its closing"),
        RecordKind.NOTICE: QCoreApplication.translate(
            "RetentionTexts", "From the end of the ban (expiry or revocation)"
        ),
        RecordKind.CONSULTATION: QCoreApplication.translate(
            "RetentionTexts", "From the consultation (or its follow-up day)"
        ),
        RecordKind.TRAINING_SESSION: QCoreApplication.translate(
            "RetentionTexts", "From the day of the session"
        ),
        RecordKind.CASE_STUDY: QCoreApplication.translate(
            "RetentionTexts", "From the day it was made"
        ),
        RecordKind.FORMER_STAFF: QCoreApplication.translate(
            "RetentionTexts", "From the day they left"
        ),
    }[kind]


def why(kind: RecordKind) -> str:
    return {
        RecordKind.CLOSED_INCIDENT: QCoreApplication.translate(
            "RetentionTexts",
            "Five years: the shop's choice. A lawyer may advise keeping records longer if a "
            "claim is possible.",
        ),
        RecordKind.PHONE_CALL: QCoreApplication.translate(
            "RetentionTexts", "Phone calls are incidents: the same five years by default."
        ),
        RecordKind.NOTICE: QCoreApplication.translate(
            "RetentionTexts", "One year after the ban ended; a ban in force is never due."
        ),
        RecordKind.CONSULTATION: QCoreApplication.translate(
            "RetentionTexts", "Three years: enough to show how the desk worked."
        ),
        RecordKind.TRAINING_SESSION: QCoreApplication.translate(
            "RetentionTexts", "Five years: the record that staff were trained."
        ),
        RecordKind.CASE_STUDY: QCoreApplication.translate(
            "RetentionTexts", "Kept: an anonymised case study names no one."
        ),
        RecordKind.FORMER_STAFF: QCoreApplication.translate(
            "RetentionTexts",
            "Five years after leaving, as long as the training sessions that name them; staff "
            "still working are never due.",
        ),
    }[kind]


def keep_reason(reason: KeepReason) -> str:
    template = {
        "hold": QCoreApplication.translate("RetentionTexts", "On hold: %1"),
        "notice_in_force": QCoreApplication.translate(
            "RetentionTexts", "Notice %1 is in force and rests on it"
        ),
        "notice_kept": QCoreApplication.translate(
            "RetentionTexts", "Notice %1 rests on it and is kept"
        ),
        "complaint_deadline": QCoreApplication.translate(
            "RetentionTexts", "The complaint deadline is open until %1"
        ),
        "follow_ups": QCoreApplication.translate("RetentionTexts", "Follow-ups not done: %1"),
        "named_in_kept": QCoreApplication.translate(
            "RetentionTexts", "Training session %1 names them and is kept"
        ),
    }.get(reason.code)
    return fill(template, reason.detail) if template else str(reason)


def period_text(start: object, months: int) -> str:
    if months == 0:
        return QCoreApplication.translate("RetentionTexts", "Kept (period 0)")
    return fill(QCoreApplication.translate("RetentionTexts", "%1 + %2 months"), start, months)


def erase_warning(count: int) -> str:
    return QCoreApplication.translate(
        "RetentionTexts",
        "Erase %n record(s)? This cannot be undone, not even with the recovery key: the "
        "evidence files' keys are forgotten and the rows are overwritten. Backups made "
        "before still hold these records.",
        "",
        count,
    )
