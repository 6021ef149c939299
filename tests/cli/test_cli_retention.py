"""``kasuhara retention review|erase|hold|release|settings`` over a real vault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run
from retention_support import TODAY, old_closed

from kasuhara_desktop.vault.vault import Vault

PASS = "mise tsubame kaminari"
DAY = ("--today", TODAY.isoformat())


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", PASS)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str, str]:
    """A vault with an old closed incident with a photo, and one an indefinite ban rests on."""
    path = str(tmp_path / "v")
    assert run(capsys, "--vault", path, "init", "--shop-name", "さくらマート")[0] == 0
    with Vault.open(Path(path), passphrase=PASS) as v:
        old, _ = old_closed(v, tmp_path)
        banned, _ = old_closed(v, notice_until=None)
    return path, old, banned


def review(capsys: pytest.CaptureFixture[str], path: str) -> dict[str, list[dict[str, object]]]:
    code, out, err = run(capsys, "--vault", path, "retention", "review", "--json", *DAY)
    assert code == 0, err
    data: dict[str, list[dict[str, object]]] = json.loads(out)
    return data


def test_review_lists_what_is_due_and_what_is_kept_with_reasons(
    folder: tuple[str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, old, banned = folder
    data = review(capsys, path)
    assert [(d["reference"], d["due_since"]) for d in data["due"]] == [(old, "2025-04-10")]
    (kept,) = data["held"]
    assert kept["reference"] == banned and "in force" in str(kept["held"])
    code, out, _ = run(capsys, "--vault", path, "retention", "review", *DAY)
    assert code == 0 and "1 due, 1 kept" in out and "kept: notice N-2020-0001" in out


def test_erase_without_yes_says_what_would_go_and_exits_2(
    folder: tuple[str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, old, _ = folder
    code, out, err = run(
        capsys, "--vault", path, "retention", "erase", old, "--reason", "期間満了", *DAY
    )
    assert code == 2 and old in out
    assert err.count("\n") == 1 and "add --yes" in err
    assert [d["reference"] for d in review(capsys, path)["due"]] == [old]  # nothing erased


def test_erase_with_yes_erases_and_verify_passes(
    folder: tuple[str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, old, banned = folder
    argv = ("--vault", path, "retention", "erase", old, "--reason", "期間満了", "--yes", *DAY)
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert f"Erased {old} (closed_incident) with 1 evidence file(s)" in out
    assert run(capsys, "--vault", path, "verify")[0] == 0
    code, _, err = run(capsys, "--vault", path, "retention", "erase", banned, "--reason", "x",
                       "--yes", *DAY)  # fmt: skip
    assert code == 2 and err.count("\n") == 1 and "in force" in err


def test_hold_release_and_settings(
    folder: tuple[str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, old, _ = folder
    assert run(capsys, "--vault", path, "retention", "hold", old, "--reason", "訴訟")[0] == 0
    assert review(capsys, path)["due"] == []
    assert run(capsys, "--vault", path, "retention", "release", old)[0] == 0
    assert len(review(capsys, path)["due"]) == 1
    code, out, _ = run(capsys, "--vault", path, "retention", "settings", "--set",
                       "closed_incident=120", "--json")  # fmt: skip
    rows = {r["kind"]: r for r in json.loads(out)}
    assert code == 0 and rows["closed_incident"]["months"] == 120
    assert review(capsys, path)["due"] == []
    code, _, err = run(capsys, "--vault", path, "retention", "settings", "--set", "notice=abc")
    assert code == 2 and err.count("\n") == 1
    assert (
        run(capsys, "--vault", path, "retention", "settings", "--reset", "closed_incident")[0] == 0
    )
    assert len(review(capsys, path)["due"]) == 1


def test_a_manager_is_refused_with_one_line_and_nothing_changes(
    folder: tuple[str, str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, old, _ = folder
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", "quiet river paper lantern autumn")
    code, _, err = run(capsys, "--vault", path, "user", "add", "suzuki", "--role", "manager",
                     "--display-name", "Suzuki")  # fmt: skip
    assert code == 0, err
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "quiet river paper lantern autumn")
    for argv in (
        ("review",),
        ("erase", old, "--reason", "x", "--yes"),
        ("hold", old, "--reason", "x"),
    ):
        code, _, err = run(capsys, "--vault", path, "--user", "suzuki", "retention", *argv)
        assert code == 2 and err.count("\n") == 1 and "Only the owner" in err
    monkeypatch.setenv("KASUHARA_PASSPHRASE", PASS)
    monkeypatch.setenv("KASUHARA_USER", "owner")
    assert [d["reference"] for d in review(capsys, path)["due"]] == [old]
