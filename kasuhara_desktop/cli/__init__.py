"""The ``kasuhara`` command: the app's services, headless.

``kasuhara [--vault DIR] COMMAND ...``. Secrets never come from argv: KASUHARA_PASSPHRASE,
--passphrase-file or a no-echo prompt. Exit 0 on success, 1 when a check fails (verify),
2 on bad input, with one clear line on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..domain.errors import UserError
from ..infra.atomic_files import sweep_recent_folders
from ..infra.resources import ResourcesNotFoundError
from . import (
    backup_commands,
    consultation_commands,
    dashboard_commands,
    evidence_commands,
    incident_commands,
    manual_commands,
    notice_commands,
    phone_commands,
    policy_commands,
    report_commands,
    retention_commands,
    sheet_commands,
    shop_commands,
    training_commands,
    user_commands,
    vault_commands,
)
from .common import EXIT_BAD_INPUT, print_notes

COMMAND_MODULES = [
    vault_commands,
    incident_commands,
    phone_commands,
    evidence_commands,
    notice_commands,
    report_commands,
    backup_commands,
    shop_commands,
    sheet_commands,
    user_commands,
    manual_commands,
    policy_commands,
    consultation_commands,
    training_commands,
    dashboard_commands,
    retention_commands,
]


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"kasuhara: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kasuhara",
        description="Kasuhara Desktop: the encrypted incident logbook, from the command line.",
    )
    parser.add_argument("--vault", metavar="DIR", help="vault folder (or set KASUHARA_VAULT)")
    parser.add_argument(
        "--user", help="whose passphrase is given (or KASUHARA_USER; when the vault has several)"
    )
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from FILE (first line)"
    )
    parser.add_argument(
        "--recovery-key",
        action="store_true",
        help="unlock with the recovery key (KASUHARA_RECOVERY_KEY, --recovery-key-file or prompt)",
    )
    parser.add_argument(
        "--recovery-key-file", metavar="FILE", help="read the recovery key from FILE"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    sweep_recent_folders()  # partial outputs a crash left where O_TMPFILE is missing
    try:
        result: int = args.func(args)
    except UserError as exc:
        print_notes(unless=str(exc))
        sys.stderr.write(f"kasuhara: {exc}\n")
        return EXIT_BAD_INPUT
    except ResourcesNotFoundError as exc:  # a broken install: the environment's fault, said once
        sys.stderr.write(f"kasuhara: {exc}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("kasuhara: interrupted; nothing was changed by the unfinished step.\n")
        return 130
    except BrokenPipeError:
        return 0
    print_notes()
    return result
