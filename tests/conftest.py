"""Test-wide setup: headless Qt, UTF-8, isolated settings and data dirs, a fast vault fixture."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "C.UTF-8"
_ISOLATED = Path(tempfile.mkdtemp(prefix="kasuhara-test-home-"))
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_ISOLATED / var.lower())
os.environ["XDG_RUNTIME_DIR"] = str(_ISOLATED / "runtime")
(_ISOLATED / "runtime").mkdir(mode=0o700, exist_ok=True)
for var in ("KASUHARA_PASSPHRASE", "KASUHARA_VAULT", "KASUHARA_RECOVERY_KEY"):
    os.environ.pop(var, None)

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))

from helpers import OWNER, PASSPHRASE, make_vault  # noqa: E402

from kasuhara_desktop.vault.vault import Vault  # noqa: E402


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
