"""``kasuhara procedures show|set`` and ``kasuhara manual print``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run
from pypdf import PdfReader

pytestmark = pytest.mark.usefixtures("cli_env")


def show(capsys: pytest.CaptureFixture[str], folder: str) -> dict[str, object]:
    code, out, err = run(capsys, "--vault", folder, "procedures", "show", "--json")
    assert code == 0, err
    data: dict[str, object] = json.loads(out)
    return data


def test_show_set_round_trip(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = show(capsys, folder)
    assert doc["procedures"]["version"] == 0  # type: ignore[index]
    doc["procedures"]["settings"]["min_staff"] = 3  # type: ignore[index]
    doc["criteria"]["unacceptable_behaviours"] = ["threats_abuse", "filming_staff"]  # type: ignore[index]
    file = tmp_path / "p.json"
    file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--vault", folder, "procedures", "set", "--file", str(file))
    assert code == 0, err
    assert out.strip() == "saved procedures version 1, criteria version 1"
    again = show(capsys, folder)
    assert again["procedures"]["settings"]["min_staff"] == 3  # type: ignore[index]
    assert again["criteria"]["unacceptable_behaviours"] == ["threats_abuse", "filming_staff"]  # type: ignore[index]
    code, out, _ = run(capsys, "--vault", folder, "procedures", "set", "--file", str(file))
    assert code == 0 and "nothing changed" in out
    code, out, _ = run(capsys, "--vault", folder, "procedures", "show")
    assert code == 0 and "minimum staff per complaint: 3" in out and "filming_staff" in out


def test_a_bad_file_is_one_line_and_exit_2(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "bad.json"
    file.write_text('{"criteria": {"unacceptable_behaviours": ["yelling"]}}', encoding="utf-8")
    code, _, err = run(capsys, "--vault", folder, "procedures", "set", "--file", str(file))
    assert code == 2
    assert err.count("\n") == 1 and "unacceptable_behaviours[0]" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("lang", "words"), [("ja", "対応マニュアル"), ("en", "manual"), ("nb", "håndbok")]
)
def test_manual_print_writes_a_pdf(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    dest = tmp_path / f"manual-{lang}.pdf"
    code, out, err = run(
        capsys, "--vault", folder, "manual", "print", "-o", str(dest), "--lang", lang
    )
    assert code == 0, err
    assert out.strip() == str(dest)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(dest).pages)
    assert words in text
    code, _, err = run(capsys, "--vault", folder, "manual", "print", "-o", str(dest))
    assert code == 2 and "--force" in err
