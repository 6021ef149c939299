"""CLI: `notice certified-text` saves the paper 内容証明 text; a second notice for the same
person over the same days is refused in one line (exit 2) unless it replaces the first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import make_example_cli_vault
from helpers import run_cli as run

SECRET = "pa\"ss'ワード 🙂"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


def write_json(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def issue(capsys: pytest.CaptureFixture[str], vault: str, tmp_path: Path, data: object,
          lang: str = "ja+en") -> tuple[int, str, str]:  # fmt: skip
    return run(capsys, "--vault", vault, "notice", "issue", "K-2026-0001", "--json",
               write_json(tmp_path, "n.json", data), "-o", str(tmp_path / "n.pdf"), "--force",
               "--lang", lang)  # fmt: skip


def test_certified_text_and_overlap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = make_example_cli_vault(capsys, tmp_path)
    person = {"addressee": {"name": "山田 太郎"}}
    assert issue(capsys, vault, tmp_path, person)[0] == 0
    out = tmp_path / "naiyo.txt"
    code, _, err = run(capsys, "--vault", vault, "notice", "certified-text", "N-2026-0001",
                       "-o", str(out))  # fmt: skip
    assert code == 0, err
    text = out.read_bytes().decode("utf-8")
    rows = [r for page in text.split("\f") for r in page.split("\r\n")]
    assert all(len(r) <= 20 for r in rows) and "出入禁止通知書" in text
    code, _, err = issue(capsys, vault, tmp_path, person)
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("kasuhara: replaces: notice N-2026-0001 already bans")
    assert "Traceback" not in err
    code, _, err = issue(capsys, vault, tmp_path, {**person, "replaces": "N-2026-0001"}, "en")
    assert code == 0, err
    code, _, err = run(capsys, "--vault", vault, "notice", "certified-text", "N-2026-0002",
                       "-o", str(tmp_path / "en.txt"))  # fmt: skip
    assert code == 2 and err.startswith("kasuhara: languages: 内容証明") and err.count("\n") == 1
