"""`kasuhara notice ...` and `kasuhara ban check` on real vaults: outputs, exit codes, and bad
input that leaves the vault byte for byte as it was."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from helpers import INCIDENT_EXAMPLE, folder_hashes, make_example_cli_vault
from helpers import run_cli as run
from pypdf import PdfReader

from kasuhara_desktop.domain.enums import TradeType
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault.vault import Vault

EXAMPLE = INCIDENT_EXAMPLE
SECRET = "pa\"ss'ワード 🙂"
HOSTILE = '<b>&</b> "q" 🙂 עברית'


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def vault_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    return make_example_cli_vault(capsys, tmp_path)


def write_json(tmp_path: Path, name: str, data: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def test_issue_from_empty_json(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "notice.pdf"
    empty = write_json(tmp_path, "empty.json", {})
    code, out, err = run(
        capsys, "--vault", vault_path, "notice", "issue", "K-2026-0001", "--json", empty, "-o",
        str(pdf),
    )  # fmt: skip
    assert (code, err) == (0, "")
    number, digest, path = out.split()
    assert number == "N-2026-0001" and path == str(pdf)
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == digest
    text = text_of(pdf)
    assert "出入禁止通知書" in text and "No-Entry Notice" in text and "黒いジャンパー" in text
    code, out, _ = run(capsys, "--vault", vault_path, "notice", "show", "N-2026-0001", "--json")
    shown = json.loads(out)
    assert shown["pdf_sha256"] == digest and shown["status"] == "active"
    assert shown["addressee"]["description"] == "40代男性、黒いジャンパー"
    again = tmp_path / "again.pdf"
    code, out, _ = run(capsys, "--vault", vault_path, "notice", "pdf", "n-2026-0001", "-o",
                       str(again))  # fmt: skip
    assert code == 0 and again.read_bytes() == pdf.read_bytes()


@pytest.mark.parametrize(
    ("lang", "title", "absent"),
    [("ja", "出入禁止通知書", "No-Entry"), ("en", "No-Entry Notice", "出入禁止通知書"),
     ("nb", "Varsel om adgangsforbud", "No-Entry"), ("ja+en", "No-Entry Notice", "Varsel")],
)  # fmt: skip
def test_language_versions(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, title: str,
    absent: str,
) -> None:  # fmt: skip
    pdf = tmp_path / f"{lang}.pdf"
    data = write_json(tmp_path, "n.json", {"addressee": {"name": HOSTILE}})
    code, _, err = run(capsys, "--vault", vault_path, "notice", "issue", "K-2026-0001", "--json",
                       data, "-o", str(pdf), "--lang", lang)  # fmt: skip
    assert code == 0, err
    reader = PdfReader(pdf)
    assert len(reader.pages) == len(lang.split("+"))  # two side by side at 10.5 pt: 2
    text = text_of(pdf)
    assert title in text and absent not in text and HOSTILE in text


def test_list_serve_revoke_and_ban_check(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = {"name": "山田 太郎", "phone": "090-1234-5678"}
    later = {"addressee": person, "valid_from": "2099-01-01"}  # two bans never overlap
    for k, notice in enumerate(({"addressee": person}, later)):
        data = write_json(tmp_path, f"n{k}.json", notice)
        code, _, err = run(capsys, "--vault", vault_path, "notice", "issue", "K-2026-0001",
                           "--json", data, "-o", str(tmp_path / "x.pdf"), "--force")  # fmt: skip
        assert code == 0, err
    serve = write_json(tmp_path, "serve.json", {
        "method": "certified_mail", "served_at": "2099-01-01T10:00:00+09:00",
        "served_by": "店長", "tracking_number": "1234-5678-9012",
    })  # fmt: skip
    code, out, _ = run(capsys, "--vault", vault_path, "notice", "serve", "N-2026-0001", "--json",
                       serve)  # fmt: skip
    assert code == 0 and "certified_mail" in out
    code, _, _ = run(capsys, "--vault", vault_path, "notice", "revoke", "N-2026-0002", "--reason",
                     "和解")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "--vault", vault_path, "notice", "list", "--active", "--json")
    rows = json.loads(out)
    assert [r["number"] for r in rows] == ["N-2026-0001"]
    assert rows[0]["service"][0]["tracking_number"] == "1234-5678-9012"
    code, out, _ = run(capsys, "--vault", vault_path, "notice", "list")
    assert "N-2026-0002  revoked" in out and "N-2026-0001  active" in out
    for query in ("山田太郎", "09012345678"):
        code, out, _ = run(capsys, "--vault", vault_path, "ban", "check", query, "--json")
        result = json.loads(out)
        assert code == 0 and result["banned"] is True
        assert [m["status"] for m in result["matches"]] == ["active", "revoked"]
    code, out, _ = run(capsys, "--vault", vault_path, "ban", "check", "佐藤", "--json")
    assert (code, json.loads(out)) == (0, {"query": "佐藤", "banned": False, "matches": []})
    code, out, _ = run(capsys, "--vault", vault_path, "ban", "check", "山田")
    assert code == 0 and out.startswith("BANNED: N-2026-0001")
    code, out, _ = run(capsys, "--vault", vault_path, "notice", "breach", "N-2026-0001",
                       "--note", "来店した")  # fmt: skip
    assert (code, out.strip()) == (0, "K-2026-0002")


def test_duty_to_serve_warning(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.open(Path(vault_path), passphrase=SECRET) as v:
        service = IncidentService(v)
        profile = service.shop_profile()
        profile.trade_type = TradeType.PUBLIC_BATH
        service.save_shop_profile(profile)
    empty = write_json(tmp_path, "e.json", {})
    code, _, err = run(capsys, "--vault", vault_path, "notice", "issue", "K-2026-0001", "--json",
                       empty, "-o", str(tmp_path / "n.pdf"))  # fmt: skip
    assert code == 0 and "bound by statute" in err


BAD = [
    ({"valid_until": "2020-01-01"}, "valid_until"),
    ({"addressee": {"name": "", "description": ""}}, "addressee"),
    ({"addressee": {"name": "a\u0000b"}}, "addressee.name"),
    ({"premises": [HOSTILE, 3]}, "premises[1]"),
    ({"languages": "fr"}, "languages"),
    ({"surprise": 1}, "surprise"),
]


@pytest.mark.parametrize(("data", "field"), BAD)
def test_bad_notice_json_changes_nothing(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: Any, field: str
) -> None:
    pdf = tmp_path / "n.pdf"
    bad = write_json(tmp_path, "bad.json", data)
    before = folder_hashes(Path(vault_path))
    code, out, err = run(capsys, "--vault", vault_path, "notice", "issue", "K-2026-0001",
                         "--json", bad, "-o", str(pdf))  # fmt: skip
    assert (code, out) == (2, "")
    assert err.startswith(f"kasuhara: {field}") and err.count("\n") == 1, err
    assert not pdf.exists()
    assert folder_hashes(Path(vault_path)) == before


def test_no_verdict_needs_an_override_reason(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incident: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    incident["assessment"] = {}
    run(capsys, "--vault", vault_path, "incident", "add", "--json",
        write_json(tmp_path, "inc.json", incident))  # fmt: skip
    before = folder_hashes(Path(vault_path))
    pdf = tmp_path / "n.pdf"
    code, _, err = run(capsys, "--vault", vault_path, "notice", "issue", "K-2026-0002", "--json",
                       write_json(tmp_path, "e.json", {}), "-o", str(pdf))  # fmt: skip
    assert code == 2 and err.startswith("kasuhara: override_reason:") and err.count("\n") == 1
    assert folder_hashes(Path(vault_path)) == before and not pdf.exists()
    data = write_json(tmp_path, "o.json", {"override_reason": "弁護士の助言による"})
    code, out, _ = run(capsys, "--vault", vault_path, "notice", "issue", "K-2026-0002", "--json",
                       data, "-o", str(pdf), "--print-json")  # fmt: skip
    assert code == 0 and json.loads(out)["override_reason"] == "弁護士の助言による"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["notice", "show", "N-2030-0009"], "no notice"),
        (["notice", "issue", "K-2026-0001", "--json", "-", "-o", "/nonexistent/dir/n.pdf"],
         "does not exist"),
        (["notice", "issue", "K-2026-0001", "--json", "-", "-o", "OUT", "--lang", "de"],
         "--lang"),
        (["notice", "shorten", "N-2026-0001", "--until", "soon", "--reason", "x"], "--until"),
        (["notice", "serve", "N-2026-0001", "--json", "/nonexistent.json"], "no such file"),
    ],
)  # fmt: skip
def test_bad_arguments_exit_2(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, argv: list[str], message: str,
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("{}"))
    argv = [str(tmp_path / "n.pdf") if a == "OUT" else a for a in argv]
    code, out, err = run(capsys, "--vault", vault_path, *argv)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1, err
