"""Finding notices: the ban register's quick lookup and overlapping notices for one person.

Pure functions over :class:`~.notice.Notice` (kept apart from the notice itself, which says what
a notice is and when it is valid).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .notice import Addressee, Notice, Review, ReviewKind, ReviewOutcome
from .phone import normalise_number
from .query import normalise_for_search

# ---------------------------------------------------------------- the quick lookup

_PHONE_QUERY = re.compile(r"^[\d\s()\-+＋－ー（）０-９]+$")
_KATAKANA = re.compile(r"[\u30a1-\u30f6]")


def fold(text: str) -> str:
    """Fold width, case and katakana/hiragana so 'ﾔﾏﾀﾞ', 'ヤマダ' and 'やまだ' compare equal."""
    folded = normalise_for_search(text)
    return _KATAKANA.sub(lambda m: chr(ord(m.group()) - 0x60), folded)


def is_phone_query(query: str) -> bool:
    return bool(_PHONE_QUERY.match(query.strip())) and len(normalise_number(query)) >= 4


def match_fields(n: Notice, query: str) -> list[str]:
    """Fields of the addressee that match ``query`` (all words must match somewhere).

    A query of digits (4 or more, any dashes or spaces) looks for the phone number; other
    queries look in the name, the description and the address, ignoring width, case, kana
    type and spaces inside names ('山田太郎' finds '山田 太郎').
    """
    a = n.addressee
    if is_phone_query(query):
        digits = normalise_number(query)
        return ["phone"] if digits and digits in normalise_number(a.phone) else []
    terms = fold(query).split()
    if not terms:
        return []
    fields = {"name": a.name, "description": a.description, "address": a.address}
    folded = {k: fold(v) for k, v in fields.items()}
    squeezed = {k: "".join(v.split()) for k, v in folded.items()}

    def hit(term: str, key: str) -> bool:
        return term in folded[key] or term in squeezed[key]

    if not all(any(hit(t, k) for k in fields) for t in terms):
        return []
    return [k for k in fields if any(hit(t, k) for t in terms)]


# ---------------------------------------------------------------- overlapping notices


def same_person(a: Addressee, b: Addressee) -> bool:
    """Do two addressees name the same person? The same recorded person, or the same name
    (ignoring width, kana and spaces), or the same phone number."""
    if a.person_id is not None and a.person_id == b.person_id:
        return True
    name_a, name_b = ("".join(fold(x.name).split()) for x in (a, b))
    if name_a and name_a == name_b:
        return True
    phone_a, phone_b = normalise_number(a.phone), normalise_number(b.phone)
    return len(phone_a) >= 6 and phone_a == phone_b


def periods_overlap(n: Notice, other: Notice) -> bool:
    """Does ``other`` (not revoked) ban on a day that ``n`` also bans?"""
    if other.revoked_on is not None and other.revoked_on <= n.valid_from:
        return False
    end_other, end_n = other.effective_until, n.valid_until
    starts_before_other_ends = end_other is None or n.valid_from <= end_other
    other_starts_before_n_ends = end_n is None or other.valid_from <= end_n
    return starts_before_other_ends and other_starts_before_n_ends


def overlapping_notices(n: Notice, others: list[Notice]) -> list[Notice]:
    """Issued notices for the same person whose period overlaps ``n``'s (two bans in force on
    the same day would give the person two ends and two reasons to answer)."""
    return [
        o for o in others
        if o.number and o.number != n.number and o.revoked_on is None
        and same_person(n.addressee, o.addressee) and periods_overlap(n, o)
    ]  # fmt: skip


def replacement_review(old: Notice, new: Notice, decided_by: str, today: date) -> Review:
    """The review that makes way for ``new``: the old ban ends the day before the new one
    starts (shortened), or is revoked when the new one starts no later than the old one."""
    note = f"Replaced by notice {new.number} / 通知 {new.number} により置き換え"
    last = new.valid_from - timedelta(days=1)
    end = old.effective_until
    if old.valid_from <= last and (end is None or last < end):
        return Review(ReviewKind.REVIEW, ReviewOutcome.SHORTENED, decided_by=decided_by,
                      decided_on=today, note=note, new_until=last)  # fmt: skip
    return Review(ReviewKind.REVIEW, ReviewOutcome.REVOKED, decided_by=decided_by,
                  decided_on=today, note=note)  # fmt: skip
