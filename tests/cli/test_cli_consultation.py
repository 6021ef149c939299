"""``kasuhara consultation ...`` and ``kasuhara cooperation ...``: records private to the owner
and the contact person, one-line errors with exit 2, the letter written as a PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run
from pypdf import PdfReader

OWNER_PASS = "mise tsubame kaminari yoru"
MIKA_PASS = "blue kettle whistles over seven hills"
TARO_PASS = "quiet river paper lantern autumn"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", OWNER_PASS)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("KASUHARA_USER", "owner")
    monkeypatch.delenv("KASUHARA_NEW_PASSPHRASE", raising=False)


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> str:
    path = str(tmp_path / "v")
    code, _out, err = run(capsys, "--vault", path, "init", "--shop-name", "さくらマート")
    assert code == 0, err
    for login, secret in (("mika", MIKA_PASS), ("taro", TARO_PASS)):
        monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", secret)
        code, _out, err = run(
            capsys,
            "--vault",
            path,
            "user",
            "add",
            login,
            "--role",
            "staff",
            "--display-name",
            login.title(),
        )
        assert code == 0, err
    monkeypatch.delenv("KASUHARA_NEW_PASSPHRASE")
    code, _o, err = run(
        capsys, "--vault", path, "consultation", "contact-add", "--kind", "internal",
        "--login", "mika",
    )  # fmt: skip
    assert code == 0, err
    return path


def as_user(monkeypatch: pytest.MonkeyPatch, login: str, secret: str) -> None:
    monkeypatch.setenv("KASUHARA_USER", login)
    monkeypatch.setenv("KASUHARA_PASSPHRASE", secret)


def test_add_and_list_visible_only_to_owner_and_contact_person(
    folder: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_user(monkeypatch, "mika", MIKA_PASS)
    code, out, err = run(
        capsys, "--vault", folder, "consultation", "add", "--when", "2026-11-20T18:30+09:00",
        "--summary", "暴言がつらい", "--by", "T.K.", "--action", "シフト調整",
        "--follow-up", "面談", "--follow-up-on", "2026-11-27",
    )  # fmt: skip
    assert code == 0, err
    assert "contact person mika" in out
    code, out, _ = run(capsys, "--vault", folder, "consultation", "list", "--json")
    mine = json.loads(out)
    assert [r["summary"] for r in mine] == ["暴言がつらい"] and mine[0]["contact"] == "mika"
    assert mine[0]["follow_up_on"] == "2026-11-27" and mine[0]["action"] == "シフト調整"

    as_user(monkeypatch, "owner", OWNER_PASS)
    code, out, _ = run(capsys, "--vault", folder, "consultation", "list", "--json")
    assert [r["consulted_by"] for r in json.loads(out)] == ["T.K."]

    as_user(monkeypatch, "taro", TARO_PASS)
    code, out, err = run(capsys, "--vault", folder, "consultation", "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, err = run(
        capsys, "--vault", folder, "consultation", "add", "--contact", "mika",
        "--when", "2026-11-20T18:30+09:00", "--summary", "x",
    )  # fmt: skip
    assert code == 2 and len(err.strip().splitlines()) == 1 and "contact person" in err
    assert "Traceback" not in err


def test_add_from_a_file_and_bad_input_is_one_line(
    folder: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    record = tmp_path / "c.json"
    record.write_text(
        json.dumps(
            {"when": "2026-11-21T10:00+09:00", "summary": "電話の相談", "channel": "phone",
             "contact": "mika", "follow_up_on": "2026-11-28"}
        ),
        encoding="utf-8",
    )  # fmt: skip
    code, out, err = run(
        capsys, "--vault", folder, "consultation", "add", "--file", str(record), "--json"
    )
    assert code == 0, err
    assert json.loads(out)["channel"] == "phone" and json.loads(out)["recorded_by"] == "owner"
    code, _out, err = run(
        capsys, "--vault", folder, "consultation", "add", "--when", "yesterday", "--summary", "x"
    )
    assert code == 2 and "--when" in err and len(err.strip().splitlines()) == 1


def test_contacts_show_the_standard_ones_with_check_marks(
    folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--vault", folder, "consultation", "contacts", "--json")
    contacts = json.loads(out)
    assert contacts[0]["login"] == "mika"
    assert any(c["phone"] == "#9110" for c in contacts)
    assert any(c["kind"] == "labour_bureau" and c["phone_unchecked"] for c in contacts)
    code, out, _ = run(capsys, "--vault", folder, "consultation", "contacts", "--lang", "en")
    assert code == 0 and "number to be checked" in out


def test_cooperation_add_list_print(
    folder: str, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    code, out, err = run(
        capsys, "--vault", folder, "cooperation", "add", "--employer", "株式会社サンプル物流",
        "--date", "2026-12-01", "--what", "配送担当の方が大声で暴言を述べました。",
        "--staff", "佐藤", "--json",
    )  # fmt: skip
    assert code == 0, err
    rid = json.loads(out)["id"]
    code, out, _ = run(capsys, "--vault", folder, "cooperation", "list")
    assert "株式会社サンプル物流" in out and "outgoing" in out
    pdf = tmp_path / "letter.pdf"
    code, out, err = run(
        capsys, "--vault", folder, "cooperation", "print", "-o", str(pdf), str(rid), "--lang", "en"
    )
    assert code == 0, err
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Request for cooperation" in text and "佐藤" not in text
    code, _o, err = run(capsys, "--vault", folder, "cooperation", "print", "-o", str(pdf), "1")
    assert code == 2 and "already exists" in err

    as_user(monkeypatch, "taro", TARO_PASS)
    code, _o, err = run(capsys, "--vault", folder, "cooperation", "list")
    assert code == 2 and "manager" in err and len(err.strip().splitlines()) == 1
