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

    def to_dict(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": self.salt.hex(),
        }


# Fast parameters for tests and throwaway demo vaults only: never for a real shop's vault.
FAST_PARAMS = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


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
