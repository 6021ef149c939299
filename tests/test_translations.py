"""Every user-visible string in the code has a Japanese and a Norwegian translation.

lupdate reads the code into copies of the ``.ts`` files: a string added to the code without a
translation comes in "unfinished" and fails here, naming it. Placeholders (``%1``, ``%n``) and
accelerators (``&``) must survive translation.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
LANGS = ("ja", "nb")


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ET.ElementTree]:
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path_factory.mktemp("i18n")
    copies = []
    for lang in LANGS:
        copy = out / f"kasuhara_{lang}.ts"
        shutil.copy(ROOT / "resources" / "i18n" / copy.name, copy)
        copies.append(str(copy))
    code = sorted(str(p) for p in (ROOT / "kasuhara_desktop").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-silent", "-no-obsolete", *code, "-ts", *copies],
        check=True,
        timeout=120,
    )
    return {lang: ET.parse(out / f"kasuhara_{lang}.ts") for lang in LANGS}


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield name, message.findtext("source", ""), translation, forms or [translation.text]


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_in_the_code_is_translated(updated, lang: str) -> None:
    missing = [
        f"[{ctx}] {src!r}"
        for ctx, src, translation, _forms in messages(updated[lang])
        if translation.get("type") == "unfinished"
    ]
    assert not missing, f"{len(missing)} untranslated in {lang}:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_and_accelerators_survive_translation(updated, lang: str) -> None:
    wrong = []
    for ctx, src, translation, forms in messages(updated[lang]):
        if translation.get("type") == "unfinished":
            continue
        wanted = sorted(set(re.findall(r"%\d", src)))
        accel = re.search(r"&[^&\s]", src.replace("&&", "")) is not None
        for form in forms:
            text = form or ""
            if sorted(set(re.findall(r"%\d", text))) != wanted:
                wrong.append(f"[{ctx}] {src!r} → {text!r}: placeholders")
            if accel and re.search(r"&[^&\s]", text.replace("&&", "")) is None:
                wrong.append(f"[{ctx}] {src!r} → {text!r}: no accelerator")
    assert not wrong, "\n".join(wrong[:40])


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    """``tr(variable)`` or ``translate(context_variable, …)`` hides the text from lupdate: it
    never reaches the catalog and stays English on screen. The one exception is the
    ``"Vocabulary"`` context, whose terms build/update_translations.py writes from
    resources/vocabulary.json (tests/domain/test_vocabulary.py checks the .ts files hold them)."""
    import ast

    hidden = []
    for path in sorted((ROOT / "kasuhara_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name = node.func.attr
            if name not in ("tr", "translate"):
                continue
            literal_at = [0] if name == "tr" else [0, 1]
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and first.value == "Vocabulary":
                literal_at = [0]
            for i in literal_at:
                if i < len(node.args) and not isinstance(node.args[i], ast.Constant):
                    where = path.relative_to(ROOT)
                    hidden.append(f"{where}:{node.lineno}: {ast.unparse(node.args[i])}")
    assert not hidden, "\n".join(hidden)
