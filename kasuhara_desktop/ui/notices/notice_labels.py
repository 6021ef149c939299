"""Display names for the notice codes (service methods, review kinds and outcomes, ban status),
translated at call time like ``ui.labels``."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ...domain.notice import BanStatus, ReviewKind, ReviewOutcome, ServiceMethod


def _labels() -> dict[Enum, str]:
    return {
        ServiceMethod.IN_PERSON: QCoreApplication.translate("notices", "Handed over in person"),
        ServiceMethod.CERTIFIED_MAIL: QCoreApplication.translate(
            "notices", "Content-certified mail with delivery certificate (内容証明・配達証明)"
        ),
        ServiceMethod.ORDINARY_MAIL: QCoreApplication.translate("notices", "Ordinary mail"),
        ServiceMethod.EMAIL: QCoreApplication.translate("notices", "E-mail"),
        ServiceMethod.REFUSED: QCoreApplication.translate("notices", "Refused to accept"),
        ReviewKind.REVIEW: QCoreApplication.translate("notices", "Review by the shop"),
        ReviewKind.APPEAL: QCoreApplication.translate("notices", "Appeal by the person"),
        ReviewOutcome.PENDING: QCoreApplication.translate("notices", "Pending"),
        ReviewOutcome.UPHELD: QCoreApplication.translate("notices", "Upheld"),
        ReviewOutcome.SHORTENED: QCoreApplication.translate("notices", "Shortened"),
        ReviewOutcome.REVOKED: QCoreApplication.translate("notices", "Revoked"),
        BanStatus.SCHEDULED: QCoreApplication.translate("notices", "Not yet in force"),
        BanStatus.ACTIVE: QCoreApplication.translate("notices", "Active"),
        BanStatus.EXPIRED: QCoreApplication.translate("notices", "Expired"),
        BanStatus.REVOKED: QCoreApplication.translate("notices", "Revoked"),
    }


def notice_label(member: Enum) -> str:
    """The translated name of a notice code (the code itself if it has none)."""
    return _labels().get(member, str(getattr(member, "value", member)))


def language_choices() -> list[tuple[str, str]]:
    """(code, label) of the language versions a notice can be printed in."""
    return [
        ("ja+en", QCoreApplication.translate("notices", "Japanese and English side by side")),
        ("ja", QCoreApplication.translate("notices", "Japanese only")),
        ("en", QCoreApplication.translate("notices", "English only")),
        ("nb", QCoreApplication.translate("notices", "Norwegian only")),
        ("ja+nb", QCoreApplication.translate("notices", "Japanese and Norwegian side by side")),
    ]


def problem_text(code: str) -> str:
    """Why a notice cannot be issued on the merits (``NoticeDecision.problems``)."""
    return {
        "no_assessment": QCoreApplication.translate(
            "notices", "the incident has not been assessed"
        ),
        "facts_not_confirmed": QCoreApplication.translate("notices", "the facts are not confirmed"),
        "not_harassment": QCoreApplication.translate("notices", "the verdict is not harassment"),
    }.get(code, code)
