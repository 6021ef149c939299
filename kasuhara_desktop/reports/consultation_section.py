"""The incident report's short "Who to talk to" section: the consultation desk's contacts.

After the staff-care section the report lists whom the staff member (or the person reading the
report for the shop) can talk to: the shop's own contacts, then the standard public ones
(``domain/consultation.with_standard``). Labels come from the contacts template, so the
section needs no keys in the report wording files. A number shipped as "check" prints as "to be
checked", never as a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from ..domain.consultation import Contact, label, with_standard
from .report_parts import Parts


def contacts(p: Parts, stored: Sequence[Contact]) -> list[Flowable]:
    """The section: a heading, one line of introduction and a table of contacts."""
    lang = p.w.lang
    rows = []
    for c in with_standard(list(stored), lang):
        phone = label("check", lang) if c.phone_unchecked else c.phone
        name = f"{c.name} ({label(c.kind.value, lang)})" if c.kind.value == "internal" else c.name
        rows.append([name, phone, c.hours])
    return [
        p.heading(label("heading", lang)),
        p.small(label("intro", lang)),
        p.table(
            [label("name", lang), label("phone", lang), label("hours", lang)],
            rows,
            [5, 2, 3],
            compact=True,
        ),
    ]
