"""The atomic file writer: unnamed until commit, named partials only as a fallback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kasuhara_desktop.infra import atomic_files
from kasuhara_desktop.infra.atomic_files import (
    PARTIAL_PREFIX,
    AtomicFile,
    sweep_partials,
    write_bytes_atomically,
)


@pytest.fixture(params=["unnamed", "named"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test both with O_TMPFILE and with the named-partial fallback (vfat, other OS)."""
    if request.param == "named":
        monkeypatch.setattr(atomic_files, "_O_TMPFILE", 0)
    elif not atomic_files._O_TMPFILE:
        pytest.skip("no O_TMPFILE on this system")
    return str(request.param)


def test_nothing_is_named_until_commit(tmp_path: Path, mode: str) -> None:
    dest = tmp_path / "out.pdf"
    with AtomicFile(dest, overwrite=False) as out:
        out.file().write(b"secret")
        names = sorted(p.name for p in tmp_path.iterdir())
        if mode == "unnamed":
            assert names == [] and out.unnamed
        else:
            assert len(names) == 1 and names[0].startswith(PARTIAL_PREFIX)
        out.commit()
    assert sorted(tmp_path.iterdir()) == [dest]
    assert dest.read_bytes() == b"secret"
    if os.name == "posix":
        assert dest.stat().st_mode & 0o777 == 0o600


def test_failure_leaves_nothing(tmp_path: Path, mode: str) -> None:
    with pytest.raises(RuntimeError), AtomicFile(tmp_path / "out.zip") as out:
        out.file().write(b"secret")
        raise RuntimeError("build failed")
    assert list(tmp_path.iterdir()) == []


def test_no_overwrite_keeps_a_file_that_appeared(tmp_path: Path, mode: str) -> None:
    dest = tmp_path / "out.bin"
    with AtomicFile(dest, overwrite=False) as out:
        out.file().write(b"new")
        dest.write_bytes(b"the user's")
        with pytest.raises(FileExistsError):
            out.commit()
    assert sorted(tmp_path.iterdir()) == [dest]
    assert dest.read_bytes() == b"the user's"


def test_overwrite_replaces_whole(tmp_path: Path, mode: str) -> None:
    dest = tmp_path / "vault.json"
    dest.write_bytes(b"old")
    write_bytes_atomically(dest, b"new content")
    assert dest.read_bytes() == b"new content"
    assert sorted(tmp_path.iterdir()) == [dest]


def test_readable_for_writers_that_read_back(tmp_path: Path, mode: str) -> None:
    with AtomicFile(tmp_path / "b.zip", readable=True) as out:
        fh = out.file()
        fh.write(b"abc")
        fh.seek(0)
        assert fh.read() == b"abc"
        out.commit()
    assert (tmp_path / "b.zip").read_bytes() == b"abc"


def test_sweep_removes_leftovers_but_not_live_writers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic_files, "_O_TMPFILE", 0)
    stale = tmp_path / f"{PARTIAL_PREFIX}0123456789abcdef.part"
    stale.write_bytes(b"left by a crash")
    mine = tmp_path / "notes.part"  # the user's own file: not our prefix
    mine.write_bytes(b"keep")
    with AtomicFile(tmp_path / "out.pdf") as live:  # sweeps the folder first
        assert not stale.exists()
        assert live.partial is not None and live.partial.exists()
        assert sweep_partials(tmp_path) == []  # held by a live writer: kept
        assert live.partial.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.part"]


def test_a_crashed_named_partial_is_swept_at_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic_files, "_O_TMPFILE", 0)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    folder = tmp_path / "usb"
    folder.mkdir()
    out = AtomicFile(folder / "report.pdf")
    out.file().write(b"secret")
    out._close()  # the process dies: the lock goes, the name stays
    assert out.partial is not None and out.partial.exists()
    listed = atomic_files._recent_list().read_text(encoding="utf-8").splitlines()
    assert listed == [str(folder)]  # paths only, no content
    assert atomic_files.sweep_recent_folders() == [out.partial]
    assert list(folder.iterdir()) == []
    assert atomic_files._recent_list().read_text(encoding="utf-8") == ""
    assert atomic_files.sweep_recent_folders() == []
