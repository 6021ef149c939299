"""``kasuhara bundle -o FILE.7z --password-file F``: an encrypted 7z, checked by ``bundle
verify``; the format follows the output's name or ``--format``; a 7z without a password is
refused before the vault is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_demo_cli_vault
from helpers import run_cli as run

SECRET = "pa\"ss'ワード"
BUNDLE_PASSWORD = "a long bundle password"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    return make_demo_cli_vault(capsys, tmp_path, "顧客の名前入り.txt")


def test_7z_bundle_and_verify(vault: str, tmp_path: Path, capsys) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_text(BUNDLE_PASSWORD + "\n", encoding="utf-8")
    dest = tmp_path / "b.7z"
    code, out, err = run(capsys, "--vault", vault, "bundle", "K-2026-0001", "-o", str(dest),
                         "--password-file", str(pw))  # fmt: skip
    assert code == 0, err
    raw = dest.read_bytes()
    assert raw.startswith(b"7z\xbc\xaf\x27\x1c")
    assert "顧客の名前入り".encode("utf-16-le") not in raw
    code, out, _ = run(capsys, "bundle", "verify", str(dest), "--password-file", str(pw))
    assert code == 0 and out.strip().startswith("ok")
    code, _, err = run(capsys, "bundle", "verify", str(dest))
    assert code == 2 and "encrypted" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the right password", encoding="utf-8")
    code, _, err = run(capsys, "bundle", "verify", str(dest), "--password-file", str(wrong))
    assert code == 2 and "wrong password" in err and "Traceback" not in err


def test_format_choice(vault: str, tmp_path: Path, capsys) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_text(BUNDLE_PASSWORD, encoding="utf-8")
    code, _, err = run(capsys, "--vault", vault, "bundle", "K-2026-0001",
                       "-o", str(tmp_path / "plain.7z"))  # fmt: skip
    assert code == 2 and "always encrypted" in err
    assert not (tmp_path / "plain.7z").exists()
    named = tmp_path / "bundle"  # no extension, a password: 7z
    code, _, err = run(capsys, "--vault", vault, "bundle", "K-2026-0001", "-o", str(named),
                       "--password-file", str(pw))  # fmt: skip
    assert code == 0, err
    assert named.read_bytes().startswith(b"7z\xbc\xaf")
    old = tmp_path / "old.zip"
    code, _, err = run(capsys, "--vault", vault, "bundle", "K-2026-0001", "-o", str(old),
                       "--password-file", str(pw), "--format", "zip")  # fmt: skip
    assert code == 0, err
    assert old.read_bytes().startswith(b"PK")
    code, _, err = run(capsys, "--vault", vault, "bundle", "K-2026-0001",
                       "-o", str(tmp_path / "x.zip"), "--password-file", str(pw),
                       "--format", "7z")  # fmt: skip
    assert code == 2 and "named .7z" in err
