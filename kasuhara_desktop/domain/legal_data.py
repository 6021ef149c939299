"""The legal data file (``resources/legal/penal_code.json``): its types and its strict loader.

Article texts, elements, penalties, keywords, sources and the date each was checked are data,
not code, so that a lawyer can correct them without a programmer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .deadlines import COMPLAINT_PERIOD_MONTHS
from .errors import ValidationError
from .json_reader import JsonReader
from .validation import clean_text

FORMAT = "kasuhara-legal/1"
LANGUAGES = ("ja", "en", "nb")
MAX_KEYWORDS = 500
_NUMBER = re.compile(r"^[0-9]{1,4}(-[0-9]{1,3})?$")

Text = Mapping[str, str]
"""Text in every language of ``LANGUAGES``, keyed by language code."""


@dataclass(frozen=True)
class Article:
    """One Penal Code article as the data file describes it."""

    number: str
    title: Text
    elements: Text
    penalty: Text
    complaint_required: bool
    keywords: Mapping[str, tuple[str, ...]]
    source: str
    checked: date | None
    unverified: bool

    def words(self, name: str) -> tuple[str, ...]:
        """The keyword list ``name`` (e.g. ``"threat"``); empty when the file has none."""
        return self.keywords.get(name, ())


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
    checked: date | None
    unverified: bool


@dataclass(frozen=True)
class LegalData:
    """The whole legal data file."""

    law: Text
    disclaimer: Text
    imprisonment_note: Text
    imprisonment_note_checked: date | None
    complaint_period: ComplaintPeriod
    articles: tuple[Article, ...]


def legal_data_path() -> Path:
    """The legal data file shipped with the program."""
    return Path(__file__).resolve().parents[2] / "resources" / "legal" / "penal_code.json"


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


def _checked(r: JsonReader, unverified: bool, key: str = "checked") -> date | None:
    checked = r.date(key)
    if checked is None and not unverified:
        raise ValidationError(f"{r.path}.{key}: an entry not marked unverified needs a date.")
    return checked


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
    "checked", "unverified",
}  # fmt: skip


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
        complaint_required=_flag(r, "complaint_required"),
        keywords=_keywords(r.data.get("keywords"), f"{path}.keywords"),
        source=_source(r),
        checked=_checked(r, unverified),
        unverified=unverified,
    )


_PERIOD_KEYS = {
    "law", "article", "months", "text", "counting", "counting_unverified", "source",
    "source_unverified", "checked", "unverified",
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
        checked=_checked(r, unverified),
        unverified=unverified,
    )


_TOP_KEYS = {
    "format", "law", "disclaimer", "imprisonment_note", "imprisonment_note_checked",
    "complaint_period", "articles",
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
    return LegalData(
        law=_texts(r.data.get("law"), f"{name}.law"),
        disclaimer=_texts(r.data.get("disclaimer"), f"{name}.disclaimer"),
        imprisonment_note=_texts(r.data.get("imprisonment_note"), f"{name}.imprisonment_note"),
        imprisonment_note_checked=r.date("imprisonment_note_checked"),
        complaint_period=_period(r.data.get("complaint_period"), f"{name}.complaint_period"),
        articles=tuple(articles),
    )


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
