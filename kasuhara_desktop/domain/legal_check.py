"""How far one legal statement was checked: the day, against what, and the references used.

Every article, note and rule in ``resources/legal/penal_code.json`` says when it was last
checked and against what kind of source. A lawyer reading the report must be able to tell a
statement confirmed on e-Gov from one compared with copies of the text that others publish.
So the loader refuses an entry that claims to be verified while it was checked only against
copies or commentary, and one checked against copies that does not name them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import ValidationError
from .json_reader import JsonReader
from .validation import clean_text

CHECK_BASES = ("official", "lawyer", "copies", "commentary")
"""What a statement was checked against:

- ``official``: the official text (e-Gov law data, the official gazette);
- ``lawyer``: a lawyer confirmed it;
- ``copies``: reproductions of the statute text published by others (not the official text);
- ``commentary``: court decisions as reported and commentary, for what goes beyond the text.
"""
VERIFYING_BASES = frozenset({"official", "lawyer"})
MAX_REFERENCES = 20


@dataclass(frozen=True)
class Check:
    """The day a statement was checked, against what (``CHECK_BASES``) and with which references.

    ``references`` are citations as a lawyer writes them (a page that reproduces the text, a
    court decision with its reporter), in the language of the source.
    """

    on: date
    against: str
    references: tuple[str, ...]


def _references(r: JsonReader, key: str) -> tuple[str, ...]:
    raw = r.data.get(key, [])
    where = f"{r.path}.{key}"
    if not isinstance(raw, list) or len(raw) > MAX_REFERENCES:
        raise ValidationError(f"{where}: expected a list of up to {MAX_REFERENCES} citations.")
    refs = [clean_text(v, f"{where}[{i}]", required=True).strip() for i, v in enumerate(raw)]
    return tuple(dict.fromkeys(refs))


def parse_check(r: JsonReader, unverified: bool, prefix: str = "") -> Check:
    """Read ``{prefix}checked``, ``{prefix}checked_against`` and ``{prefix}references`` of ``r``.

    Raises:
        ValidationError: the date or the basis is missing, a check against copies or commentary
            names no reference, or an entry is marked verified although no official text and no
            lawyer confirmed it.
    """
    day_key, basis_key = f"{prefix}checked", f"{prefix}checked_against"
    day = r.date(day_key)
    if day is None:
        raise ValidationError(f"{r.path}.{day_key}: every legal statement needs the day it was "
                              "checked.")  # fmt: skip
    basis = r.data.get(basis_key)
    if basis not in CHECK_BASES:
        raise ValidationError(f"{r.path}.{basis_key}: expected one of {', '.join(CHECK_BASES)}.")
    refs = _references(r, f"{prefix}references")
    if basis != "official" and not refs:
        raise ValidationError(f"{r.path}.{prefix}references: say what it was checked against.")
    if not unverified and basis not in VERIFYING_BASES:
        raise ValidationError(
            f"{r.path}: checked against {basis} only, so it must be marked unverified "
            "(only the official text or a lawyer verifies an entry)."
        )
    return Check(on=day, against=str(basis), references=refs)


CHECK_KEYS = frozenset({"checked", "checked_against", "references"})
"""The keys ``parse_check`` reads without a prefix."""
