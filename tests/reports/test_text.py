"""User text into Paragraph markup: shown literally, never crashing the layout."""

from __future__ import annotations

import io
import time
import unicodedata
from typing import Any

import pytest
from reportlab.platypus import Flowable, Table

from kasuhara_desktop.reports.styles import make_document, make_styles, page_decorator
from kasuhara_desktop.reports.text import (
    clean_text,
    clip_text,
    para_text,
    split_long_text,
    visual_order,
)


def build(story: list[Flowable]) -> bytes:
    buf = io.BytesIO()
    make_document(buf, title="test").build(story, canvasmaker=page_decorator("REF", "test"))
    return buf.getvalue()


def test_markup_is_escaped_and_shown_literally(pdf_tools: dict[str, Any]) -> None:
    assert para_text("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    styles = make_styles()
    raw = '<b>&amp; "quotes"</b> <font size=40>x</font> &nbsp; <br/> <para>'
    text = pdf_tools["text"](build([styles.para(raw)]))
    assert raw.replace("  ", " ") in text


def test_newlines_become_line_breaks() -> None:
    assert para_text("a\nb\r\nc\rd") == "a<br/>b<br/>c<br/>d"


def test_runs_of_spaces_and_indentation_stay_visible() -> None:
    out = para_text("a   b\n  c")
    assert out == "a\u00a0\u00a0 b<br/>\u00a0\u00a0c"
    assert "\t" not in para_text("x\ty")


def test_control_characters_and_lone_surrogates_cannot_break_the_parser() -> None:
    dirty = "a\x00b\x07c\x1bd\ud800e\ufffff"
    assert clean_text(dirty) == "abcd\ufffdef"
    styles = make_styles()
    assert build([styles.para(dirty)]).startswith(b"%PDF")


def test_emoji_without_glyphs_do_not_crash(pdf_tools: dict[str, Any]) -> None:
    styles = make_styles()
    data = build([styles.para("店長 🙂👍🏽 👨‍👩‍👧 ok ✅")])
    text = pdf_tools["text"](data)
    assert "店長" in text and "ok" in text


def test_rtl_runs_are_put_in_visual_order() -> None:
    assert visual_order("shop עברית x") == "shop תירבע x"
    assert visual_order("מחיר 120 שקל") == "לקש 120 ריחמ"  # numbers keep their order
    assert visual_order("עִבְרִית")[-2:] == "עִ"  # marks stay after their letter
    assert visual_order("no rtl here") == "no rtl here"
    assert visual_order("א\nב") == "א\nב"  # a run never crosses a line break


def test_rtl_text_uses_a_fallback_font_when_one_exists(pdf_tools: dict[str, Any]) -> None:
    styles = make_styles()
    markup = para_text(
        "Name: עברית مرحبا", font=styles.body.fontName, fallbacks=styles.fonts.fallbacks
    )
    if styles.fonts.fallbacks:
        assert f'<font name="{styles.fonts.fallbacks[0]}">' in markup
    data = build([styles.para("Name: עברית مرحبا")])
    text = pdf_tools["text"](data)
    assert "Name:" in text
    if styles.fonts.fallbacks:
        assert "תירבע" in text or "עברית" in text


def test_invisible_format_characters_nobody_draws_are_dropped() -> None:
    styles = make_styles()
    out = para_text("a\ufe0fb\U000e0101c", font=styles.body.fontName)
    assert out == "abc"


@pytest.mark.parametrize("kind", ["latin", "cjk", "hex"])
def test_100_kb_without_spaces_lays_out_across_pages(kind: str, pdf_tools: dict[str, Any]) -> None:
    char = {"latin": "z", "cjk": "漢", "hex": "cd"}[kind]
    big = (char * 100_000)[:100_000]
    styles = make_styles()
    started = time.monotonic()
    data = build(styles.paras(big, styles.mono if kind == "hex" else styles.body))
    assert time.monotonic() - started < 30
    assert pdf_tools["pages"](data) > 5
    extracted = pdf_tools["text"](data)
    assert sum(extracted.count(c) for c in set(char)) == 100_000


def test_long_url_and_hash_wrap_inside_a_narrow_table_cell() -> None:
    styles = make_styles()
    url = "https://example.com/" + "segment/" * 30 + "?q=" + "x" * 200
    digest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    table = Table([[styles.para(url, styles.cell), styles.para(digest, styles.mono)]], [250, 60])
    assert build([table]).startswith(b"%PDF")


def test_split_long_text_prefers_line_breaks_then_spaces() -> None:
    text = ("word " * 50 + "\n") * 20
    pieces = split_long_text(text, 400)
    assert all(len(p) <= 400 for p in pieces)
    assert "".join(pieces).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(
        " ", ""
    )
    unbroken = "x" * 1000
    assert split_long_text(unbroken, 300) == ["x" * 300] * 3 + ["x" * 100]


def test_split_never_separates_a_combining_mark_from_its_letter() -> None:
    text = "e\u0301" * 500
    for piece in split_long_text(text, 101):
        assert not unicodedata.combining(piece[0])


def test_clip_text_says_how_much_was_left_out() -> None:
    assert clip_text("short", 10) == "short"
    assert clip_text("x" * 1500, 1000) == "x" * 1000 + "… (+500 characters)"
