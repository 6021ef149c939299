"""The CLI refuses a weak new passphrase, with the estimate the GUI's meter uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_cli as run

from kasuhara_desktop.services.passphrase_strength import Weakness, estimate
from kasuhara_desktop.ui.widgets.strength_meter import is_acceptable

STRONG = "sakura tsubame 2026 kaminari"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.mark.parametrize(
    ("weak", "weakness"),
    [
        ("password123", Weakness.COMMON),
        ("Passw0rd!", Weakness.COMMON),
        ("zxcvbnm,./", Weakness.PATTERN),
        ("aaaaaaaaaaaa", Weakness.PATTERN),
        ("short", Weakness.TOO_SHORT),
        ("さくらマート2026", Weakness.PERSONAL),
    ],
)
def test_common_and_patterned_passphrases_are_weak(weak: str, weakness: Weakness) -> None:
    strength = estimate(weak, ["さくらマート"])
    assert strength.weakness is weakness and not strength.acceptable
    assert not is_acceptable(weak, ["さくらマート"])  # the GUI meter says the same


def test_init_refuses_a_weak_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v"
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "password123")
    code, _, err = run(capsys, "--vault", str(folder), "init", "--shop-name", "店")
    assert code == 2
    assert "common password" in err and "Traceback" not in err
    assert not folder.exists()  # nothing written
    monkeypatch.setenv("KASUHARA_PASSPHRASE", STRONG)
    assert run(capsys, "--vault", str(folder), "init", "--shop-name", "店")[0] == 0


def test_passphrase_change_refuses_a_weak_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path / "v")
    monkeypatch.setenv("KASUHARA_PASSPHRASE", STRONG)
    assert run(capsys, "--vault", folder, "init", "--shop-name", "店")[0] == 0
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", "password123")
    code, _, err = run(capsys, "--vault", folder, "passphrase", "change")
    assert code == 2 and "common password" in err
    assert run(capsys, "--vault", folder, "incident", "list")[0] == 0  # the old one still opens


def test_a_long_passphrase_is_estimated_not_refused_by_zxcvbns_limit() -> None:
    long_one = "sakura tsubame kaminari hotaru " * 5  # 150 characters; zxcvbn stops at 72
    assert estimate(long_one).acceptable
    assert not estimate("a" * 150).acceptable
