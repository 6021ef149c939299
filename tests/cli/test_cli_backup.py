"""``kasuhara backup`` and ``kasuhara restore``: an encrypted copy that restores whole."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers import folder_hashes
from helpers import run_cli as run

SECRET = "バックアップ 'pw'"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def vault_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "v")
    assert run(capsys, "--vault", folder, "init", "--shop-name", "店")[0] == 0
    assert run(capsys, "--vault", folder, "demo")[0] == 0
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + os.urandom(5000))
    assert run(capsys, "--vault", folder, "evidence", "add", "K-2026-0001", str(photo))[0] == 0
    return folder


def test_backup_then_restore_gives_the_same_records(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "usb" / "backup-1"
    code, out, _ = run(capsys, "--vault", vault_path, "backup", str(backup), "--json")
    assert code == 0 and json.loads(out)["files"] == 3
    assert not (backup / "vault.db").read_bytes().startswith(b"SQLite format 3")
    assert not list(backup.parent.glob("*.partial"))
    restored = tmp_path / "restored"
    code, out, _ = run(capsys, "restore", str(backup), "--to", str(restored), "--json")
    assert code == 0 and json.loads(out)["verify"]["ok"] is True
    _, original, _ = run(capsys, "--vault", vault_path, "incident", "list", "--json")
    _, copy, _ = run(capsys, "--vault", str(restored), "incident", "list", "--json")
    assert json.loads(copy) == json.loads(original)
    _, items, _ = run(capsys, "--vault", str(restored), "evidence", "list", "K-2026-0001", "--json")
    [item] = json.loads(items)
    out_file = tmp_path / "out.jpg"
    assert (
        run(capsys, "--vault", str(restored), "evidence", "export", item["id"], str(out_file))[0]
        == 0
    )
    assert out_file.read_bytes() == (tmp_path / "p.jpg").read_bytes()


def test_bad_targets_and_secrets_change_nothing(
    vault_path: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("x")
    code, _, err = run(capsys, "--vault", vault_path, "backup", str(busy))
    assert code == 2 and "not empty" in err
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]
    backup = tmp_path / "b"
    assert run(capsys, "--vault", vault_path, "backup", str(backup))[0] == 0
    before = folder_hashes(backup)
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "wrong")
    code, _, err = run(capsys, "restore", str(backup), "--to", str(tmp_path / "r"))
    assert code == 2 and "Wrong passphrase" in err
    assert not (tmp_path / "r").exists() and folder_hashes(backup) == before
    code, _, err = run(capsys, "restore", str(tmp_path), "--to", str(tmp_path / "r"))
    assert code == 2 and "not a Kasuhara vault" in err
