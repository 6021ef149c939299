"""What every CLI command shares: finding the vault, reading secrets, printing results."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import ValidationError
from ..domain.json_reader import parse_json_text
from ..domain.recovery_key import parse_recovery_key
from ..services.vaults import FAST_PARAMS, KdfParams, check_vault_folder, unlock

if TYPE_CHECKING:
    from ..services.vaults import Vault

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2
# How long a command waits for another one (or the GUI) to close the vault before refusing.
LOCK_WAIT_SECONDS = 5.0


def vault_folder(args: argparse.Namespace) -> Path:
    value = args.vault or os.environ.get("KASUHARA_VAULT")
    if not value:
        raise ValidationError(
            "No vault given: use --vault DIR (before the command) or KASUHARA_VAULT."
        )
    return Path(value).expanduser()


def _read_secret_file(path: str, what: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"Could not read the {what} file {path}: {exc}.") from None
    return text.rstrip("\r\n")


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise ValidationError(
            f"No {label} given: set KASUHARA_PASSPHRASE or use --passphrase-file "
            "(a prompt needs a terminal)."
        )
    return getpass.getpass(f"{label}: ")


def passphrase(args: argparse.Namespace, label: str = "Passphrase") -> str:
    """The passphrase from KASUHARA_PASSPHRASE, --passphrase-file or a no-echo prompt."""
    if args.passphrase_file:
        return _read_secret_file(args.passphrase_file, "passphrase")
    env = os.environ.get("KASUHARA_PASSPHRASE")
    if env is not None:
        return env
    return _prompt(label)


def new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase: KASUHARA_NEW_PASSPHRASE, --new-passphrase-file, or asked twice."""
    if getattr(args, "new_passphrase_file", None):
        return _read_secret_file(args.new_passphrase_file, "new passphrase")
    env = os.environ.get("KASUHARA_NEW_PASSPHRASE")
    if env is not None:
        return env
    first = _prompt("New passphrase")
    if _prompt("Repeat the new passphrase") != first:
        raise ValidationError("The two passphrases differ; nothing was changed.")
    return first


def recovery_key(args: argparse.Namespace) -> bytes:
    """The recovery key from KASUHARA_RECOVERY_KEY, --recovery-key-file or a prompt."""
    if getattr(args, "recovery_key_file", None):
        text = _read_secret_file(args.recovery_key_file, "recovery key")
    elif os.environ.get("KASUHARA_RECOVERY_KEY") is not None:
        text = os.environ["KASUHARA_RECOVERY_KEY"]
    else:
        text = _prompt("Recovery key (64 hex digits)")
    return parse_recovery_key(text)


def user_name(args: argparse.Namespace) -> str | None:
    """Who unlocks: the global --user, else KASUHARA_USER, else None (the only user)."""
    return args.user or os.environ.get("KASUHARA_USER") or None


def open_vault(args: argparse.Namespace) -> Vault:
    folder = vault_folder(args)
    if getattr(args, "recovery_key", False):
        vault = unlock(folder, recovery_key=recovery_key(args), lock_wait=LOCK_WAIT_SECONDS)
    else:
        # Check the folder before asking for a secret, so a typo is reported first.
        check_vault_folder(folder)
        vault = unlock(
            folder, user=user_name(args), passphrase=passphrase(args), lock_wait=LOCK_WAIT_SECONDS
        )
    warn_test_grade(vault.header.test_grade_users)
    if vault.rekey_note:  # an interrupted `kasuhara rekey` was undone or finished just now
        sys.stderr.write(f"kasuhara: note: {vault.rekey_note}\n")
    if vault.rollback_problems and getattr(args, "command", "") != "verify":
        # verify reports these itself; every other command must not work on silently.
        for problem in vault.rollback_problems:
            sys.stderr.write(f"kasuhara: warning: {problem} (run `kasuhara verify`)\n")
    if vault.read_only_reason:
        # Reading commands go ahead and end with this note; a refused write says it instead.
        _notes.append(vault.read_only_reason)
    return vault


_notes: list[str] = []


def print_notes(unless: str = "") -> None:
    """Say on stderr why the vault was opened read-only (once; not again as the error)."""
    for note in dict.fromkeys(_notes):
        if note != unless:
            sys.stderr.write(f"kasuhara: note: {note}\n")
    _notes.clear()


def warn_test_grade(users: list[str]) -> None:
    """Say on stderr, at every unlock, which passphrases use test key-derivation settings."""
    if users:
        names = ", ".join(users)
        sys.stderr.write(
            "kasuhara: warning: this logbook was created with test key-derivation settings "
            f"(KASUHARA_INSECURE_FAST_KDF; passphrase of {names}): its passphrase is easy to "
            "guess by brute force; run `kasuhara passphrase change` (without that setting) "
            "to fix.\n"
        )


def kdf_for_new_vault() -> KdfParams | None:
    """Calibrated Argon2id, unless the test-only fast setting is on (never for real vaults).

    A slot made with the fast setting is recognised by its costs (``is_test_grade``): every
    unlock warns until its passphrase is changed without the setting.
    """
    return FAST_PARAMS if os.environ.get("KASUHARA_INSECURE_FAST_KDF") == "1" else None


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def read_json_input(source: str) -> object:
    """Read JSON from a file path or '-' (standard input)."""
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8") as fh:
                text = fh.read()
    except FileNotFoundError:
        raise ValidationError(f"{source}: no such file.") from None
    except IsADirectoryError:
        raise ValidationError(f"{source}: is a folder, not a JSON file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{source}: could not be read as UTF-8 text ({exc}).") from None
    return parse_json_text(text, source)
