"""The CLI tests make their vaults with the fast test key derivation, for speed.

Every unlock of such a vault warns on stderr (tests/reliability/test_test_grade_kdf.py checks
that); here the warning is silenced so that these tests can hold the CLI to its one-line
stderr contract for everything else.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def quiet_test_grade_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from kasuhara_desktop.cli import common

    monkeypatch.setattr(common, "warn_test_grade", lambda users: None)
