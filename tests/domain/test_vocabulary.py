"""The one vocabulary of codes and the one safe template fill."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from kasuhara_desktop.domain import vocabulary
from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.evidence import EvidenceItem
from kasuhara_desktop.domain.legal_data import COMPLAINT_HOLDERS, legal_data_path, load_legal_data
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.domain.vocabulary import fill


def test_fill_is_one_pass_a_value_holding_a_placeholder_is_not_expanded() -> None:
    assert fill("%1 (%2 min)", "090-%2", 5) == "090-%2 (5 min)"
    assert fill("%2 then %1", "a%1", "b%2") == "b%2 then a%1"


def test_fill_keeps_placeholders_without_a_value_and_reads_two_digits() -> None:
    assert fill("%1 of %3", "x") == "x of %3"
    values = [str(n) for n in range(1, 12)]
    assert fill("%11-%1", *values) == "11-1"
    assert fill("100% sure, %1", "yes") == "100% sure, yes"


# ---------------------------------------------------------------- the catalog

CATALOG = vocabulary.catalog()
ROOT = Path(__file__).resolve().parents[2]


def known_codes() -> dict[str, set[str]]:
    """Every code the program can store or show, by catalog table."""
    codes = {table: {str(m.value) for m in enum} for enum, table in vocabulary.TABLES.items()}
    mimes = ("image/png", "video/mp4", "audio/mpeg", "application/pdf", "text/plain")
    kind_of = EvidenceItem.kind.fget  # the property reads only .mime
    codes["evidence_kind"] = {kind_of(SimpleNamespace(mime=mime)) for mime in mimes}
    legal = load_legal_data(legal_data_path())
    codes["keyword_list"] = {name for article in legal.articles for name in article.keywords}
    # the offence rules also name lists of their own ("quote:threat"); the catalog's are kept
    codes["keyword_list"] |= set(vocabulary.catalog()["keyword_list"])
    # what a revision says changed: the incident's top-level JSON keys, "created" at first
    from kasuhara_desktop.vault.repositories.incidents import _VOLATILE, content_of

    sample = content_of(Incident(occurred_at=datetime(2026, 1, 1, tzinfo=UTC), summary="x"))
    codes["incident_field"] = (set(sample) - set(_VOLATILE)) | {"created"}
    codes["complaint_holder"] = set(COMPLAINT_HOLDERS)
    # the assessment's codes: tests/domain/test_assessment.py checks judge() has a sentence
    # for every code it returns
    for table in vocabulary.SENTENCE_TABLES:
        codes[table] = set(vocabulary.catalog()[table])
    return codes


def test_every_code_has_a_term_in_each_language_and_none_is_empty() -> None:
    missing = []
    for table, codes in known_codes().items():
        for code in sorted(codes):
            entry = CATALOG.get(table, {}).get(code, {})
            for lang in vocabulary.LANGUAGES:
                text = entry.get(lang, "")
                if not text.strip():
                    missing.append(f"{table}.{code} [{lang}]")
    assert not missing, "\n".join(missing)


def test_the_catalog_holds_no_code_the_program_does_not_know() -> None:
    known = known_codes()
    assert set(CATALOG) == set(known)
    stray = [f"{t}.{c}" for t, codes in CATALOG.items() for c in codes if c not in known[t]]
    assert not stray
    for table, codes in CATALOG.items():
        for code, entry in codes.items():
            assert set(entry) == set(vocabulary.LANGUAGES), f"{table}.{code}"


@pytest.mark.parametrize("lang", vocabulary.LANGUAGES)
def test_terms_of_one_table_are_distinct(lang: str) -> None:
    """A choice list shows one table's terms side by side: equal ones could not be told apart."""
    for table, codes in CATALOG.items():
        terms = [entry[lang] for entry in codes.values()]
        assert len(set(terms)) == len(terms), (table, lang)


def test_term_chooses_the_language_and_falls_back() -> None:
    assert vocabulary.term("status", "draft", "ja") == "下書き"
    assert vocabulary.term("status", "draft", "nb_NO") == CATALOG["status"]["draft"]["nb"]
    assert vocabulary.term("status", "draft", "fr") == "Draft"
    assert vocabulary.term("status", "not_a_code", "ja") == "not_a_code"
    assert vocabulary.label(IncidentStatus.CLOSED, "ja") == CATALOG["status"]["closed"]["ja"]


@pytest.mark.parametrize("lang", ["ja", "nb"])
def test_the_qt_translations_are_the_catalog(lang: str) -> None:
    """The GUI's ``Vocabulary`` context in resources/i18n/*.ts says what the catalog says
    (build/update_translations.py writes it; run that after changing the catalog)."""
    tree = ET.parse(ROOT / "resources" / "i18n" / f"kasuhara_{lang}.ts")
    in_ts = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != vocabulary.CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None
            key = (message.findtext("source", ""), message.findtext("comment", ""))
            in_ts[key] = translation.text
    wanted = {
        (entry["en"], vocabulary.disambiguation(table, code)): entry[lang]
        for table, codes in CATALOG.items()
        for code, entry in codes.items()
    }
    assert in_ts == wanted


def test_no_template_is_filled_by_str_replace() -> None:
    """``.replace("%1", a).replace("%2", b)`` expands a "%2" typed inside ``a``: every
    translated template goes through ``fill`` (one pass) instead."""
    import ast
    import re

    found = []
    for path in sorted((ROOT / "kasuhara_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and re.fullmatch(r"%\d+", node.args[0].value)
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "use domain.vocabulary.fill:\n" + "\n".join(found)
