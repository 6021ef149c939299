"""``vault.json``: the vault's header with its key slots.

The data key K (32 random bytes) opens ``vault.db``. Each key slot holds K wrapped with
AES-256-GCM under a key derived from one user's passphrase (Argon2id). The slot's own fields
are the associated data, so a slot edited by hand (another user name, weaker KDF parameters)
no longer unwraps. The header also holds a key check value so that a recovery key (K itself)
is recognised without touching the database. No secret is stored in clear.

``cryptography`` is imported where it is used: reading the header (the user list on the unlock
screen) must not pay for loading OpenSSL.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError, VaultFormatError, VaultTooNewError, WrongSecretError
from .fsutil import atomic_write_bytes, storage_error
from .kdf import KdfParams, derive_key

HEADER_NAME = "vault.json"
FORMAT_NAME = "kasuhara-vault"
FORMAT_VERSION = 1


@dataclass
class KeySlot:
    """K wrapped under one user's passphrase."""

    user: str
    kdf: KdfParams
    nonce: bytes
    wrapped_key: bytes
    role: str = "staff"

    def aad(self, vault_id: str) -> bytes:
        fields = {"vault_id": vault_id, "user": self.user, "role": self.role, **self.kdf.to_dict()}
        return json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "passphrase",
            "user": self.user,
            "role": self.role,
            "kdf": self.kdf.to_dict(),
            "nonce": self.nonce.hex(),
            "wrapped_key": self.wrapped_key.hex(),
        }


@dataclass
class VaultHeader:
    vault_id: str
    created_at: str
    key_check: bytes
    slots: list[KeySlot] = field(default_factory=list)
    version: int = FORMAT_VERSION

    @staticmethod
    def new(data_key: bytes) -> VaultHeader:
        vault_id = uuid.uuid4().hex
        return VaultHeader(
            vault_id=vault_id,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            key_check=key_check_value(data_key, vault_id),
        )

    @property
    def users(self) -> list[str]:
        return [s.user for s in self.slots]

    def slot_for(self, user: str) -> KeySlot:
        for slot in self.slots:
            if slot.user == user:
                return slot
        raise WrongSecretError(f"There is no user named {user!r} in this vault.")

    # ------------------------------------------------------------ slots

    def set_passphrase_slot(
        self, user: str, passphrase: str, data_key: bytes, kdf: KdfParams, role: str = "staff"
    ) -> None:
        """Add or replace ``user``'s slot so that ``passphrase`` unwraps ``data_key``."""
        if not passphrase:
            raise ValidationError("The passphrase must not be empty.")
        if not user.strip():
            raise ValidationError("The user name must not be empty.")
        slot = KeySlot(user=user, kdf=kdf.with_new_salt(), nonce=os.urandom(12), wrapped_key=b"")
        slot.role = role
        wrapping_key = derive_key(passphrase, slot.kdf)
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        slot.wrapped_key = AESGCM(wrapping_key).encrypt(
            slot.nonce, data_key, slot.aad(self.vault_id)
        )
        self.slots = [s for s in self.slots if s.user != user] + [slot]

    def unwrap(self, user: str, passphrase: str) -> bytes:
        """Return K if ``passphrase`` is ``user``'s, else raise ``WrongSecretError``."""
        slot = self.slot_for(user)
        wrapping_key = derive_key(passphrase, slot.kdf)
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            key = AESGCM(wrapping_key).decrypt(
                slot.nonce, slot.wrapped_key, slot.aad(self.vault_id)
            )
        except InvalidTag:
            raise WrongSecretError(
                "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."
            ) from None
        self.check_key(key)
        return key

    def check_key(self, data_key: bytes) -> None:
        expected = key_check_value(data_key, self.vault_id)
        if not hmac.compare_digest(expected, self.key_check):
            raise WrongSecretError("This recovery key does not belong to this vault.")

    # ------------------------------------------------------------ disk

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT_NAME,
            "version": self.version,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "key_check": self.key_check.hex(),
            "slots": [s.to_dict() for s in self.slots],
        }
        return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def save(self, folder: Path) -> None:
        """Write atomically, keeping the previous header as ``vault.json.prev``."""
        atomic_write_bytes(folder / HEADER_NAME, self.to_json(), keep_previous=True)


def key_check_value(data_key: bytes, vault_id: str) -> bytes:
    return hmac.new(data_key, b"kasuhara key check " + vault_id.encode(), hashlib.sha256).digest()[
        :16
    ]


def _hex(doc: dict[str, Any], key: str, path: Path) -> bytes:
    try:
        return bytes.fromhex(str(doc[key]))
    except (KeyError, ValueError, TypeError):
        raise VaultFormatError(f"{path} is damaged (field {key!r}).") from None


def load_header(folder: Path) -> VaultHeader:
    """Read and check ``vault.json`` in ``folder``; clear errors for every way it can be wrong."""
    path = folder / HEADER_NAME
    if not folder.is_dir():
        raise VaultFormatError(f"{folder} is not a folder. Choose the vault's folder.")
    if not path.exists():
        raise VaultFormatError(
            f"{folder} is not a Kasuhara vault (no {HEADER_NAME}). Choose the vault's folder."
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise storage_error(exc, path, "read") from exc
    try:
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
            raise ValueError("not a vault header")
    except (ValueError, UnicodeDecodeError):
        prev = path.with_name(HEADER_NAME + ".prev")
        hint = f" A previous copy is kept as {prev.name}." if prev.exists() else ""
        raise VaultFormatError(
            f"{path} is damaged or is not a Kasuhara vault header.{hint}"
        ) from None
    version = doc.get("version")
    if not isinstance(version, int):
        raise VaultFormatError(f"{path} is damaged (no format version).")
    if version > FORMAT_VERSION:
        raise VaultTooNewError(
            f"This vault was made by a newer Kasuhara Desktop (format {version}); "
            "install the newer version to open it."
        )
    try:
        slots = [
            KeySlot(
                user=str(s["user"]),
                role=str(s.get("role", "staff")),
                kdf=KdfParams(
                    time_cost=int(s["kdf"]["time_cost"]),
                    memory_kib=int(s["kdf"]["memory_kib"]),
                    parallelism=int(s["kdf"]["parallelism"]),
                    salt=bytes.fromhex(s["kdf"]["salt"]),
                ),
                nonce=bytes.fromhex(s["nonce"]),
                wrapped_key=bytes.fromhex(s["wrapped_key"]),
            )
            for s in doc["slots"]
        ]
        return VaultHeader(
            vault_id=str(doc["vault_id"]),
            created_at=str(doc["created_at"]),
            key_check=_hex(doc, "key_check", path),
            slots=slots,
            version=version,
        )
    except (KeyError, TypeError, ValueError):
        raise VaultFormatError(f"{path} is damaged (a key slot is unreadable).") from None
