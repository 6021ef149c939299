"""Where a save dialog starts, and what to say when saving fails: one place for every dialog.

A save dialog given a bare file name opens in the program's working folder (wherever it was
started from), and a fixed ``~/Documents`` may not exist (a fresh Windows profile redirected to
OneDrive, a Linux desktop without XDG folders). So every save dialog asks :func:`suggested_path`:
the folder last used for that kind of file if it still exists, else the user's standard
Documents folder, else the Desktop, else the home folder: always a folder that exists.

The recovery sheet is different: it must not stay on this computer. Its dialog starts on a
removable drive when one is plugged in (:func:`removable_folders`).

Disk errors come from the lower layers as ``StorageError`` with an English sentence; the
original ``OSError`` rides along as ``__cause__``, so :func:`save_error_text` can say the same
thing in the user's language.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QStorageInfo

from ..domain.errors import StorageError, UserError
from ..domain.vocabulary import fill
from .dialogs.messages import error_text

_SETTINGS_GROUP = "saveLocations"


class SaveKind(StrEnum):
    """Kinds of file whose last folder is remembered separately."""

    REPORT = "report"  # incident reports, summaries
    NOTICE = "notice"
    BUNDLE = "bundle"
    EVIDENCE = "evidence"  # exported evidence files
    BACKUP = "backup"
    RECOVERY = "recovery"
    IMPORT = "import"  # where Add evidence looks first (an open dialog, the same rule)


def _standard(location: QStandardPaths.StandardLocation) -> Path | None:
    found = QStandardPaths.writableLocation(location)
    return Path(found) if found else None


def _usable(folder: Path | None) -> bool:
    return folder is not None and folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def default_folder() -> Path:
    """Documents if it exists, else the Desktop, else the home folder (all checked to exist)."""
    loc = QStandardPaths.StandardLocation
    for candidate in (_standard(loc.DocumentsLocation), _standard(loc.DesktopLocation)):
        if _usable(candidate):
            assert candidate is not None
            return candidate
    home = _standard(loc.HomeLocation) or Path.home()
    return home if home.is_dir() else Path.cwd()


def start_folder(kind: SaveKind) -> Path:
    """The folder a save dialog for ``kind`` opens in (always an existing folder)."""
    if kind is SaveKind.RECOVERY:
        removable = removable_folders()
        if removable:
            return removable[0]
    remembered = QSettings().value(f"{_SETTINGS_GROUP}/{kind.value}", "")
    if isinstance(remembered, str) and remembered and _usable(Path(remembered)):
        return Path(remembered)
    if kind is SaveKind.IMPORT:  # photos copied from a phone usually land in Pictures
        pictures = _standard(QStandardPaths.StandardLocation.PicturesLocation)
        if _usable(pictures):
            assert pictures is not None
            return pictures
    return default_folder()


def suggested_path(kind: SaveKind, file_name: str) -> Path:
    """``file_name`` in :func:`start_folder` (what a save dialog is given)."""
    return start_folder(kind) / Path(file_name).name


def remember(kind: SaveKind, chosen: Path) -> None:
    """Remember the folder of ``chosen`` for the next save of ``kind`` (only the folder).

    The recovery sheet's folder is never remembered: the next suggestion should again be a
    removable drive, not wherever it was put once.
    """
    if kind is SaveKind.RECOVERY:
        return
    folder = chosen if chosen.is_dir() else chosen.parent
    QSettings().setValue(f"{_SETTINGS_GROUP}/{kind.value}", str(folder))


def removable_folders() -> list[Path]:
    """Mounted removable drives (USB sticks, SD cards), most recently mounted guesses first.

    Qt does not say whether a volume is removable; desktops mount them under ``/media``,
    ``/run/media`` (Linux) or ``/Volumes`` (macOS), and Windows reports a drive type.
    """
    found: list[Path] = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = Path(volume.rootPath())
        if _is_removable(root) and _usable(root):
            found.append(root)
    return found


def on_removable_drive(path: Path) -> bool:
    """True when ``path`` lies on one of :func:`removable_folders`."""
    resolved = path.resolve()
    return any(resolved.is_relative_to(root.resolve()) for root in removable_folders())


def _is_removable(root: Path) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive_removable = 2
        return bool(ctypes.windll.kernel32.GetDriveTypeW(str(root)) == drive_removable)
    text = root.as_posix()
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return text.startswith("/Volumes/")
    return text.startswith(("/media/", "/run/media/"))


def folder_problem(dest: Path) -> str | None:
    """Why ``dest`` cannot be written before trying (translated), or None when it looks fine."""
    folder = dest.parent
    if dest.is_dir():
        return fill(
            QCoreApplication.translate("SaveLocations", "%1 is a folder: choose a file name."),
            str(dest),
        )
    if not folder.is_dir():
        return fill(
            QCoreApplication.translate(
                "SaveLocations",
                "The folder %1 does not exist (was a USB stick removed?): choose another folder.",
            ),
            str(folder),
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        return fill(
            QCoreApplication.translate(
                "SaveLocations", "No permission to write in %1: choose another folder."
            ),
            str(folder),
        )
    return None


def save_error_text(exc: BaseException, dest: Path) -> str | None:
    """What to tell the user about a failed save of ``dest``, in their language.

    A ``StorageError`` caused by an ``OSError`` is said again from its error number; anything
    else is left to ``error_text`` (None after a cancel).
    """
    cause = exc.__cause__ if isinstance(exc, StorageError) else exc
    if not isinstance(cause, OSError):
        if isinstance(exc, StorageError) and dest.is_dir():
            return fill(
                QCoreApplication.translate("SaveLocations", "%1 is a folder: choose a file name."),
                str(dest),
            )
        return error_text(exc)
    code = cause.errno
    folder = str(dest.parent)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        text = QCoreApplication.translate(
            "SaveLocations",
            "The disk is full: could not write %1. Free some space or choose another folder.",
        )
    elif code in (errno.EACCES, errno.EPERM):
        text = QCoreApplication.translate(
            "SaveLocations",
            "No permission to write %1: choose another folder, or close the file if "
            "another program has it open.",
        )
    elif code == errno.EROFS:
        return fill(
            QCoreApplication.translate(
                "SaveLocations", "The folder %1 is read-only: choose another folder."
            ),
            folder,
        )
    elif code in (errno.ENOENT, errno.ENOTDIR):
        return fill(
            QCoreApplication.translate(
                "SaveLocations",
                "The folder %1 does not exist (was a USB stick removed?): choose another folder.",
            ),
            folder,
        )
    elif code == errno.EISDIR:
        text = QCoreApplication.translate("SaveLocations", "%1 is a folder: choose a file name.")
    elif code == errno.ENAMETOOLONG:
        text = QCoreApplication.translate(
            "SaveLocations",
            "The file name or path is too long: %1. Choose a shorter name or folder.",
        )
    elif code in (errno.EIO, errno.ENXIO, errno.ENODEV):
        text = QCoreApplication.translate(
            "SaveLocations",
            "The disk reported an error while writing %1 (was it removed?): check the "
            "disk and try again, or choose another folder.",
        )
    else:
        text = QCoreApplication.translate(
            "SaveLocations", "Could not write %1: choose another folder."
        )
    return fill(text, str(dest))


def saving_failed(exc: BaseException, dest: Path) -> UserError:
    """``exc`` as a ``UserError`` whose message is :func:`save_error_text` (for show_error)."""
    return StorageError(save_error_text(exc, dest) or str(exc))


def write_or_explain(dest: Path, write: Callable[[Path], object]) -> str | None:
    """Check ``dest``'s folder, then ``write(dest)``; None when saved, else what went wrong in
    the user's language (nothing is left at ``dest`` when the writer is atomic)."""
    problem = folder_problem(dest)
    if problem is not None:
        return problem
    try:
        write(dest)
    except UserError as exc:
        return save_error_text(exc, dest)
    return None
