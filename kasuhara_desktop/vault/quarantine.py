"""What is in ``evidence/`` that no record knows: kept in ``evidence/quarantine/``, never deleted.

At open the program finishes or deletes only its own leftovers: the staging copy of an interrupted
import (``<id>.khev.part``, ``<id>.khev.ready.part``), a complete file waiting for its row
(``<id>.khev.ready``: renamed into place when the row was committed, deleted when it was
not) and the file of a record already deleted (its key is gone from the database,
so the file can never be read again) whose removal was interrupted. Anything else that no live
record points to (a file someone put there, or the evidence of records that a rolled-back or
restored older database does not have) is moved into ``evidence/quarantine/``, where ``verify``
reports it until a person decides. When a live record's file is in quarantine (the newer
database is back), it is moved back to its place.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from .fsutil import fsync_dir

QUARANTINE_DIR = "quarantine"
SUFFIX = ".khev"
STAGING_SUFFIX = SUFFIX + ".part"
READY_SUFFIX = SUFFIX + ".ready"  # encrypted and complete, its row not yet known to be committed
READY_STAGING_SUFFIX = READY_SUFFIX + ".part"
_FILE_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass
class SweepResult:
    """What the sweep at open did, by file name."""

    removed: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    returned: list[str] = field(default_factory=list)
    finished: list[str] = field(default_factory=list)


def _evidence_rows(conn: sqlcipher3.Connection) -> tuple[set[str], set[str]]:
    """The ids of live records and of deleted (crypto-erased) ones."""
    live: set[str] = set()
    erased: set[str] = set()
    for evidence_id, deleted in conn.execute("SELECT id, deleted_at IS NOT NULL FROM evidence"):
        (erased if deleted else live).add(str(evidence_id))
    return live, erased


def _is_live_name(name: str, live: set[str]) -> bool:
    return name.endswith(SUFFIX) and name[: -len(SUFFIX)] in live


def _own_leftover(path: Path, erased: set[str]) -> bool:
    """The program's staging copy, or the file of a deleted record: safe to delete."""
    name = path.name
    if name.endswith(READY_STAGING_SUFFIX):
        file_id = name[: -len(READY_STAGING_SUFFIX)]
    elif name.endswith(READY_SUFFIX):  # its row was never committed (a live one is finished)
        file_id = name[: -len(READY_SUFFIX)]
    elif name.endswith(STAGING_SUFFIX):
        file_id = name[: -len(STAGING_SUFFIX)]
    elif name.endswith(SUFFIX) and name[: -len(SUFFIX)] in erased:
        file_id = name[: -len(SUFFIX)]
    else:
        return False
    try:
        return bool(_FILE_ID.match(file_id)) and stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _finish_import(path: Path, evidence_dir: Path, live: set[str]) -> bool:
    """A complete file whose row was committed before a kill stopped the rename: finish it."""
    name = path.name
    if not name.endswith(READY_SUFFIX) or name[: -len(READY_SUFFIX)] not in live:
        return False
    final = evidence_dir / (name[: -len(READY_SUFFIX)] + SUFFIX)
    if os.path.lexists(final) or not stat.S_ISREG(path.lstat().st_mode):
        return False  # never overwrite: the one in place is judged by verify
    os.rename(path, final)
    return True


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name.1``, ``name.2``... if taken: never overwrite what is kept."""
    target = folder / name
    n = 0
    while os.path.lexists(target):
        n += 1
        target = folder / f"{name}.{n}"
    return target


def sweep_at_open(conn: sqlcipher3.Connection, evidence_dir: Path) -> SweepResult:
    """Delete the program's own leftovers; move everything else no live record knows aside.

    A live record's file stays where it is whatever it is (``verify`` judges it). Errors moving
    a file leave it in place (``verify`` lists it): the sweep never makes an open fail.
    """
    result = SweepResult()
    if not evidence_dir.is_dir():
        return result
    live, erased = _evidence_rows(conn)
    quarantine = evidence_dir / QUARANTINE_DIR
    _return_claimed(quarantine, evidence_dir, live, result)
    for path in sorted(evidence_dir.iterdir()):
        if path.name == QUARANTINE_DIR or _is_live_name(path.name, live):
            continue
        with contextlib.suppress(OSError):
            if _finish_import(path, evidence_dir, live):
                result.finished.append(path.name)
            elif _own_leftover(path, erased):
                path.unlink()
                result.removed.append(path.name)
            else:
                quarantine.mkdir(exist_ok=True)
                os.rename(path, _free_name(quarantine, path.name))
                result.quarantined.append(path.name)
    if result.quarantined or result.removed or result.returned or result.finished:
        fsync_dir(evidence_dir)
        if quarantine.is_dir():
            fsync_dir(quarantine)
    return result


def _return_claimed(
    quarantine: Path, evidence_dir: Path, live: set[str], result: SweepResult
) -> None:
    """Move a live record's file back from quarantine when its place is free."""
    if not quarantine.is_dir() or quarantine.is_symlink():
        return
    for path in sorted(quarantine.iterdir()):
        if not _is_live_name(path.name, live):
            continue
        target = evidence_dir / path.name
        with contextlib.suppress(OSError):
            if stat.S_ISREG(path.lstat().st_mode) and not os.path.lexists(target):
                os.rename(path, target)
                result.returned.append(path.name)


def quarantine_problems(conn: sqlcipher3.Connection, evidence_dir: Path) -> list[str]:
    """For ``verify``: each thing kept in quarantine, and anything unknown left in ``evidence/``."""
    problems: list[str] = []
    if not evidence_dir.is_dir():
        return problems
    live, _erased = _evidence_rows(conn)
    quarantine = evidence_dir / QUARANTINE_DIR
    for path in sorted(evidence_dir.iterdir()):
        if path.name == QUARANTINE_DIR and path.is_dir() and not path.is_symlink():
            continue
        if not _is_live_name(path.name, live):
            problems.append(
                f"evidence/{path.name}: no record of this vault points to it; the next unlock "
                "moves it into evidence/quarantine/"
            )
    if quarantine.is_dir() and not quarantine.is_symlink():
        for path in sorted(quarantine.iterdir()):
            problems.append(
                f"evidence/quarantine/{path.name}: no record of this vault points to it; it was "
                "kept, not deleted. If records lost their files, restore the vault from a "
                "backup; otherwise move it out of the vault folder"
            )
    return problems
