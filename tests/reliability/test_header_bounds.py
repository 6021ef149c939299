"""``vault.json`` read as untrusted input: key-slot parameters outside sane bounds, wrong types,
wrong lengths and absurd nesting are refused at once with one clear line, and nothing changes.

Before, ``time_cost: 1000000000`` made unlock hang, and zero or huge memory, zero or huge
parallelism, an empty salt, a negative cost or a file nested 100k levels deep ended in tracebacks.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import PASSPHRASE, folder_hashes, run_cli
from reliability_support import FilledVault

from kasuhara_desktop.domain.errors import VaultFormatError
from kasuhara_desktop.vault.header import load_header
from kasuhara_desktop.vault.vault import Vault

Edit = Callable[[dict[str, Any]], None]


def kdf(field: str, value: object) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        doc["slots"][0]["kdf"][field] = value

    return edit


def slot(field: str, value: object) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        doc["slots"][0][field] = value

    return edit


def top(field: str, value: object) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        doc[field] = value

    return edit


def duplicate_slot(doc: dict[str, Any]) -> None:
    doc["slots"].append(dict(doc["slots"][0]))


EDITS: dict[str, tuple[Edit, str]] = {
    "time_cost huge": (kdf("time_cost", 1_000_000_000), "time_cost"),
    "time_cost negative": (kdf("time_cost", -1), "time_cost"),
    "time_cost zero": (kdf("time_cost", 0), "time_cost"),
    "time_cost text": (kdf("time_cost", "3"), "time_cost"),
    "time_cost true": (kdf("time_cost", True), "time_cost"),
    "time_cost fraction": (kdf("time_cost", 2.5), "time_cost"),
    "memory zero": (kdf("memory_kib", 0), "memory_kib"),
    "memory 64 GiB": (kdf("memory_kib", 64 * 1024 * 1024), "memory_kib"),
    "parallelism zero": (kdf("parallelism", 0), "parallelism"),
    "parallelism 2^24": (kdf("parallelism", 1 << 24), "parallelism"),
    "salt empty": (kdf("salt", ""), "salt"),
    "salt short": (kdf("salt", "00" * 4), "salt"),
    "salt not hex": (kdf("salt", "zz" * 16), "salt"),
    "salt a number": (kdf("salt", 12), "salt"),
    "kdf unknown": (kdf("name", "scrypt"), "argon2id"),
    "kdf not an object": (slot("kdf", [1, 2]), "kdf"),
    "nonce short": (slot("nonce", "00" * 4), "nonce"),
    "wrapped key short": (slot("wrapped_key", "00" * 8), "wrapped_key"),
    "user empty": (slot("user", ""), "user"),
    "user a list": (slot("user", ["a"]), "user"),
    "role unknown": (slot("role", "root"), "role"),
    "same user twice": (duplicate_slot, "twice"),
    "slots not a list": (top("slots", {"a": 1}), "slots"),
    "vault id short": (top("vault_id", "abc"), "vault_id"),
    "key check short": (top("key_check", "00"), "key_check"),
    "version zero": (top("version", 0), "version"),
    "version true": (top("version", True), "version"),
}


def _expect_refused(folder: Path, capsys: pytest.CaptureFixture[str], says: str) -> None:
    before = folder_hashes(folder)
    started = time.monotonic()
    code, out, err = run_cli(capsys, "--vault", str(folder), "verify")
    assert time.monotonic() - started < 20
    assert code == 2, out
    assert err.count("\n") == 1 and err.startswith("kasuhara: ") and "Traceback" not in err
    assert "vault.json" in err and says in err
    assert "backup" in err
    assert folder_hashes(folder) == before


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("edit", "says"), EDITS.values(), ids=EDITS.keys())
def test_out_of_bounds_header_is_refused_clearly(
    filled: FilledVault, capsys: pytest.CaptureFixture[str], edit: Edit, says: str
) -> None:
    path = filled.folder / "vault.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    edit(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")
    _expect_refused(filled.folder, capsys, says)
    with pytest.raises(VaultFormatError):
        Vault.open(filled.folder, recovery_key=filled.key)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("depth", [100_000, 2_000])
def test_deeply_nested_header_is_refused(
    filled: FilledVault, capsys: pytest.CaptureFixture[str], depth: int
) -> None:
    (filled.folder / "vault.json").write_text("[" * depth + "]" * depth, encoding="utf-8")
    _expect_refused(filled.folder, capsys, "damaged")


def test_an_oversized_header_is_refused_without_reading_it_all(filled: FilledVault) -> None:
    path = filled.folder / "vault.json"
    doc = path.read_text(encoding="utf-8")
    path.write_text(doc[:-2] + " " * (8 << 20) + doc[-2:], encoding="utf-8")
    with pytest.raises(VaultFormatError, match="too large"):
        load_header(filled.folder)


def test_the_parameters_this_program_writes_are_within_bounds(filled: FilledVault) -> None:
    from kasuhara_desktop.vault.kdf import FAST_PARAMS, calibrate

    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        vault.set_passphrase("パート 佐藤", "another long passphrase", kdf=FAST_PARAMS)
    assert load_header(filled.folder).users[-1] == "パート 佐藤"
    params = calibrate(target_seconds=0.01)
    params.check()
