"""Fixtures of the reliability tests (their helpers are in reliability_support.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import PASSPHRASE

sys.path.insert(0, str(Path(__file__).parent))

from reliability_support import FilledVault, fill_vault


@pytest.fixture(autouse=True)
def quiet_test_grade_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """These vaults use the fast test key derivation; its warning (test_test_grade_kdf.py,
    which overrides this fixture) would add a line to every CLI call's stderr."""
    from kasuhara_desktop.cli import common

    monkeypatch.setattr(common, "warn_test_grade", lambda users: None)


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FilledVault:
    """A closed vault with one incident and two evidence files; the CLI gets its passphrase."""
    monkeypatch.setenv("KASUHARA_PASSPHRASE", PASSPHRASE)
    sources = tmp_path / "sources"
    sources.mkdir()
    return fill_vault(tmp_path / "vault", sources)
