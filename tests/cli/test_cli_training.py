"""``kasuhara training …``: roster, sessions, --overdue, the record PDF, case studies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import INCIDENT_EXAMPLE
from helpers import run_cli as run
from pypdf import PdfReader

pytestmark = pytest.mark.usefixtures("cli_env")


def ok(capsys: pytest.CaptureFixture[str], folder: str, *argv: str) -> str:
    code, out, err = run(capsys, "--vault", folder, *argv)
    assert code == 0, err
    return out


def test_roster_sessions_overdue_and_print(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, folder, "training", "staff", "add", "山田 太郎", "--employment", "full_time",
       "--joined", "2020-04-01")  # fmt: skip
    ok(capsys, folder, "training", "staff", "add", "佐藤 花子", "--joined", "2021-04-01")
    ok(capsys, folder, "training", "staff", "add", "鈴木", "--joined", "2021-04-01")
    out = ok(capsys, folder, "training", "add", "--date", "2099-01-01", "--topics", "初期対応",
             "--trainer", "外部講師", "--attendees", "山田 太郎、3")  # fmt: skip
    assert "2 attendee(s)" in out
    ok(capsys, folder, "training", "staff", "leave", "鈴木", "--on", "2022-01-01")
    overdue = json.loads(ok(capsys, folder, "training", "list", "--overdue", "--json"))
    # The session is in the future: it does not count yet; 鈴木 left and is not listed.
    assert sorted(r["name"] for r in overdue) == ["佐藤 花子", "山田 太郎"]
    assert {r["state"] for r in overdue} == {"never"}
    sessions = json.loads(ok(capsys, folder, "training", "list", "--sessions", "--json"))
    assert sessions[0]["attendees"] == ["山田 太郎", "鈴木"]
    pdf = tmp_path / "record.pdf"
    assert ok(capsys, folder, "training", "print", "-o", str(pdf), "--lang", "en").strip()
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Training record" in text and "佐藤 花子" in text


def test_bad_input_is_one_line_exit_2(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ("training", "add", "--date", "2026-13-01", "--topics", "x", "--trainer", "y"),
        ("training", "add", "--date", "2026-12-01", "--topics", "x", "--trainer", "y",
         "--attendees", "誰か"),
        ("training", "staff", "leave", "誰か"),
        ("training", "case-study", "print", "1", "-o", "/nonexistent/dir/x.pdf"),
    ):  # fmt: skip
        code, _out, err = run(capsys, "--vault", folder, *argv)
        assert code == 2, (argv, err)
        assert err.count("\n") == 1 and "Traceback" not in err


def test_case_study_draft_check_print(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(INCIDENT_EXAMPLE.read_text(encoding="utf-8"))
    data["status"] = "closed"
    data["training_case"] = True
    src = tmp_path / "closed.json"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ok(capsys, folder, "incident", "add", "--json", str(src))
    ref = json.loads(ok(capsys, folder, "incident", "list", "--json"))[0]["reference"]
    assert json.loads(ok(capsys, folder, "training", "case-study", "candidates", "--json")) == [ref]
    out = ok(capsys, folder, "training", "case-study", "draft", ref)
    assert "case study 1 drafted (not checked)" in out and "replaced:" in out
    pdf = tmp_path / "case.pdf"
    code, _o, err = run(capsys, "--vault", folder, "training", "case-study", "print", "1",
                        "-o", str(pdf))  # fmt: skip
    assert code == 2 and "not been checked" in err and not pdf.exists()
    code, _o, err = run(capsys, "--vault", folder, "training", "case-study", "check", "1",
                        "--confirm", "no_names")  # fmt: skip
    assert code == 2 and "no places" in err
    edited = tmp_path / "edited.txt"
    edited.write_text("〔顧客〕が長時間にわたり怒鳴った。", encoding="utf-8")
    out = ok(capsys, folder, "training", "case-study", "check", "1", "--confirm", "all",
             "--text-file", str(edited))  # fmt: skip
    assert "checked by" in out
    shown = json.loads(ok(capsys, folder, "training", "case-study", "show", "1", "--json"))
    assert shown["checked"] and shown["text"] == "〔顧客〕が長時間にわたり怒鳴った。"
    ok(capsys, folder, "training", "case-study", "print", "1", "-o", str(pdf), "--lang", "nb")
    assert "Case til opplæring" in "".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_settings_show_and_change(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    shown = json.loads(ok(capsys, folder, "training", "settings", "--json"))
    assert shown == {"interval_months": 12, "new_starter_days": 30}
    ok(capsys, folder, "training", "settings", "--interval-months", "6")
    shown = json.loads(ok(capsys, folder, "training", "settings", "--json"))
    assert shown == {"interval_months": 6, "new_starter_days": 30}
    code, _out, err = run(capsys, "--vault", folder, "training", "settings",
                          "--interval-months", "0")  # fmt: skip
    assert code == 2 and "interval" in err
