"""A broken install (the shipped data folder gone) is one clear line and exit 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_cli

from kasuhara_desktop.infra.resources import ENV_VAR


def test_missing_demo_data_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "a long enough passphrase for the test 7")
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")
    folder = str(tmp_path / "v")
    assert run_cli(capsys, "--vault", folder, "init", "--shop-name", "テスト商店")[0] == 0
    empty = tmp_path / "no-resources"
    empty.mkdir()
    monkeypatch.setenv(ENV_VAR, str(empty))
    code, out, err = run_cli(capsys, "--vault", folder, "demo")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "demo/incidents.json is missing" in err and err.startswith("kasuhara: ")
