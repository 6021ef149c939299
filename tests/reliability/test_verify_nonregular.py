"""Something that is not a regular file in place of an evidence file (a named pipe, a folder, a
link) is reported as damage at once by ``verify`` and by every reader; nothing waits on it.

Before, a named pipe made ``verify`` (and viewing, exporting, reports) block for ever in open().
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli
from reliability_support import FilledVault

from kasuhara_desktop.domain.errors import IntegrityError
from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.vault.vault import Vault

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def _pipe(path: Path, tmp: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _folder(path: Path, tmp: Path) -> None:
    path.unlink()
    path.mkdir()


def _link(path: Path, tmp: Path) -> None:
    target = tmp / "elsewhere.khev"
    path.rename(target)
    path.symlink_to(target)


REPLACEMENTS: dict[str, Callable[[Path, Path], None]] = {
    "named pipe": _pipe,
    "folder": _folder,
    "symbolic link": _link,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("replace", REPLACEMENTS.values(), ids=REPLACEMENTS.keys())
def test_verify_reports_a_non_regular_evidence_file(
    filled: FilledVault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    replace: Callable[[Path, Path], None],
) -> None:
    replace(filled.evidence_file(0), tmp_path)
    started = time.monotonic()
    code, out, err = run_cli(capsys, "--vault", str(filled.folder), "verify")
    assert time.monotonic() - started < 20
    assert code == 1
    assert "FAIL evidence_files" in out
    [problem] = [line for line in out.splitlines() if filled.evidence_ids[0] in line]
    assert "not a regular file" in problem
    assert not any(filled.evidence_ids[1] in line for line in out.splitlines())
    assert "evidence_files" in err
    # The sweep at open leaves it in place (it is a live record's name), for verify to name.
    assert os.path.lexists(filled.evidence_file(0))


@pytest.mark.timeout(60)
@pytest.mark.parametrize("replace", REPLACEMENTS.values(), ids=REPLACEMENTS.keys())
def test_reading_a_non_regular_evidence_file_fails_at_once(
    filled: FilledVault, tmp_path: Path, replace: Callable[[Path, Path], None]
) -> None:
    replace(filled.evidence_file(0), tmp_path)
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        service = EvidenceService(vault)
        with pytest.raises(IntegrityError, match="not a regular file"):
            service.read_all(filled.evidence_ids[0])
        with pytest.raises(IntegrityError, match="not a regular file"):
            service.export(filled.evidence_ids[0], tmp_path / "out.jpg")
        assert not (tmp_path / "out.jpg").exists()
        assert service.read_all(filled.evidence_ids[1])
