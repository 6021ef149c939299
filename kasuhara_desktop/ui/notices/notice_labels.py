"""Display names for the notice codes (service methods, review kinds and outcomes, ban status),
translated at call time like ``ui.labels``."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ...domain.notice import BanStatus, ReviewKind, ReviewOutcome, ServiceMethod


def _labels() -> dict[Enum, str]:
    tr = QCoreApplication.translate
    return {
        ServiceMethod.IN_PERSON: tr("notices", "Handed over in person"),
        ServiceMethod.CERTIFIED_MAIL: tr(
            "notices", "Content-certified mail with delivery certificate (内容証明・配達証明)"
        ),
        ServiceMethod.ORDINARY_MAIL: tr("notices", "Ordinary mail"),
        ServiceMethod.EMAIL: tr("notices", "E-mail"),
        ServiceMethod.REFUSED: tr("notices", "Refused to accept"),
        ReviewKind.REVIEW: tr("notices", "Review by the shop"),
        ReviewKind.APPEAL: tr("notices", "Appeal by the person"),
        ReviewOutcome.PENDING: tr("notices", "Pending"),
        ReviewOutcome.UPHELD: tr("notices", "Upheld"),
        ReviewOutcome.SHORTENED: tr("notices", "Shortened"),
        ReviewOutcome.REVOKED: tr("notices", "Revoked"),
        BanStatus.SCHEDULED: tr("notices", "Not yet in force"),
        BanStatus.ACTIVE: tr("notices", "Active"),
        BanStatus.EXPIRED: tr("notices", "Expired"),
        BanStatus.REVOKED: tr("notices", "Revoked"),
    }


def notice_label(member: Enum) -> str:
    """The translated name of a notice code (the code itself if it has none)."""
    return _labels().get(member, str(getattr(member, "value", member)))


def language_choices() -> list[tuple[str, str]]:
    """(code, label) of the language versions a notice can be printed in."""
    tr = QCoreApplication.translate
    return [
        ("ja+en", tr("notices", "Japanese and English side by side")),
        ("ja", tr("notices", "Japanese only")),
        ("en", tr("notices", "English only")),
        ("nb", tr("notices", "Norwegian only")),
        ("ja+nb", tr("notices", "Japanese and Norwegian side by side")),
    ]


def problem_text(code: str) -> str:
    """Why a notice cannot be issued on the merits (``NoticeDecision.problems``)."""
    tr = QCoreApplication.translate
    return {
        "no_assessment": tr("notices", "the incident has not been assessed"),
        "facts_not_confirmed": tr("notices", "the facts are not confirmed"),
        "not_harassment": tr("notices", "the verdict is not harassment"),
    }.get(code, code)
