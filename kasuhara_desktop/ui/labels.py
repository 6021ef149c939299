"""Display names for the stored codes, translated at call time.

The words are the one vocabulary of ``domain/vocabulary.py`` (``resources/vocabulary.json``),
the same the documents print. The GUI shows them through Qt, in translation context
``"Vocabulary"`` with the English term as source and ``"table.code"`` as disambiguation;
``build/update_translations.py`` writes that context of ``resources/i18n/*.ts`` from the
catalog, because lupdate cannot read a term out of a data file. Use :func:`label` for any
member, or the per-enum helpers (``behaviour_label`` ...) where the type is known;
:func:`choices` lists (member, label) pairs in declaration order for combo boxes.

The strings are looked up when asked for (not at import), so they follow the translator that
is installed at that time.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from ..domain.enums import Behaviour, Channel, IncidentStatus, ParticipantRole, TradeType
from ..domain.vocabulary import TABLES, disambiguation
from ..domain.vocabulary import term as catalog_term

E = TypeVar("E", bound=Enum)


def term(table: str, code: str) -> str:
    """The catalog's term for ``code`` of ``table`` in the user's language (via Qt)."""
    english = catalog_term(table, code, "en")
    return QCoreApplication.translate("Vocabulary", english, disambiguation(table, code))


def label(member: Enum) -> str:
    """The translated display name of a stored enum member (any enum of ``TABLES``).

    Unknown enums fall back to the member's value, so a new code shows *something* rather than
    crashing a view (the test suite checks that every member has a label).
    """
    table = TABLES.get(type(member))
    if table is None:
        return str(member.value)
    return term(table, str(member.value))


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


LABELLED_ENUMS: tuple[type[Enum], ...] = tuple(TABLES)
"""Every enum with display names: those of ``domain.enums`` and the assessment's, evidence's
and notices' codes."""
