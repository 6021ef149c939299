"""A backup says what it did: it never deletes a folder it did not make, records only a copy
that exists, checks the evidence files it copied, syncs them, and waits for a busy vault.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE, folder_hashes, run_cli
from reliability_support import FilledVault

from kasuhara_desktop.vault import backup as backup_module
from kasuhara_desktop.vault import fsutil
from kasuhara_desktop.vault.lockfile import VaultLock
from kasuhara_desktop.vault.vault import Vault


def _backup_rows(folder: Path) -> int:
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        [(count,)] = vault.conn.execute("SELECT count(*) FROM audit WHERE action = 'backup'")
    return int(count)


def test_a_folder_named_like_the_work_folder_is_never_deleted(
    filled: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "usb" / "backup"
    mine = dest.with_name("backup.partial")
    mine.mkdir(parents=True)
    (mine / "my notes.txt").write_text("keep me", encoding="utf-8")
    code, _, err = run_cli(capsys, "--vault", str(filled.folder), "backup", str(dest))
    assert code == 2 and "backup.partial" in err and "Traceback" not in err
    assert (mine / "my notes.txt").read_text(encoding="utf-8") == "keep me"
    assert not dest.exists()
    assert _backup_rows(filled.folder) == 0  # a refused backup is not recorded


def test_an_interrupted_backups_own_leftover_is_replaced(
    filled: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "backup"
    leftover = dest.with_name("backup.partial")
    (leftover / "evidence").mkdir(parents=True)
    (leftover / backup_module.IN_PROGRESS).write_bytes(b"")
    (leftover / "vault.db").write_bytes(b"half a copy")
    assert run_cli(capsys, "--vault", str(filled.folder), "backup", str(dest))[0] == 0
    assert not leftover.exists() and not (dest / backup_module.IN_PROGRESS).exists()
    with Vault.open(dest, passphrase=PASSPHRASE):
        pass


def test_a_failed_backup_writes_no_audit_row_and_a_good_one_does(
    filled: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evidence = filled.evidence_file(1)
    original = evidence.read_bytes()
    evidence.unlink()
    os.mkfifo(evidence)  # an unreadable evidence file: the copy fails (and must not hang)
    dest = tmp_path / "backup"
    code, _, err = run_cli(capsys, "--vault", str(filled.folder), "backup", str(dest))
    assert code == 2 and "not a regular file" in err
    assert not dest.exists() and not dest.with_name("backup.partial").exists()
    assert _backup_rows(filled.folder) == 0

    evidence.unlink()
    evidence.write_bytes(original)
    assert run_cli(capsys, "--vault", str(filled.folder), "backup", str(dest))[0] == 0
    assert _backup_rows(filled.folder) == 1


def test_evidence_that_does_not_read_back_as_written_fails_the_backup(
    filled: FilledVault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = backup_module._copy_synced

    def failing_drive(source: Path, target: Path) -> str:
        digest = real(source, target)
        data = bytearray(target.read_bytes())
        data[len(data) // 2] ^= 0x01  # one bit lost on the way to the drive
        target.write_bytes(bytes(data))
        return digest

    monkeypatch.setattr(backup_module, "_copy_synced", failing_drive)
    before = folder_hashes(filled.folder)
    dest = tmp_path / "backup"
    code, _, err = run_cli(capsys, "--vault", str(filled.folder), "backup", str(dest))
    assert code == 2 and "did not read back" in err and "Nothing was kept" in err
    assert not dest.exists() and not dest.with_name("backup.partial").exists()
    assert _backup_rows(filled.folder) == 0
    assert folder_hashes(filled.folder).keys() >= before.keys() - {".lock"}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names an fd through /proc")
def test_every_copied_file_is_synced_before_the_copy_is_named(
    filled: FilledVault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    synced: set[str] = set()
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        real_fsync(fd)
        synced.add(os.path.realpath(f"/proc/self/fd/{fd}"))

    monkeypatch.setattr(os, "fsync", recording_fsync)
    monkeypatch.setattr(fsutil.os, "fsync", recording_fsync)
    dest = tmp_path / "backup"
    assert run_cli(capsys, "--vault", str(filled.folder), "backup", str(dest))[0] == 0
    partial = os.path.realpath(dest.with_name("backup.partial"))
    expected = {"vault.json", "vault.db"} | {f"evidence/{i}.khev" for i in filled.evidence_ids}
    assert expected <= {os.path.relpath(p, partial) for p in synced}


def test_a_second_command_waits_for_the_first_to_close_the_vault(
    filled: FilledVault, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = VaultLock(filled.folder)
    lock.acquire()
    releaser = threading.Timer(1.0, lock.release)
    releaser.start()
    started = time.monotonic()
    try:
        code, _, err = run_cli(capsys, "--vault", str(filled.folder), "incident", "list")
    finally:
        releaser.join()
    assert code == 0, err
    assert time.monotonic() - started >= 0.9


def test_a_vault_kept_open_is_refused_after_the_wait(
    filled: FilledVault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kasuhara_desktop.cli import common

    monkeypatch.setattr(common, "LOCK_WAIT_SECONDS", 0.3)
    with VaultLock(filled.folder):
        started = time.monotonic()
        code, _, err = run_cli(capsys, "--vault", str(filled.folder), "incident", "list")
    assert code == 2 and "already open" in err and "after waiting 0.3 seconds" in err
    assert time.monotonic() - started >= 0.3


def test_restore_never_deletes_a_folder_named_like_its_work_folder(
    filled: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "b"
    assert run_cli(capsys, "--vault", str(filled.folder), "backup", str(backup))[0] == 0
    dest = tmp_path / "restored"
    mine = dest.with_name("restored.partial")
    mine.mkdir()
    (mine / "keep.txt").write_text("x", encoding="utf-8")
    code, _, err = run_cli(capsys, "restore", str(backup), "--to", str(dest))
    assert code == 2 and "restored.partial" in err
    assert [p.name for p in mine.iterdir()] == ["keep.txt"] and not dest.exists()
