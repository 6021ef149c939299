"""``kasuhara incident show`` prints the exact words in 「…」 once, even when staff typed the
marks themselves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run

EXAMPLE = Path(__file__).parents[2] / "resources" / "docs" / "incident-example.json"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "long enough パスフレーズ 2026")
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.mark.parametrize("typed", ["「帰れ」", "帰れ", "“帰れ”"])
def test_the_words_are_quoted_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    folder = str(tmp_path / "v")
    assert run(capsys, "--vault", folder, "init", "--shop-name", "さくらマート")[0] == 0
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["quotes"][0]["words"] = typed
    source = tmp_path / "incident.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, ref, err = run(capsys, "--vault", folder, "incident", "add", "--json", str(source))
    assert code == 0, err
    code, out, err = run(capsys, "--vault", folder, "incident", "show", ref.strip())
    assert code == 0, err
    assert ": 「帰れ」" in out
    assert "「「" not in out and "「“" not in out
