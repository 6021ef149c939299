"""The legal data file (``resources/legal/penal_code.json``): its types and its strict loader.

Article texts, elements, penalties, keywords, sources, and when and against what each was checked
(``legal_check``) are data, not code, so that a lawyer can correct them without a programmer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..infra.resources import resource_path
from .deadlines import COMPLAINT_PERIOD_MONTHS
from .errors import ValidationError
from .json_reader import JsonReader
from .legal_check import CHECK_KEYS, Check, parse_check
from .validation import clean_text

FORMAT = "kasuhara-legal/1"
LANGUAGES = ("ja", "en", "nb")
MAX_KEYWORDS = 500
_NUMBER = re.compile(r"^[0-9]{1,4}(-[0-9]{1,3})?$")

Text = Mapping[str, str]
"""Text in every language of ``LANGUAGES``, keyed by language code."""


@dataclass(frozen=True)
class LegalNote:
    """A note on an article (who may file a complaint, an attempt), with its own source."""

    text: Text
    source: str
    check: Check
    unverified: bool


@dataclass(frozen=True)
class Question:
    """One element (構成要件) as a question a shop manager can answer.

    ``keywords`` only *suggest* an answer from free text; ``needs_record`` says whether an
    article may be listed while nothing at all is recorded for this element.
    """

    code: str
    question: Text
    keywords: tuple[str, ...]
    needs_record: bool


@dataclass(frozen=True)
class Article:
    """One Penal Code article as the data file describes it.

    ``requires`` lists the elements as groups: every group must be met, and a group is met when
    any one of its element codes is (art. 130: entry against the manager's will *or* staying
    after a leave order). ``supports`` are points a lawyer asks about that decide the form
    (a medical record for 204, whether anything was handed over for 249/250).
    """

    number: str
    title: Text
    elements: Text
    penalty: Text
    complaint_required: bool
    keywords: Mapping[str, tuple[str, ...]]
    source: str
    check: Check
    unverified: bool
    requires: tuple[tuple[str, ...], ...] = ()
    supports: tuple[str, ...] = ()
    notes: tuple[LegalNote, ...] = ()
    complaint_holders: tuple[str, ...] = ()

    def words(self, name: str) -> tuple[str, ...]:
        """The keyword list ``name`` (e.g. ``"threat"``); empty when the file has none."""
        return self.keywords.get(name, ())

    def element_codes(self) -> tuple[str, ...]:
        """Every element code of the article, required first, each once."""
        codes = [c for group in self.requires for c in group] + list(self.supports)
        return tuple(dict.fromkeys(codes))


@dataclass(frozen=True)
class ComplaintPeriod:
    """CCP art. 235: the complaint period for complaint-only offences."""

    article: str
    law: Text
    months: int
    text: Text
    counting: Text
    counting_unverified: bool
    source: str
    source_unverified: bool
    check: Check
    unverified: bool
    filing: LegalNote | None = None
    """How a complaint is made, and that a damage report (被害届) does not stop the period."""


@dataclass(frozen=True)
class LegalData:
    """The whole legal data file."""

    law: Text
    disclaimer: Text
    imprisonment_note: Text
    imprisonment_note_check: Check
    complaint_period: ComplaintPeriod
    articles: tuple[Article, ...]
    questions: Mapping[str, Question] = field(default_factory=dict)
    imprisonment_note_source: str = ""
    imprisonment_note_unverified: bool = False
    terms: Mapping[str, Text] = field(default_factory=dict)
    """Words of the element view (states, "suggested from", deadline phrasing), per language."""

    def term(self, key: str, lang: str, **values: object) -> str:
        """The term ``key`` in ``lang`` (English if missing) with ``{name}`` filled from values."""
        texts = self.terms.get(key, {})
        text = texts.get(lang) or texts.get("en") or key
        for name, value in values.items():
            text = text.replace("{" + name + "}", str(value))
        return text

    def check_text(self, check: Check, lang: str, day: str = "") -> str:
        """When and against what a statement was checked, and the references, in ``lang``.

        ``day`` is the date as the caller writes it (the report's date format); ISO by default.
        """
        against = self.term(f"checked_against_{check.against}", lang)
        line = self.term("check_line", lang, day=day or check.on.isoformat(), against=against)
        if check.references:
            joined = ("；" if lang == "ja" else "; ").join(check.references)
            space = "" if lang == "ja" else " "  # Japanese runs sentences on without a space
            line += space + self.term("check_references", lang, references=joined)
        return line


def legal_data_path() -> Path:
    """The legal data file shipped with the program (also in a frozen build)."""
    return resource_path("legal/penal_code.json")


# ---------------------------------------------------------------- loading


def _texts(data: object, path: str) -> dict[str, str]:
    r = JsonReader(data, path, set(LANGUAGES))
    return {lang: r.text(lang, long=True, required=True) for lang in LANGUAGES}


def _flag(r: JsonReader, key: str) -> bool:
    if key not in r.data:
        raise ValidationError(f"{r.path}.{key}: required (true or false).")
    return r.boolean(key)


def _source(r: JsonReader) -> str:
    url = r.text("source", required=True)
    if not url.startswith("https://"):
        raise ValidationError(f"{r.path}.source: expected an https:// address.")
    return url


def _keywords(data: object, path: str) -> dict[str, tuple[str, ...]]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ValidationError(f"{path}: expected an object of keyword lists.")
    result: dict[str, tuple[str, ...]] = {}
    for name, words in data.items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z_]{1,40}", name):
            raise ValidationError(f"{path}: {str(name)[:40]!r} is not a list name like 'threat'.")
        if not isinstance(words, list) or len(words) > MAX_KEYWORDS:
            raise ValidationError(f"{path}.{name}: expected a list of up to {MAX_KEYWORDS} words.")
        cleaned = [
            clean_text(w, f"{path}.{name}[{i}]", required=True).strip() for i, w in enumerate(words)
        ]
        result[name] = tuple(dict.fromkeys(cleaned))
    return result


_ARTICLE_KEYS = {
    "number", "title", "elements", "penalty", "complaint_required", "keywords", "source",
    "unverified", "requires", "supports", "notes", "complaint_holders", *CHECK_KEYS,
}  # fmt: skip
COMPLAINT_HOLDERS = ("shop", "staff")
"""Who may file the complaint for a complaint-only offence (CCP art. 230: whoever it harmed):
the shop as a company (its reputation, its property) or the staff member harmed. Each holder's
six months run from the day *that* holder learned who the offender is (art. 235, art. 236)."""
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


def _codes(data: object, path: str) -> tuple[str, ...]:
    if not isinstance(data, list) or not all(isinstance(c, str) and _CODE.match(c) for c in data):
        raise ValidationError(f"{path}: expected a list of element codes like 'injury'.")
    return tuple(data)


def _requires(data: object, path: str) -> tuple[tuple[str, ...], ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ValidationError(f"{path}: expected a list of groups of element codes.")
    groups = tuple(_codes(g, f"{path}[{i}]") for i, g in enumerate(data))
    if any(not g for g in groups):
        raise ValidationError(f"{path}: an empty group can never be met.")
    return groups


def _holders(data: object, path: str, complaint_required: bool) -> tuple[str, ...]:
    if data is None:
        data = []
    if not isinstance(data, list) or not all(h in COMPLAINT_HOLDERS for h in data):
        raise ValidationError(f"{path}: expected a list of {', '.join(COMPLAINT_HOLDERS)}.")
    if complaint_required and not data:
        raise ValidationError(f"{path}: a complaint-only offence must say who may complain.")
    if data and not complaint_required:
        raise ValidationError(f"{path}: only a complaint-only offence has complaint holders.")
    return tuple(dict.fromkeys(data))


def _note(data: object, path: str) -> LegalNote:
    r = JsonReader(data, path, {"text", "source", "unverified", *CHECK_KEYS})
    unverified = _flag(r, "unverified")
    return LegalNote(
        text=_texts(r.data.get("text"), f"{path}.text"),
        source=_source(r),
        check=parse_check(r, unverified),
        unverified=unverified,
    )


def _question(code: str, data: object, path: str) -> Question:
    r = JsonReader(data, path, {"question", "keywords", "needs_record"})
    words = _keywords({"keywords": r.data.get("keywords", [])}, path)["keywords"]
    return Question(
        code=code,
        question=_texts(r.data.get("question"), f"{path}.question"),
        keywords=words,
        needs_record=_flag(r, "needs_record"),
    )


def _questions(data: object, path: str) -> dict[str, Question]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ValidationError(f"{path}: expected an object of element questions.")
    result: dict[str, Question] = {}
    for code, q in data.items():
        if not isinstance(code, str) or not _CODE.match(code):
            raise ValidationError(f"{path}: {str(code)[:40]!r} is not a code like 'injury'.")
        result[code] = _question(code, q, f"{path}.{code}")
    return result


def _article(data: object, path: str) -> Article:
    r = JsonReader(data, path, _ARTICLE_KEYS)
    number = r.data.get("number")
    if not isinstance(number, str) or not _NUMBER.match(number):
        raise ValidationError(f'{path}.number: expected an article number like "130".')
    unverified = _flag(r, "unverified")
    return Article(
        number=number,
        title=_texts(r.data.get("title"), f"{path}.title"),
        elements=_texts(r.data.get("elements"), f"{path}.elements"),
        penalty=_texts(r.data.get("penalty"), f"{path}.penalty"),
        complaint_required=(required := _flag(r, "complaint_required")),
        keywords=_keywords(r.data.get("keywords"), f"{path}.keywords"),
        source=_source(r),
        check=parse_check(r, unverified),
        unverified=unverified,
        requires=_requires(r.data.get("requires"), f"{path}.requires"),
        supports=_codes(r.data.get("supports", []), f"{path}.supports"),
        notes=tuple(r.items("notes", _note)),
        complaint_holders=_holders(
            r.data.get("complaint_holders"), f"{path}.complaint_holders", required
        ),
    )


_PERIOD_KEYS = {
    "law", "article", "months", "text", "counting", "counting_unverified", "filing", "source",
    "source_unverified", "unverified", *CHECK_KEYS,
}  # fmt: skip


def _period(data: object, path: str) -> ComplaintPeriod:
    r = JsonReader(data, path, _PERIOD_KEYS)
    unverified = _flag(r, "unverified")
    months = r.integer("months", 0, minimum=1)
    if months != COMPLAINT_PERIOD_MONTHS:
        raise ValidationError(
            f"{path}.months: {months} differs from the program's rule "
            f"({COMPLAINT_PERIOD_MONTHS}); change both together."
        )
    return ComplaintPeriod(
        article=r.text("article", required=True),
        law=_texts(r.data.get("law"), f"{path}.law"),
        months=months,
        text=_texts(r.data.get("text"), f"{path}.text"),
        counting=_texts(r.data.get("counting"), f"{path}.counting"),
        counting_unverified=_flag(r, "counting_unverified"),
        source=_source(r),
        source_unverified=_flag(r, "source_unverified"),
        check=parse_check(r, unverified),
        unverified=unverified,
        filing=_note(r.data["filing"], f"{path}.filing") if "filing" in r.data else None,
    )


_TOP_KEYS = {
    "format", "law", "disclaimer", "imprisonment_note", "imprisonment_note_source",
    "imprisonment_note_unverified", *(f"imprisonment_note_{k}" for k in CHECK_KEYS),
    "complaint_period", "articles", "questions", "terms",
}  # fmt: skip


def parse_legal_data(data: object, name: str = "legal data") -> LegalData:
    """Validate the decoded JSON of the legal data file; ``ValidationError`` names the field."""
    r = JsonReader(data, name, _TOP_KEYS)
    if r.data.get("format") != FORMAT:
        raise ValidationError(f"{name}.format: expected {FORMAT!r}.")
    articles = r.items("articles", _article)
    if not articles:
        raise ValidationError(f"{name}.articles: no articles.")
    numbers = [a.number for a in articles]
    duplicate = next((n for n in numbers if numbers.count(n) > 1), None)
    if duplicate is not None:
        raise ValidationError(f"{name}.articles: article {duplicate} appears twice.")
    questions = _questions(r.data.get("questions"), f"{name}.questions")
    for a in articles:
        unknown = next((c for c in a.element_codes() if c not in questions), None)
        if unknown is not None:
            raise ValidationError(f"{name}.articles: article {a.number} names an element "
                                  f"{unknown!r} that has no question.")  # fmt: skip
    note_unverified = r.boolean("imprisonment_note_unverified")
    return LegalData(
        law=_texts(r.data.get("law"), f"{name}.law"),
        disclaimer=_texts(r.data.get("disclaimer"), f"{name}.disclaimer"),
        imprisonment_note=_texts(r.data.get("imprisonment_note"), f"{name}.imprisonment_note"),
        imprisonment_note_check=parse_check(r, note_unverified, "imprisonment_note_"),
        imprisonment_note_source=(
            _source(JsonReader({"source": r.data["imprisonment_note_source"]}, name, {"source"}))
            if "imprisonment_note_source" in r.data
            else ""
        ),
        imprisonment_note_unverified=note_unverified,
        complaint_period=_period(r.data.get("complaint_period"), f"{name}.complaint_period"),
        articles=tuple(articles),
        questions=questions,
        terms=_terms(r.data.get("terms"), f"{name}.terms"),
    )


def _terms(data: object, path: str) -> dict[str, Text]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ValidationError(f"{path}: expected an object of texts.")
    return {str(k): _texts(v, f"{path}.{k}") for k, v in data.items()}


def load_legal_data(path: Path) -> LegalData:
    """Read and validate the legal data file at ``path``."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ValidationError(f"{path.name}: cannot be read ({err.strerror or err}).") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{path.name}: is not UTF-8 text.") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ValidationError(f"{path.name}: not valid JSON (line {err.lineno}).") from None
    return parse_legal_data(data, path.name)


def load_articles(path: Path) -> list[Article]:
    """The articles of the legal data file at ``path``, validated, in file order."""
    return list(load_legal_data(path).articles)


# ---------------------------------------------------------------- facts the rules read
