"""``kasuhara policy show|template|adopt|told|ack|print``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from helpers import run_cli as run
from pypdf import PdfReader

from kasuhara_desktop.infra import clock

pytestmark = pytest.mark.usefixtures("cli_env")


def show(capsys: pytest.CaptureFixture[str], folder: str) -> dict:
    code, out, err = run(capsys, "--vault", folder, "policy", "show", "--json")
    assert code == 0, err
    return json.loads(out)


def text_of(pdf: Path) -> str:
    return "".join(
        "".join((p.extract_text() or "").split())
        for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages
    )


def test_template_adopt_told_ack_and_show(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert show(capsys, folder)["current"] is None
    code, out, _ = run(capsys, "--vault", folder, "policy", "template", "--lang", "ja")
    assert code == 0 and "さくらマート" in out and "毅然" in out
    file = tmp_path / "policy.txt"
    file.write_text(out.replace("当店", "わが店"), encoding="utf-8")
    code, out, err = run(capsys, "--vault", folder, "policy", "adopt", "--file", str(file),
                         "--lang", "ja", "--on", "2026-10-01")  # fmt: skip
    assert (code, out.strip()) == (0, "policy v1 adopted on 2026-10-01"), err
    code, out, err = run(capsys, "--vault", folder, "policy", "told", "--on", "2026-10-02",
                         "--how", "meeting", "--who", "佐藤, 鈴木")  # fmt: skip
    assert code == 0 and "佐藤, 鈴木" in out, err
    code, out, err = run(capsys, "--vault", folder, "policy", "ack", "佐藤", "--on", "2026-10-03")
    assert code == 0 and "acknowledged by 佐藤 on 2026-10-03" in out, err
    doc = show(capsys, folder)
    assert doc["current"]["version"] == 1 and "わが店" in doc["current"]["body"]
    assert doc["told"][0]["who"] == ["佐藤", "鈴木"] and doc["told"][0]["how"] == "meeting"
    assert doc["acknowledgements"] == [{"version": 1, "name": "佐藤", "on": "2026-10-03"}]
    assert doc["status"] == "adopted on 2026-10-01, told on 2026-10-02, 0 not acknowledged"
    code, out, _ = run(capsys, "--vault", folder, "policy", "show")
    assert code == 0 and "* v1  ja  adopted 2026-10-01" in out and "わが店" in out


def test_print_staff_document_and_posters(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "policy.pdf"
    code, _, err = run(capsys, "--vault", folder, "policy", "print", "-o", str(dest))
    assert code == 2 and "adopt one first" in err and not dest.exists()
    file = tmp_path / "p.txt"
    file.write_text("We protect our staff.\n\nWe respond firmly.", encoding="utf-8")
    assert run(capsys, "--vault", folder, "policy", "adopt", "--file", str(file),
               "--lang", "en")[0] == 0  # fmt: skip
    assert run(capsys, "--vault", folder, "policy", "told", "--on",
               clock.today("Asia/Tokyo").isoformat(), "--how", "handout")[0] == 0  # fmt: skip
    code, out, err = run(capsys, "--vault", folder, "policy", "print", "-o", str(dest))
    assert code == 0 and out.strip() == str(dest), err
    text = text_of(dest)
    assert "Westaffrespondfirmly" not in text and "Werespondfirmly." in text
    assert "Stafftold" in text and "handout" in text and "allstaff" in text
    assert "disadvantageously" in text  # the art. 33(2) statement
    assert "#9110" in text  # the consultation desk's standard contacts
    # the same document with Japanese labels
    ja = tmp_path / "ja.pdf"
    assert run(capsys, "--vault", folder, "policy", "print", "-o", str(ja), "--lang", "ja")[0] == 0
    assert "従業員への周知" in text_of(ja)
    for size, width in (("A4", 595), ("A3", 842)):
        poster = tmp_path / f"poster_{size}.pdf"
        code, _, err = run(capsys, "--vault", folder, "policy", "print", "-o", str(poster),
                           "--poster", size, "--lang", "nb")  # fmt: skip
        assert code == 0, err
        reader = PdfReader(io.BytesIO(poster.read_bytes()))
        assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.width)) == width
        assert "bestemt" in text_of(poster) and "handout" not in text_of(poster)
    code, _, err = run(capsys, "--vault", folder, "policy", "print", "-o", str(dest))
    assert code == 2 and "--force" in err


def test_bad_input_is_one_line_and_exit_2(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    cases = [
        (["policy", "adopt", "--file", str(missing), "--lang", "ja"], "no such file"),
        (["policy", "told", "--on", "2026-13-01", "--how", "meeting"], "not a date"),
        (["policy", "told", "--on", "2026-10-01", "--how", "meeting"], "adopt one first"),
        (["policy", "told", "--on", "2026-10-01", "--how", "pigeon"], "invalid choice"),
        (["policy", "print", "-o", str(tmp_path / "x.pdf"), "--poster", "A5"], "invalid choice"),
    ]
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    cases.append((["policy", "adopt", "--file", str(empty), "--lang", "ja"], "empty"))
    future = tmp_path / "f.txt"
    future.write_text("text", encoding="utf-8")
    cases.append((["policy", "adopt", "--file", str(future), "--lang", "ja", "--on",
                   "2200-01-01"], "not come yet"))  # fmt: skip
    for argv, message in cases:
        try:
            code, _, err = run(capsys, "--vault", folder, *argv)
        except SystemExit as stop:  # argparse's usage errors exit through the parser
            code, err = int(stop.code or 0), capsys.readouterr().err
        assert code == 2 and message in err, (argv, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert show(capsys, folder)["versions"] == []


def test_law_lists_each_statement_with_its_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "policy", "law", "--json")  # no vault needed
    assert code == 0, err
    data = json.loads(out)
    assert data["unverified"] is True and data["in_force"] == "2026-10-01"
    refs = {s["ref"] for s in data["statements"]}
    assert {"art. 33(1)", "art. 33(2)", "art. 33(3)", "東京都条例 art. 14"} <= refs
    urls = {s["url"] for s in data["sources"]}
    assert all(s["sources"] and set(s["sources"]) <= urls for s in data["statements"])
    code, out, _ = run(capsys, "policy", "law", "--lang", "nb")
    assert code == 0 and "UNVERIFIED" in out and "art. 33(2)" in out
