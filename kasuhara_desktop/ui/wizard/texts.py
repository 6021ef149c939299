"""Translated sentences for the codes of the guided response (context ``"ResponseTexts"``).

The domain returns codes (``domain/assessment.py``, ``workflow.py``, ``offences.py``,
``response_flow.py``); this module turns each into a sentence in the user's language. The
verdicts, reasons and next steps are the one vocabulary's sentences (``domain/vocabulary.py``,
the words the documents print, shown through Qt's ``Vocabulary`` context); the inconsistencies
here add what to do about each, so they stay the guide's own. Every code the domain can return
has an entry (``tests/ui/test_wizard_pages.py`` checks it against the vocabulary). Codes of
the form ``prefix:value`` fill the value into the prefix's sentence. The tables are built inside
functions, so that they follow the translator installed at the time they are asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.enums import Behaviour, TimelineKind
from ...domain.vocabulary import catalog, fill
from ..labels import label, term

translate = QCoreApplication.translate


def _sentences(table: str) -> dict[str, str]:
    """The vocabulary's sentences of an assessment table, as the documents print them."""
    return {code: term(table, code) for code in catalog()[table]}


def _inconsistencies() -> dict[str, str]:
    return {
        "fault_but_demand_unrelated": translate(
            "ResponseTexts",
            "The shop is at fault, yet the demand is said to be unrelated to its goods or "
            "services. A fault of the shop makes the claim justified only when the demand is "
            "about that fault.",
        ),
        "groundless_refund_but_shop_fault": translate(
            "ResponseTexts",
            "Recorded as a groundless refund demand, yet the shop is said to be at fault. "
            "Either the demand had a basis or the shop was not at fault.",
        ),
        "unrelated_demand_but_demand_related": translate(
            "ResponseTexts",
            "Recorded as an unrelated demand, yet the demand is said to concern the goods. "
            "Check the behaviours ticked in step 1 against this answer.",
        ),
        "behaviour_without_manner": translate(
            "ResponseTexts",
            "“%1” is recorded, but no matching unacceptable manner is ticked. Tick it, or "
            "untick the behaviour if it did not happen.",
        ),
        "judged_before_facts_confirmed": translate(
            "ResponseTexts",
            "Judged before the facts were confirmed. Do not act on unclear facts: confirm "
            "them in step 2 first.",
        ),
    }


def _workflow_problems() -> dict[str, str]:
    return {
        "same_status": translate("ResponseTexts", "The incident already has that status."),
        "skips_steps": translate("ResponseTexts", "Statuses go forward one step at a time."),
        "reopen_needs_reason": translate(
            "ResponseTexts", "Going back to an earlier status needs a reason."
        ),
        "facts_confirmer_missing": translate(
            "ResponseTexts", "Record who confirmed the facts (step 2)."
        ),
        "facts_not_confirmed": translate(
            "ResponseTexts", "The facts must be confirmed before judging (step 2)."
        ),
        "verdict_not_determined": translate(
            "ResponseTexts", "The answers do not allow a verdict yet (step 3)."
        ),
        "judge_missing": translate("ResponseTexts", "Record who made the judgement (step 3)."),
        "no_response_recorded": translate(
            "ResponseTexts", "Record at least one action taken (apology, notice, report...)."
        ),
        "open_follow_ups": translate(
            "ResponseTexts",
            "Follow-ups are still open; finish them or give a reason for closing anyway.",
        ),
    }


def _notice() -> dict[str, str]:
    return {
        "no_assessment": translate("ResponseTexts", "There is no assessment yet."),
        "facts_not_confirmed": translate("ResponseTexts", "The facts are not confirmed yet."),
        "not_harassment": translate(
            "ResponseTexts", "The verdict is not harassment: a ban would be arbitrary."
        ),
        "accommodation_not_considered": translate(
            "ResponseTexts",
            "Whether the behaviour could relate to a disability or a request for accommodation "
            "is not yet considered (step 3).",
        ),
        "accommodation_related": translate(
            "ResponseTexts",
            "The behaviour could relate to a disability or a request for accommodation: "
            "reasonable accommodation, not a ban.",
        ),
        "duty_to_serve": translate(
            "ResponseTexts",
            "This trade is bound by statute to serve (inns, public baths, clinics): check "
            "that law with a lawyer before refusing anyone.",
        ),
    }


def _facts() -> dict[str, str]:
    return {
        "behaviour": translate("ResponseTexts", "Recorded behaviour: %1"),
        "timeline": translate("ResponseTexts", "On the timeline: %1"),
        "quote": translate("ResponseTexts", "Exact words (%1)"),
        "record": translate("ResponseTexts", "In the record (%1)"),
        "stayed_after_leave_order": translate(
            "ResponseTexts", "Stayed %1 min after the first order to leave"
        ),
        "no_departure_recorded": translate(
            "ResponseTexts", "Ordered to leave; no departure recorded"
        ),
        "channel:online": translate("ResponseTexts", "Happened online (public)"),
        "injury_recorded": translate("ResponseTexts", "Injury recorded"),
        "medical_visit": translate("ResponseTexts", "Medical visit"),
        "staff_time_minutes": translate("ResponseTexts", "Staff time spent: %1 min"),
        "money_paid": translate("ResponseTexts", "Money paid: ¥%1"),
        "damage_cost": translate("ResponseTexts", "Cost of the damage: ¥%1"),
    }


