"""Atomic PDF writes: the destination holds the old file or the whole new one, never a part."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO

import pytest

from kasuhara_desktop.domain.errors import StorageError
from kasuhara_desktop.infra import atomic_files
from kasuhara_desktop.reports import output
from kasuhara_desktop.reports.output import build_pdf_bytes, write_pdf_atomically

PDF = b"%PDF-1.4\n% fake but complete\n%%EOF\n"


def write_ok(out: BinaryIO) -> None:
    out.write(PDF)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    dest = tmp_path / "報告書 report.pdf"
    assert write_pdf_atomically(dest, write_ok) == dest
    assert dest.read_bytes() == PDF
    assert leftovers(tmp_path) == [dest.name]


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    dest = tmp_path / "report.pdf"
    dest.write_bytes(b"old")
    write_pdf_atomically(dest, write_ok)
    assert dest.read_bytes() == PDF


@pytest.mark.parametrize("exc", [ValueError("layout failed"), KeyboardInterrupt()])
def test_failing_build_leaves_nothing_behind(tmp_path: Path, exc: BaseException) -> None:
    def build(out: BinaryIO) -> None:
        out.write(b"%PDF-half")
        raise exc

    dest = tmp_path / "report.pdf"
    with pytest.raises(type(exc)):
        write_pdf_atomically(dest, build)
    assert leftovers(tmp_path) == []


def test_failing_build_keeps_the_old_file(tmp_path: Path) -> None:
    dest = tmp_path / "report.pdf"
    dest.write_bytes(b"old")

    def build(out: BinaryIO) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_pdf_atomically(dest, build)
    assert dest.read_bytes() == b"old"
    assert leftovers(tmp_path) == ["report.pdf"]


def test_disk_full_while_writing_becomes_storage_error(tmp_path: Path) -> None:
    def build(out: BinaryIO) -> None:
        out.write(b"%PDF")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    dest = tmp_path / "report.pdf"
    with pytest.raises(StorageError, match=r"disk is full.*report\.pdf.*Free some space") as info:
        write_pdf_atomically(dest, build)
    assert isinstance(info.value.__cause__, OSError)
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere"
)
def test_unwritable_folder_becomes_storage_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StorageError, match=r"No permission.*locked"):
            write_pdf_atomically(locked / "report.pdf", write_ok)
    finally:
        locked.chmod(0o700)


def test_permission_refused_becomes_storage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Also runs as root, where chmod cannot make a folder unwritable.
    def refuse(self: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))

    monkeypatch.setattr(atomic_files.AtomicFile, "__init__", refuse)
    with pytest.raises(StorageError, match=r"No permission to write .*report\.pdf.*another folder"):
        write_pdf_atomically(tmp_path / "report.pdf", write_ok)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.EROFS, "read-only"),
        (errno.EACCES, "close the file if another program has it open"),
        (errno.EIO, "disk reported an error"),
        (errno.ENAMETOOLONG, "too long"),
        (errno.EXDEV, "Could not write"),
    ],
)
def test_rename_failures_become_storage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    def fail(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(output.os, "replace", fail)
    with pytest.raises(StorageError, match=message):
        write_pdf_atomically(tmp_path / "report.pdf", write_ok)
    assert leftovers(tmp_path) == []


def test_missing_folder_becomes_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match=r"does not exist.*another folder"):
        write_pdf_atomically(tmp_path / "unplugged-usb" / "report.pdf", write_ok)


def test_destination_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        write_pdf_atomically(tmp_path, write_ok)


def test_error_reading_another_file_names_that_file(tmp_path: Path) -> None:
    photo = tmp_path / "elsewhere" / "photo.jpg"

    def build(out: BinaryIO) -> None:
        photo.read_bytes()

    with pytest.raises(StorageError, match=r"Could not use .*photo\.jpg"):
        write_pdf_atomically(tmp_path / "report.pdf", build)
    assert leftovers(tmp_path) == []


def test_temporary_file_is_private(tmp_path: Path) -> None:
    seen: dict[str, int] = {}

    def build(out: BinaryIO) -> None:
        seen["mode"] = os.fstat(out.fileno()).st_mode & 0o777
        out.write(PDF)

    write_pdf_atomically(tmp_path / "report.pdf", build)
    if os.name == "posix":
        assert seen["mode"] == 0o600


def test_long_file_names_still_get_a_temporary_file(tmp_path: Path) -> None:
    dest = tmp_path / ("長" * 80 + ".pdf")  # 240 bytes of name in UTF-8
    write_pdf_atomically(dest, write_ok)
    assert dest.read_bytes() == PDF


def test_build_pdf_bytes_stays_in_memory() -> None:
    assert build_pdf_bytes(write_ok) == PDF
