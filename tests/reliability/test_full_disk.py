"""A full disk: every command says "the disk is full" and what to free; reading still works.

Today's code failed here twice: on a full tmpfs every command, reading ones too, died with a
traceback at the lock file (ENOSPC), and on a full ext4 every command called the database
"damaged … restore it from a backup", an invitation to a destructive restore.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from disk_mounts import ext4, fill, needs_root, tmpfs
from helpers import PASSPHRASE, run_cli
from reliability_support import FilledVault, fill_vault, reading_commands

from kasuhara_desktop.domain.errors import StorageError
from kasuhara_desktop.vault import fsutil, lockfile
from kasuhara_desktop.vault.vault import Vault


def _check_commands_on_full_disk(capsys: pytest.CaptureFixture[str], filled: FilledVault,
                                 out: Path) -> None:  # fmt: skip
    for argv in reading_commands(filled, out):
        code, stdout, err = run_cli(capsys, *argv)
        assert code == 0, (argv, err)
        assert "Traceback" not in err and "damaged" not in err
        assert "disk is full" in err  # the note says why saving will not work
    assert (out / "export.jpg").stat().st_size == 3004
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "backup" / "vault.db").is_file()
    # A write: refused with what to free and where, never a traceback or "damaged".
    (out / "new.json").write_text(
        '{"occurred_at": "2026-11-04T10:00:00+09:00", "summary": "x", "channel": "phone"}',
        encoding="utf-8",
    )
    v = ["--vault", str(filled.folder)]
    code, _, err = run_cli(capsys, *v, "incident", "add", "--json", str(out / "new.json"))
    assert code == 2
    assert "disk is full" in err and "free at least" in err and "Traceback" not in err
    assert err.count("\n") == 1  # one line: the note is not said again before the error
    assert "damaged" not in err
    # The backup taken from the full disk opens and holds the record.
    code, stdout, err = run_cli(capsys, "--vault", str(out / "backup"), "incident", "list")
    assert code == 0 and filled.reference in stdout, err


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def full_tmpfs(tmp_path: Path, cli_env: None) -> Iterator[FilledVault]:
    sources = tmp_path / "sources"
    sources.mkdir()
    with tmpfs(tmp_path / "mnt") as point:
        filled = fill_vault(point / "vault", sources)
        fill(point)
        yield filled


@pytest.fixture
def full_ext4(tmp_path: Path, cli_env: None) -> Iterator[FilledVault]:
    sources = tmp_path / "sources"
    sources.mkdir()
    with ext4(tmp_path / "disk.img", tmp_path / "mnt") as point:
        filled = fill_vault(point / "vault", sources)
        fill(point)
        yield filled


@needs_root
def test_full_tmpfs_reads_and_names_what_to_free(
    full_tmpfs: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _check_commands_on_full_disk(capsys, full_tmpfs, out)


@needs_root
def test_full_ext4_is_full_not_damaged(
    full_ext4: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _check_commands_on_full_disk(capsys, full_ext4, out)


# ---------------------------------------------------------------- without mounts


def test_lock_holder_line_that_does_not_fit_still_locks(
    filled: FilledVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lockfile.os, "write", no_space)
    lock = lockfile.VaultLock(filled.folder)
    lock.acquire()
    try:
        assert lock.held
        with pytest.raises(Exception, match="already open"):
            lockfile.VaultLock(filled.folder).acquire()
    finally:
        lock.release()


def test_nearly_full_disk_opens_read_only_and_refuses_writes_clearly(
    filled: FilledVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = shutil.disk_usage
    monkeypatch.setattr(fsutil.shutil, "disk_usage", lambda p: real(p)._replace(free=12 * 1024))
    before = {p.name: p.stat().st_mtime_ns for p in filled.folder.iterdir()}
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        assert vault.read_only
        assert vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 1
        full = r"disk is full \(12 KB left\).*free at least"
        with pytest.raises(StorageError, match=full), vault.transaction():
            pass
        with pytest.raises(StorageError, match="disk is full"):
            vault.set_passphrase("someone", "another long passphrase 123")
    # Nothing was written beside the database (no -wal, no -shm, header untouched).
    after = {p.name: p.stat().st_mtime_ns for p in filled.folder.iterdir()}
    assert {k: v for k, v in after.items() if k in before} == before
    assert not set(after) - set(before) - {".lock"}


def test_sqlite_io_error_on_a_full_disk_is_not_called_damage(
    filled: FilledVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kasuhara_desktop.vault import connection

    monkeypatch.setattr(connection, "media_state", lambda folder: "full")
    err = connection.drive_error(
        connection.DatabaseError("disk I/O error"), filled.folder / "vault.db"
    )
    assert isinstance(err, StorageError)
    assert "disk is full" in str(err) and "free at least" in str(err)


def test_storage_error_for_enospc_says_how_much_and_where(tmp_path: Path) -> None:
    message = str(fsutil.storage_error(OSError(errno.ENOSPC, "full"), tmp_path / "x", "write"))
    assert "The disk is full (" in message
    assert f"mounted at {fsutil.mount_point(tmp_path)}" in message
    assert "free at least 64 MB" in message
    assert os.path.ismount(fsutil.mount_point(tmp_path))
