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
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError, VaultFormatError, VaultTooNewError, WrongSecretError
from ..infra import clock
from .fsutil import atomic_write_bytes, storage_error
from .kdf import SALT_BYTES_RANGE, KdfParams, derive_key, is_test_grade

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
    anchored: bool = False  # an anchor.json was written: its absence is then reported
    # When the data key (= recovery key) was last changed by a rekey; None: at creation.
    key_created_at: str | None = None

    @staticmethod
    def new(data_key: bytes) -> VaultHeader:
        vault_id = uuid.uuid4().hex
        return VaultHeader(
            vault_id=vault_id,
            created_at=clock.now().isoformat(timespec="seconds"),
            key_check=key_check_value(data_key, vault_id),
        )

    @property
    def users(self) -> list[str]:
        return [s.user for s in self.slots]

    @property
    def test_grade_users(self) -> list[str]:
        """Users whose slot uses test key-derivation settings (easy to brute-force)."""
        return [s.user for s in self.slots if is_test_grade(s.kdf)]

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

    def remove_slot(self, user: str) -> None:
        """Drop ``user``'s slot (their passphrase no longer unwraps K from this header)."""
        self.slot_for(user)  # a clear error for a user without one
        self.slots = [s for s in self.slots if s.user != user]

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
        if self.anchored:
            doc["anchored"] = True
        if self.key_created_at is not None:
            doc["key_created_at"] = self.key_created_at
        return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def save(self, folder: Path) -> None:
        """Write atomically, with a second copy of this same header as ``vault.json.prev``.

        The copy is of the new header, never of the one before: a copy of that would keep a
        replaced (revoked) passphrase slot usable by copying it back. The copy is written
        first, so a crash in between leaves ``vault.json`` as it was (the change not done).
        """
        data = self.to_json()
        atomic_write_bytes(folder / (HEADER_NAME + ".prev"), data)
        atomic_write_bytes(folder / HEADER_NAME, data)


def key_check_value(data_key: bytes, vault_id: str) -> bytes:
    return hmac.new(data_key, b"kasuhara key check " + vault_id.encode(), hashlib.sha256).digest()[
        :16
    ]


# A real header is under 1 KiB per user; anything this big is not one (and is not read whole).
MAX_HEADER_BYTES = 1 << 20
MAX_SLOTS = 100
ROLES = ("owner", "manager", "staff")  # a hint: the users table (v11) decides
_VAULT_ID = re.compile(r"[0-9a-f]{32}")


class _FieldError(Exception):
    """One field of the header is wrong; the message names it."""


def _damaged(path: Path, what: str) -> VaultFormatError:
    prev = path.with_name(HEADER_NAME + ".prev")
    where = f"{prev.name} (a copy kept beside it) or " if prev.exists() else ""
    return VaultFormatError(
        f"{path} is damaged ({what}). Nothing was changed: put back {where}the {HEADER_NAME} "
        "of your latest backup."
    )


def _int(doc: dict[str, Any], key: str, where: str) -> int:
    value = doc.get(key)
    if type(value) is not int:  # bool is an int to Python, never to a header
        raise _FieldError(f"{where}{key} is not a whole number")
    return value


