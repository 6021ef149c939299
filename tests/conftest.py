"""Test-wide setup: headless Qt, UTF-8, isolated settings and data dirs, a fast vault fixture."""

from __future__ import annotations

import faulthandler
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# Before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "C.UTF-8"
_ISOLATED = Path(tempfile.mkdtemp(prefix="kasuhara-test-home-"))
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_ISOLATED / var.lower())
os.environ["XDG_RUNTIME_DIR"] = str(_ISOLATED / "runtime")
(_ISOLATED / "runtime").mkdir(mode=0o700, exist_ok=True)
for var in (
    "KASUHARA_PASSPHRASE", "KASUHARA_VAULT", "KASUHARA_RECOVERY_KEY", "KASUHARA_RESOURCES",
    "KASUHARA_USER",
):  # fmt: skip
    os.environ.pop(var, None)

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))

from helpers import OWNER, PASSPHRASE, make_vault  # noqa: E402

from kasuhara_desktop.vault.vault import Vault  # noqa: E402

HUNG_TEST_SECONDS = 600


@pytest.fixture(autouse=True)
def hung_test_watchdog() -> Iterator[None]:
    """End the run with every thread's stack if one test hangs with the GIL held.

    pytest-timeout's own timer is a Python thread, so a deadlock between Qt's locks and the GIL
    (a frozen program) would stop it too and CI would wait for hours; faulthandler's watchdog
    is a C thread that needs no GIL.
    """
    faulthandler.dump_traceback_later(HUNG_TEST_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def pc_zone() -> Iterator[Callable[[str], None]]:
    """``pc_zone("UTC")`` sets the PC's time zone for this test (TZ), restored afterwards."""
    old = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def pc_in_utc(pc_zone: Callable[[str], None]) -> None:
    """The PC's zone is UTC (while test vaults are in Asia/Tokyo, the shop's zone)."""
    pc_zone("UTC")


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    """A new open vault with fast KDF parameters (tests only)."""
    v, _key = make_vault(vault_dir)
    yield v
    v.close()


__all__ = ["OWNER", "PASSPHRASE"]