def _open_points() -> dict[str, str]:
    return {
        "leave_order_not_recorded": translate(
            "ResponseTexts", "No order to leave with the customer staying on is recorded."
        ),
        "medical_visit_not_recorded": translate(
            "ResponseTexts",
            "No medical visit recorded (a doctor's note proves an injury or illness).",
        ),
        "exact_words_not_recorded": translate("ResponseTexts", "The exact words are not recorded."),
        "threat_or_violence_not_recorded": translate(
            "ResponseTexts", "No threat or violence recorded as the means."
        ),
        "deception_not_recorded": translate(
            "ResponseTexts", "No false rumour or deception recorded."
        ),
        "offender_not_identified": translate(
            "ResponseTexts",
            "Enter the day each person who may complain learned who the offender is: each "
            "one's 6-month complaint period runs from their own day.",
        ),
        "complaint_period_passed": translate(
            "ResponseTexts",
            "The 6-month complaint period has passed for everyone who may complain.",
        ),
    }


def _skips() -> dict[str, str]:
    return {
        "not_harassment": translate(
            "ResponseTexts", "skipped: the verdict says the manner was acceptable"
        ),
        "written_contact": translate("ResponseTexts", "skipped: written or online contact"),
    }


def _timeline_checks() -> dict[str, str]:
    return {
        "timeline_out_of_order": translate("ResponseTexts", "The timeline is not in time order."),
        "leave_order_before_stop_request": translate(
            "ResponseTexts",
            "An order to leave is logged before any request to stop: the Tokyo manual asks "
            "the customer to stop first.",
        ),
        "police_arrived_before_call": translate(
            "ResponseTexts", "The police arrived before any call to them is logged."
        ),
        "entry_before_occurred_at": translate(
            "ResponseTexts", "A logged step is earlier than the time the incident began."
        ),
        "entry_after_ended_at": translate(
            "ResponseTexts", "A logged step is later than the time the incident ended."
        ),
        "timeline_times_not_comparable": translate(
            "ResponseTexts", "Some times on the timeline cannot be compared."
        ),
    }


TABLES: dict[str, Callable[[], dict[str, str]]] = {
    "verdict": lambda: _sentences("verdict"),
    "reason": lambda: _sentences("reason"),
    "step": lambda: _sentences("step"),
    "inconsistency": _inconsistencies,
    "workflow": _workflow_problems,
    "notice": _notice,
    "fact": _facts,
    "open_point": _open_points,
    "skip": _skips,
    "timeline": _timeline_checks,
}


def _value_text(prefix: str, value: str) -> str:
    if (
        prefix in ("behaviour", "behaviour_without_manner")
        and value in Behaviour._value2member_map_
    ):
        return label(Behaviour(value))
    if prefix == "timeline" and value in TimelineKind._value2member_map_:
        return label(TimelineKind(value))
    if prefix in ("quote", "record"):
        return term("keyword_list", value)
    return value


def text(table: str, code: str, count: int | None = None) -> str:
    """The sentence for ``code`` from ``table`` (a key of ``TABLES``), in the UI language.

    ``prefix:value`` codes fill the value (a behaviour's label, a criterion's text) into
    ``%1``; ``count`` fills a number. An unknown code is shown as it is, never hidden.
    """
    entries = TABLES[table]()
    if code in entries:
        sentence = entries[code]
        return fill(sentence, f"{count:,}") if count is not None else sentence
    prefix, sep, value = code.partition(":")
    if sep and prefix in entries:
        return fill(entries[prefix], _value_text(prefix, value))
    return code


def ui_language() -> str:
    """The UI language as a legal-data language code: ``ja``, ``en`` or ``nb``."""
    name = QLocale().name().lower()
    if name.startswith("ja"):
        return "ja"
    if name.startswith(("nb", "no", "nn")):
        return "nb"
    return "en"


SAVE_BUTTON = "&Save and close"
"""The guide's Finish button (context ``ResponseWizard``); the pages name it by its caption."""

SAVE_DRAFT_BUTTON = "&Save draft and close"
"""The Finish button for a role that may not judge (staff): the record stays a draft."""


def save_button_text(draft: bool = False) -> str:
    """The caption of the guide's "Save and close" button as shown, without its accelerator,
    so that a sentence naming the button agrees with it in every language (``draft``: the
    caption staff see)."""
    caption = translate("ResponseWizard", SAVE_DRAFT_BUTTON if draft else SAVE_BUTTON)
    caption = re.sub(r"\s*\(&.\)$", "", caption)  # Japanese style: 保存して閉じる(&S)
    return caption.replace("&&", "\0").replace("&", "").replace("\0", "&")
