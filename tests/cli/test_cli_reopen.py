"""``kasuhara incident reopen``: a closed incident is read-only until reopened with a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run

EXAMPLE = Path(__file__).parents[2] / "resources" / "docs" / "incident-example.json"
SECRET = "pa\"ss'ワード 🙂"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


def _closed_incident(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    folder = str(tmp_path / "v")
    assert run(capsys, "--vault", folder, "init", "--shop-name", "さくらマート")[0] == 0
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["status"] = "closed"
    closed = tmp_path / "closed.json"
    closed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--vault", folder, "incident", "add", "--json", str(closed))
    assert code == 0, err
    return folder, out.strip()


def test_a_closed_incident_is_refused_until_reopened_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, ref = _closed_incident(tmp_path, capsys)
    code, out, _ = run(capsys, "--vault", folder, "incident", "show", ref, "--json")
    changed = json.loads(out)
    changed["summary"] = "後から書き換え"
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")

    code, _, err = run(capsys, "--vault", folder, "incident", "update", ref, "--json", str(edit))
    assert code == 2 and "closed" in err and err.count("\n") == 1

    code, _, err = run(capsys, "--vault", folder, "incident", "reopen", ref, "--reason", "  ")
    assert code == 2 and "reason" in err

    code, out, err = run(
        capsys, "--vault", folder, "incident", "reopen", ref, "--reason", "新しい映像が届いた"
    )
    assert code == 0, err
    assert out.startswith(f"{ref} responded")

    code, out, _ = run(capsys, "--vault", folder, "incident", "show", ref, "--json")
    changed = json.loads(out)
    changed["summary"] = "後から書き換え"
    edit.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--vault", folder, "incident", "update", ref, "--json", str(edit))
    assert code == 0, err

    code, _, err = run(capsys, "--vault", folder, "incident", "reopen", ref, "--reason", "again")
    assert code == 2 and "not closed" in err