def _text(doc: dict[str, Any], key: str, where: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _FieldError(f"{where}{key} is missing or not text")
    return value


def _bytes(doc: dict[str, Any], key: str, where: str, sizes: tuple[int, int]) -> bytes:
    value = doc.get(key)
    try:
        if not isinstance(value, str):
            raise ValueError
        data = bytes.fromhex(value)
    except ValueError:
        raise _FieldError(f"{where}{key} is not hexadecimal") from None
    low, high = sizes
    if not low <= len(data) <= high:
        expected = str(low) if low == high else f"{low}..{high}"
        raise _FieldError(f"{where}{key} has {len(data)} bytes, not {expected}")
    return data


def _slot(doc: object, index: int) -> KeySlot:
    if not isinstance(doc, dict):
        raise _FieldError(f"key slot {index + 1} is not an object")
    user = _text(doc, "user", f"key slot {index + 1}: ")
    where = f"the key slot of {user!r}: "
    if doc.get("type", "passphrase") != "passphrase":
        raise _FieldError(f"{where}unknown slot type")
    role = doc.get("role", "staff")
    if role not in ROLES:
        raise _FieldError(f"{where}role is not one of {', '.join(ROLES)}")
    kdf = doc.get("kdf")
    if not isinstance(kdf, dict):
        raise _FieldError(f"{where}kdf is not an object")
    if kdf.get("name", "argon2id") != "argon2id":
        raise _FieldError(f"{where}the key derivation is not argon2id")
    params = KdfParams(
        time_cost=_int(kdf, "time_cost", where),
        memory_kib=_int(kdf, "memory_kib", where),
        parallelism=_int(kdf, "parallelism", where),
        salt=_bytes(kdf, "salt", where, SALT_BYTES_RANGE),
    )
    try:
        params.check()
    except ValueError as exc:
        raise _FieldError(f"{where}{exc}") from None
    return KeySlot(
        user=user,
        role=role,
        kdf=params,
        nonce=_bytes(doc, "nonce", where, (12, 12)),
        wrapped_key=_bytes(doc, "wrapped_key", where, (48, 48)),  # K (32) + GCM tag (16)
    )


def _header(doc: dict[str, Any], version: int) -> VaultHeader:
    vault_id = _text(doc, "vault_id", "")
    if not _VAULT_ID.fullmatch(vault_id):
        raise _FieldError("vault_id is not 32 hexadecimal digits")
    raw_slots = doc.get("slots")
    if not isinstance(raw_slots, list) or len(raw_slots) > MAX_SLOTS:
        raise _FieldError(f"slots is not a list of at most {MAX_SLOTS} key slots")
    slots = [_slot(s, i) for i, s in enumerate(raw_slots)]
    users = [s.user for s in slots]
    for user in users:
        if users.count(user) > 1:
            raise _FieldError(f"the user {user!r} has a key slot twice")
    return VaultHeader(
        vault_id=vault_id,
        created_at=_text(doc, "created_at", ""),
        key_check=_bytes(doc, "key_check", "", (16, 16)),
        slots=slots,
        version=version,
        anchored=doc.get("anchored") is True,
        key_created_at=_text(doc, "key_created_at", "") if "key_created_at" in doc else None,
    )


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_HEADER_BYTES + 1)
    except OSError as exc:
        raise storage_error(exc, path, "read") from exc
    if len(raw) > MAX_HEADER_BYTES:
        raise _damaged(path, f"too large for a vault header: over {MAX_HEADER_BYTES} bytes")
    return raw


def load_header(folder: Path, name: str = HEADER_NAME) -> VaultHeader:
    """Read and check ``vault.json`` in ``folder``; clear errors for every way it can be wrong.

    The file is read before any secret is checked, so every field is untrusted: types, lengths
    and the key-derivation costs are checked here, before anything uses them. ``name``: another
    header file of the same format (the pending header of an interrupted rekey).
    """
    path = folder / name
    if not folder.is_dir():
        raise VaultFormatError(f"{folder} is not a folder. Choose the vault's folder.")
    if not path.exists():
        raise VaultFormatError(
            f"{folder} is not a Kasuhara vault (no {HEADER_NAME}). Choose the vault's folder."
        )
    if not path.is_file():
        raise _damaged(path, "not a file")
    raw = _read(path)
    try:
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
            raise ValueError("not a vault header")
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise _damaged(path, "not a Kasuhara vault header") from None
    version = doc.get("version")
    if type(version) is not int or version < 1:
        raise _damaged(path, "no valid format version")
    if version > FORMAT_VERSION:
        raise VaultTooNewError(
            f"This vault was made by a newer Kasuhara Desktop (format {version}); "
            "install the newer version to open it."
        )
    try:
        return _header(doc, version)
    except _FieldError as exc:
        raise _damaged(path, str(exc)) from None
