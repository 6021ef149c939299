"""Display names for the notice codes (service methods, review kinds and outcomes, ban status:
the vocabulary's terms through ``ui.labels``) and the notice dialogs' other short texts."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..labels import label


def notice_label(member: Enum) -> str:
    """The translated name of a notice code (the code itself if it has none): the vocabulary's
    term, the same the documents print."""
    return label(member)


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
        "accommodation_not_considered": QCoreApplication.translate(
            "notices",
            "whether it could relate to a disability or a request for accommodation has not "
            "been considered (judge step)",
        ),
        "accommodation_related": QCoreApplication.translate(
            "notices",
            "it could relate to a disability or a request for accommodation: reasonable "
            "accommodation comes first, not a ban",
        ),
    }.get(code, code)
