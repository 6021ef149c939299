"""The CLI tests make their vaults with the fast test key derivation, for speed.

Every unlock of such a vault warns on stderr (tests/reliability/test_test_grade_kdf.py checks
that); here the warning is silenced so that these tests can hold the CLI to its one-line
stderr contract for everything else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import CLI_PASSPHRASE, run_cli


@pytest.fixture(autouse=True)
def quiet_test_grade_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from kasuhara_desktop.cli import common

    monkeypatch.setattr(common, "warn_test_grade", lambda users: None)


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The passphrase from the environment, and the fast test key derivation."""
    monkeypatch.setenv("KASUHARA_PASSPHRASE", CLI_PASSPHRASE)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None) -> str:
    """A new vault made by ``kasuhara init`` (shop さくらマート), as a path string."""
    path = str(tmp_path / "v")
    assert run_cli(capsys, "--vault", path, "init", "--shop-name", "さくらマート")[0] == 0
    return path
