"""What staff say to the caller when the call nears and reaches the shop's time limit.

At the limit the panel reads out the shop's own words from its handling procedures
(``PhoneService.limit_scripts``, the text the manual prints); the sentences here are the
warning before it, and the fallback where the procedures give none in that language.

The words are spoken to the caller, so they are chosen by the *caller's* language (Japanese by
default), not the UI's: they live here as data in each language the program supports, like the
notice templates. :func:`meaning` gives the same sentence in the UI language (through Qt's
translator) so that staff always know what they are reading out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.phone import CallStage

translate = QCoreApplication.translate

SCRIPT_LANGUAGES = ("ja", "en", "nb")

SCRIPTS: dict[str, dict[CallStage, str]] = {
    "ja": {
        CallStage.WARN: (
            "恐れ入りますが、お電話が長時間になっております。"
            "あと数分でこのお電話を終了させていただきます。"
        ),
        CallStage.LIMIT_REACHED: (
            "これ以上お話しすることはできませんので、お電話を切らせていただきます。"
        ),
    },
    "en": {
        CallStage.WARN: (
            "I'm sorry, this call has gone on for a long time. "
            "I will have to end it in a few minutes."
        ),
        CallStage.LIMIT_REACHED: (
            "I cannot continue this conversation any further, so I will end the call now."
        ),
    },
    "nb": {
        CallStage.WARN: (
            "Beklager, denne samtalen har vart lenge. Jeg må avslutte den om noen minutter."
        ),
        CallStage.LIMIT_REACHED: (
            "Jeg kan ikke fortsette denne samtalen lenger, så jeg avslutter samtalen nå."
        ),
    },
}


def script(stage: CallStage, language: str) -> str:
    """The sentence to read out at ``stage`` in ``language`` ('' within the limit)."""
    return SCRIPTS.get(language, SCRIPTS["ja"]).get(stage, "")


def meaning(stage: CallStage) -> str:
    """The script's sense in the UI language (for staff who do not read the caller's)."""
    if stage is CallStage.WARN:
        return translate(
            "CallScripts",
            "Tell the caller: the call has gone on for a long time and will end in a few minutes.",
        )
    if stage is CallStage.LIMIT_REACHED:
        return translate(
            "CallScripts",
            "Tell the caller: you cannot continue the conversation and will end the call "
            "now. Then hang up.",
        )
    return translate("CallScripts", "Listen calmly and write down the exact words. Never argue.")


def language_names() -> dict[str, str]:
    """Each script language in its own name."""
    return {"ja": "日本語", "en": "English", "nb": "Norsk"}
