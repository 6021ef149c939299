"""A vault on read-only media (a write-protected USB backup) opens read-only.

Reading, verifying, exporting, reports, backups and restoring from it work; every write is
refused with a message that says how to copy it to the PC. Before, nothing opened: the lock
file and SQLite's -shm could not be created, and the messages called the drive or the
database broken.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from disk_mounts import needs_root, remount_read_only, tmpfs
from helpers import PASSPHRASE, run_cli, sample_incident
from reliability_support import FilledVault, fill_vault, listing, reading_commands

from kasuhara_desktop.domain.errors import StorageError
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault import fsutil, lockfile
from kasuhara_desktop.vault.vault import Vault

READ_ONLY = "read-only media"


@pytest.fixture
def on_read_only_media(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FilledVault]:
    """A clean vault, plus ``wal`` (commits in -wal with its -shm) and ``wal_no_shm``."""
    monkeypatch.setenv("KASUHARA_PASSPHRASE", PASSPHRASE)
    sources = tmp_path / "sources"
    sources.mkdir()
    with tmpfs(tmp_path / "usb", size="16M") as point:
        filled = fill_vault(point / "vault", sources)
        # A copy taken while the vault was open: its last commit is only in the -wal.
        vault = Vault.open(filled.folder, passphrase=PASSPHRASE)
        try:
            IncidentService(vault).add(sample_incident("WALにだけある記録"))
            shutil.copytree(filled.folder, point / "wal", ignore=shutil.ignore_patterns(".lock"))
        finally:
            vault.close()
        shutil.copytree(point / "wal", point / "wal_no_shm")
        (point / "wal_no_shm" / "vault.db-shm").unlink()
        remount_read_only(point)
        yield filled


@needs_root
def test_read_only_media_reads_copies_and_refuses_writes(
    on_read_only_media: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled, out = on_read_only_media, tmp_path / "out"
    out.mkdir()
    for argv in reading_commands(filled, out):
        code, _, err = run_cli(capsys, *argv)
        assert code == 0, (argv, err)
        assert READ_ONLY in err and "Traceback" not in err
    assert (out / "export.jpg").stat().st_size == 3004
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run_cli(capsys, "restore", str(filled.folder), "--to", str(out / "pc"))
    assert code == 0, err
    code, stdout, err = run_cli(capsys, "--vault", str(out / "pc"), "incident", "list")
    assert code == 0 and filled.reference in stdout and READ_ONLY not in err
    # Writes: one clear line saying how to get a writable copy.
    (out / "new.json").write_text(
        '{"occurred_at": "2026-11-04T10:00:00+09:00", "summary": "x", "channel": "phone"}',
        encoding="utf-8",
    )
    v = ["--vault", str(filled.folder)]
    code, _, err = run_cli(capsys, *v, "incident", "add", "--json", str(out / "new.json"))
    assert code == 2 and READ_ONLY in err and "kasuhara restore" in err
    assert err.count("\n") == 1
    assert "Traceback" not in err and "damaged" not in err


@needs_root
def test_read_only_media_reads_commits_left_in_the_wal(
    on_read_only_media: FilledVault, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = on_read_only_media.folder.parent
    code, stdout, err = run_cli(capsys, "--vault", str(usb / "wal"), "incident", "list")
    assert code == 0, err
    assert "WALにだけある記録" in stdout
    code, _, err = run_cli(capsys, "--vault", str(usb / "wal"), "verify")
    assert code == 0, err
    # Without its -shm the -wal cannot be read on a drive that takes no writes: said so,
    # (never the older state without the last commit, never "damaged").
    code, stdout, err = run_cli(capsys, "--vault", str(usb / "wal_no_shm"), "incident", "list")
    assert code == 2
    assert "Copy the whole folder" in err and "damaged" not in err and "Traceback" not in err


# ---------------------------------------------------------------- without mounts


def _pretend_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """statvfs says the drive is read-only, and creating a file there fails with EROFS."""
    real_statvfs, real_open = os.statvfs, os.open

    class ReadOnlyStat:
        def __init__(self, st: os.statvfs_result) -> None:
            self._st = st

        def __getattr__(self, name: str) -> object:
            if name == "f_flag":
                return self._st.f_flag | os.ST_RDONLY
            return getattr(self._st, name)

    monkeypatch.setattr(fsutil.os, "statvfs", lambda p: ReadOnlyStat(real_statvfs(p)))

    def no_create(path: object, flags: int, *args: object) -> int:
        if flags & os.O_CREAT and str(path).startswith(str(folder)):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lockfile.os, "open", no_create)


@pytest.mark.skipif(not hasattr(os, "statvfs"), reason="POSIX statvfs")
def test_read_only_drive_opens_read_only_without_writing_a_file(
    filled: FilledVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = listing(filled.folder)
    _pretend_read_only(monkeypatch, filled.folder)
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        assert vault.read_only
        assert IncidentService(vault).get(filled.reference).summary
        with pytest.raises(StorageError, match=r"read-only media.*kasuhara restore"):
            IncidentService(vault).add(sample_incident("書けないはず"))
        source = filled.folder.parent / "new.jpg"
        source.write_bytes(b"\xff\xd8\xff\xe0 new")
        with pytest.raises(StorageError, match=r"read-only media"):
            EvidenceService(vault).add_files(filled.reference, [ImportRequest(source)])
    # immutable=1: no -wal, -shm or lock file was made beside the database.
    assert listing(filled.folder) == before


def test_read_only_can_be_asked_for_on_a_writable_drive(filled: FilledVault) -> None:
    before = listing(filled.folder)
    with Vault.open(filled.folder, passphrase=PASSPHRASE, read_only=True) as vault:
        assert vault.read_only
        with pytest.raises(StorageError, match="read-only"):
            vault.set_passphrase("someone", "another long passphrase 123")
    assert listing(filled.folder) == before


@pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")
def test_main_window_says_read_only_and_offers_no_new_incident(
    filled: FilledVault, qtbot: object
) -> None:
    from kasuhara_desktop.app import build_services
    from kasuhara_desktop.ui.app_settings import AppSettings
    from kasuhara_desktop.ui.main_window import MainWindow
    from kasuhara_desktop.ui.session import Session

    vault = Vault.open(filled.folder, passphrase=PASSPHRASE, read_only=True)
    session = Session(vault, build_services)
    window = MainWindow(session, AppSettings(), unlock_fn=None, users_fn=lambda _f: [])
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        window.show()
        assert "read-only" in window.vault_label.text()
        assert "read-only" in window.statusBar().currentMessage()
        assert vault.read_only_reason == window.vault_label.toolTip()
        assert not window.menu_actions.new_incident.isEnabled()
    finally:
        window.close()
        session.close_vault()


def test_read_only_still_refuses_a_database_newer_than_the_program(filled: FilledVault) -> None:
    from kasuhara_desktop.domain.errors import VaultTooNewError
    from kasuhara_desktop.vault.migrate import latest_version

    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        vault.conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(VaultTooNewError, match="newer"):
        Vault.open(filled.folder, passphrase=PASSPHRASE, read_only=True)
