"""``kasuhara call add``: a phone call filed from the command line, as phone mode files it."""

from __future__ import annotations

import json

import pytest
from helpers import run_cli as run

pytestmark = pytest.mark.usefixtures("cli_env")


def call(capsys: pytest.CaptureFixture[str], folder: str, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "--vault", folder, "call", "add", *extra)


def show(capsys: pytest.CaptureFixture[str], folder: str, reference: str) -> dict[str, object]:
    code, out, _ = run(capsys, "--vault", folder, "incident", "show", reference, "--json")
    assert code == 0
    data: dict[str, object] = json.loads(out)
    return data


def test_a_call_becomes_a_phone_incident(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(
        capsys, folder, "--start", "2026-11-28T14:05:00+09:00", "--minutes", "25",
        "--number", "090-1234-5678", "--caller", "男性（常連）", "--words", "責任者を出せ",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    filed = json.loads(out)
    assert filed["minutes"] == 25 and filed["calls_from_number"] == 1
    assert filed["repeated_calls"] is False
    inc = show(capsys, folder, filed["reference"])
    assert inc["channel"] == "phone"
    assert [t["kind"] for t in inc["timeline"]] == ["call_start", "call_end"]  # type: ignore[index, union-attr]
    assert inc["quotes"][0]["words"] == "責任者を出せ"  # type: ignore[index]
    assert inc["quotes"][0]["speaker"] == "男性（常連）"  # type: ignore[index]
    assert inc["costs"][0]["minutes"] == 25  # type: ignore[index]
    assert "090-1234-5678" in str(inc["summary"])


def test_the_third_call_from_a_number_marks_repeated_calls(
    folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    refs = []
    for day, number in ((1, "090-1234-5678"), (2, "09012345678"), (3, "+81 90 1234 5678")):
        code, out, err = call(
            capsys, folder, "--start", f"2026-11-0{day}T10:00:00+09:00",
            "--end", f"2026-11-0{day}T10:03:00+09:00", "--number", number, "--json",
        )  # fmt: skip
        assert code == 0, err
        refs.append(json.loads(out))
    assert [r["calls_from_number"] for r in refs] == [1, 2, 3]
    assert [r["repeated_calls"] for r in refs] == [False, False, True]
    assert "repeated_calls" in show(capsys, folder, refs[2]["reference"])["behaviours"]  # type: ignore[operator]


def test_a_call_into_an_incident_on_file(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    first = call(capsys, folder, "--start", "2026-11-28T14:05:00+09:00", "--minutes", "2")[1]
    reference = first.split()[0]
    code, out, err = call(
        capsys, folder, "--start", "2026-11-28T15:00:00+09:00", "--minutes", "4",
        "--into", reference,
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"{reference} version 2")
    inc = show(capsys, folder, reference)
    assert len(inc["timeline"]) == 4  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "2026-11-28T14:05:00", "--minutes", "3"], "UTC offset"),
        (["--start", "2026-11-28T14:05:00+09:00", "--end", "2026-11-28T14:00:00+09:00"],
         "ends before"),
        (["--start", "2026-11-28T14:05:00+09:00", "--minutes", "-1"], "--minutes"),
        (["--start", "2026-11-28T14:05:00+09:00", "--minutes", "3", "--words", "a\x07b"],
         "control character"),
        (["--start", "2026-11-28T14:05:00+09:00", "--minutes", "3", "--into", "K-2099-9999"],
         "K-2099-9999"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_exit_2(
    folder: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = call(capsys, folder, *args)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert run(capsys, "--vault", folder, "incident", "list")[1] == ""


def test_help_documents_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "call", "add", "--help")
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert "--number" in out and "repeated_calls" in out and "--into" in out
