"""Argon2id key derivation for passphrase key slots, with parameters stored in each slot."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; stored in clear in the slot (they are not secret)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2
    salt: bytes = b""

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.time_cost, self.memory_kib, self.parallelism, os.urandom(16))

    def check(self) -> None:
        """Raise ``ValueError`` unless the parameters are within the bounds a slot may use."""
        problem = kdf_problem(self.time_cost, self.memory_kib, self.parallelism, self.salt)
        if problem:
            raise ValueError(problem)

    def to_dict(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": self.salt.hex(),
        }


# What a slot may ask for. vault.json is read before any secret is checked, so its numbers are
# untrusted input: without bounds, one edited number makes unlocking hang or run out of memory.
# The program itself writes 1..10 passes, 8 MiB..256 MiB, 1 or 2 lanes and 16-byte salts.
TIME_COST_RANGE = (1, 32)
MEMORY_KIB_RANGE = (8 * 1024, 1024 * 1024)
PARALLELISM_RANGE = (1, 16)
SALT_BYTES_RANGE = (16, 64)


def kdf_problem(time_cost: int, memory_kib: int, parallelism: int, salt: bytes) -> str | None:
    """Why these parameters are refused (one phrase), or None when they are within bounds."""
    for name, value, (low, high) in (
        ("time_cost", time_cost, TIME_COST_RANGE),
        ("memory_kib", memory_kib, MEMORY_KIB_RANGE),
        ("parallelism", parallelism, PARALLELISM_RANGE),
    ):
        if not low <= value <= high:
            return f"{name} {value} is outside {low}..{high}"
    low, high = SALT_BYTES_RANGE
    if not low <= len(salt) <= high:
        return f"the salt has {len(salt)} bytes, not {low}..{high}"
    return None


# Fast parameters for tests and throwaway demo vaults only: never for a real shop's vault.
FAST_PARAMS = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)

# The least ``calibrate`` ever picks. A slot below it was made with test settings (FAST_PARAMS,
# the CLI's KASUHARA_INSECURE_FAST_KDF): its passphrase is cheap to guess by brute force. The
# costs are part of the slot's associated data, so this mark cannot be edited away while the
# slot still opens; a passphrase change with real settings clears it.
REAL_MINIMUM = KdfParams(time_cost=2, memory_kib=32 * 1024, parallelism=1)


def is_test_grade(params: KdfParams) -> bool:
    """True when ``params`` cost less than any calibrated setting (test settings)."""
    return params.time_cost < REAL_MINIMUM.time_cost or params.memory_kib < REAL_MINIMUM.memory_kib


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """Derive a 256-bit key from ``passphrase`` (UTF-8, any characters) and ``params``."""
    from argon2.low_level import Type, hash_secret_raw  # loaded on first use, not at start-up

    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def calibrate(target_seconds: float = 0.6, *, max_memory_kib: int = 256 * 1024) -> KdfParams:
    """Pick Argon2id parameters that take about ``target_seconds`` on this machine.

    Memory is raised first (it is what makes guessing expensive on GPUs), then passes.
    """
    params = KdfParams(time_cost=2, memory_kib=32 * 1024, parallelism=2, salt=os.urandom(16))
    while True:
        start = time.perf_counter()
        derive_key("calibration", params)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds / 2 or params.time_cost >= 10:
            break
        if params.memory_kib < max_memory_kib:
            params = KdfParams(
                params.time_cost, params.memory_kib * 2, params.parallelism, params.salt
            )
        else:
            params = KdfParams(
                params.time_cost + 1, params.memory_kib, params.parallelism, params.salt
            )
    return params.with_new_salt()
