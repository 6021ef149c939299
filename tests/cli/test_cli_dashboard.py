"""``kasuhara dashboard [--json]`` (the home screen's figures) and ``shop set
--cctv-retention-days``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run

PASS = "mise tsubame kaminari"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", PASS)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "v")
    assert run(capsys, "--vault", path, "init", "--shop-name", "さくらマート")[0] == 0
    assert run(capsys, "--vault", path, "demo")[0] == 0
    return path


def figures(capsys: pytest.CaptureFixture[str], folder: str, *extra: str) -> dict[str, object]:
    code, out, err = run(capsys, "--vault", folder, "dashboard", "--json", *extra)
    assert code == 0, err
    data: dict[str, object] = json.loads(out)
    return data


def test_json_has_every_figure(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = figures(capsys, folder)
    assert isinstance(data["open_incidents"], int) and data["open_incidents"] > 0
    assert {"follow_ups", "bans_expiring", "complaint_deadlines", "cctv", "training",
            "policy", "incidents_per_month", "minutes_per_month"} <= set(data)  # fmt: skip
    per_month = data["incidents_per_month"]
    assert isinstance(per_month, dict) and len(per_month["months"]) == 12
    assert data["cctv_retention_days"] == 14


def test_text_output_names_each_tile(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--vault", folder, "dashboard")
    assert code == 0 and err == ""
    for line in ("Open incidents:", "Follow-ups due:", "Bans ending within 30 days:",
                 "Complaint deadlines running:", "CCTV to export", "Hours per month"):  # fmt: skip
        assert line in out


def test_retention_days_set_from_the_cli_move_the_cctv_deadline(
    folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "--vault", folder, "shop", "set", "--cctv-retention-days", "0")
    assert code == 2 and "cctv_retention_days" in err and "Traceback" not in err
    assert run(capsys, "--vault", folder, "shop", "set", "--cctv-retention-days", "3650")[0] == 0
    data = figures(capsys, folder)
    assert data["cctv_retention_days"] == 3650
    cctv = data["cctv"]
    assert isinstance(cctv, list) and cctv
    assert not any(c["probably_overwritten"] for c in cctv)


def test_a_bad_day_is_bad_input(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "--vault", folder, "dashboard", "--today", "2026-13-01")
    assert exit_.value.code == 2 and capsys.readouterr().err.count("\n") == 1
