"""Real small drives for the full-disk and read-only-media tests (root only; else skipped).

Every mount is undone in a ``finally`` (lazily, so a file still open cannot keep it mounted).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None,
    reason="mounting a tmpfs or loop file needs root (CI runs as root)",
)


def _run(*argv: str) -> None:
    subprocess.run(argv, check=True, capture_output=True, timeout=60)


def unmount(point: Path) -> None:
    with contextlib.suppress(subprocess.SubprocessError, OSError):
        _run("umount", "-l", str(point))


@contextlib.contextmanager
def tmpfs(point: Path, size: str = "4M") -> Iterator[Path]:
    point.mkdir(parents=True, exist_ok=True)
    try:
        _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point))
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        yield point
    finally:
        unmount(point)


@contextlib.contextmanager
def ext4(image: Path, point: Path, size_mb: int = 20) -> Iterator[Path]:
    point.mkdir(parents=True, exist_ok=True)
    with open(image, "wb") as fh:
        fh.truncate(size_mb << 20)
    try:
        _run("mkfs.ext4", "-q", "-F", str(image))
        _run("mount", "-o", "loop", str(image), str(point))
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"cannot mount an ext4 loop file here: {exc}")
    try:
        yield point
    finally:
        unmount(point)


def remount_read_only(point: Path) -> None:
    _run("mount", "-o", "remount,ro", str(point))


def fill(point: Path) -> None:
    """Write zeros until the drive holding ``point`` has not a byte left."""
    fd = os.open(point / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 4096, 512, 1):
            block = b"\0" * size
            with contextlib.suppress(OSError):
                while os.write(fd, block):
                    pass
    finally:
        os.close(fd)
