"""``kasuhara evidence list`` shows each time with its source; ``evidence overlay-time``
records the time a CCTV picture shows (issue 15.1)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from capture_samples import exif_jpeg, mp4
from helpers import run_cli as run

EXAMPLE = Path(__file__).parents[2] / "resources" / "docs" / "incident-example.json"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "evidence tsubame kaminari")
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


def test_times_listed_and_overlay_time_entered(tmp_path: Path, capsys) -> None:
    vault = str(tmp_path / "v")
    assert run(capsys, "--vault", vault, "init", "--shop-name", "店")[0] == 0
    assert run(capsys, "--vault", vault, "incident", "add", "--json", str(EXAMPLE))[0] == 0
    photo = exif_jpeg(tmp_path / "p.jpg", "2026:05:01 14:03:22", "+09:00")
    clip = mp4(tmp_path / "c.mp4", datetime(2026, 4, 30, 13, 15, 7, tzinfo=UTC))
    code, out, err = run(capsys, "--vault", vault, "evidence", "add", "K-2026-0001", str(photo))
    assert code == 0, err
    code, out, err = run(capsys, "--vault", vault, "evidence", "add", "K-2026-0001", str(clip),
                         "--source", "cctv", "--clock-offset", "-95", "--json")  # fmt: skip
    assert code == 0, err
    clip_id = json.loads(out)[0]["id"]
    code, out, _ = run(capsys, "--vault", vault, "evidence", "list", "K-2026-0001")
    assert "content time 2026-05-01T14:03:22+09:00 (exif)" in out
    assert "content time 2026-04-30T13:15:07+00:00 (container)" in out
    assert "corrected 2026-04-30T13:16:42+00:00" in out and "file modified 20" in out

    code, out, err = run(capsys, "--vault", vault, "evidence", "overlay-time", clip_id,
                         "2026-04-30 22:14:30")  # fmt: skip
    assert code == 0, err
    assert "overlay time 2026-04-30T22:14:30+09:00" in out
    assert "corrected 2026-04-30T22:16:05+09:00" in out
    code, out, _ = run(capsys, "--vault", vault, "evidence", "list", "K-2026-0001", "--json")
    listed = {e["id"]: e for e in json.loads(out)}
    assert listed[clip_id]["overlay_time"] == "2026-04-30T22:14:30+09:00"
    assert listed[clip_id]["content_time_source"] == "container"
    code, _, err = run(capsys, "--vault", vault, "evidence", "overlay-time", clip_id, "yesterday")
    assert code == 2 and "is not a time" in err and "Traceback" not in err
    code, _, err = run(capsys, "--vault", vault, "evidence", "overlay-time", clip_id)
    assert code == 2 and "--clear" in err
    code, out, _ = run(capsys, "--vault", vault, "evidence", "overlay-time", clip_id, "--clear")
    assert code == 0 and "overlay time" not in out
    assert run(capsys, "--vault", vault, "verify")[0] == 0
