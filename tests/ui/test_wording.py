"""One vocabulary in the English UI, and counted texts that read as English.

The user's words are "logbook" (never "vault", the code's name for it) and "no-entry notice"
(as the notice itself, the reports and the documents say; never "no-return notice"). Every
text that counts with "(s)" is a Qt plural form (``tr(text, "", n)``), so English shows
"1 order to leave" / "2 orders to leave", never "1 order(s) to leave".
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "kasuhara_desktop"
# The word, not the file name vault.json that a user may have to find on disk.
FORBIDDEN = re.compile(r"\bvaults?\b(?!\.json)|no-return", re.IGNORECASE)


def translated_texts() -> Iterator[tuple[str, str, bool]]:
    """(where, English source, counted) for every ``tr``/``translate`` literal in the code."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr":
                index, n_index = 0, 2
            elif name in ("translate", "QT_TRANSLATE_NOOP"):
                index, n_index = 1, 3
            else:
                continue
            if len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                counted = len(node.args) > n_index or any(k.arg == "n" for k in node.keywords)
                where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                yield where, arg.value, counted


def test_the_scan_finds_the_texts() -> None:
    texts = {source for _where, source, _counted in translated_texts()}
    assert "No-entry notice" in texts and "%n order(s) to leave" in texts


def test_no_english_text_says_vault_or_no_return_notice() -> None:
    wrong = [f"{where}: {source!r}" for where, source, _ in translated_texts()
             if FORBIDDEN.search(source)]  # fmt: skip
    assert not wrong, "\n".join(wrong)


def test_every_text_counted_with_s_is_a_plural_form() -> None:
    wrong = [f"{where}: {source!r}" for where, source, counted in translated_texts()
             if "(s)" in source and not counted]  # fmt: skip
    assert not wrong, "\n".join(wrong)


def test_english_texts_quote_in_english_marks() -> None:
    # Words said are quoted with ui.i18n.quoted (the language's marks, typed marks not
    # doubled); an English text itself uses “…”, never 「…」.
    wrong = [f"{where}: {source!r}" for where, source, _ in translated_texts()
             if "「" in source or "」" in source]  # fmt: skip
    assert not wrong, "\n".join(wrong)
