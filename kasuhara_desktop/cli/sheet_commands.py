"""``kasuhara recovery-sheet -o FILE``: print the recovery sheet again (PDF).

The sheet holds the recovery key (the vault's data key) in clear: it is written only to the
file asked for, atomically, and never over an existing file unless ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..services.recovery_sheet import save_vault_recovery_sheet
from . import common


def register(sub: Any) -> None:
    p = sub.add_parser(
        "recovery-sheet", help="write the recovery sheet (PDF with the recovery key) again",
        description="Unlocks the vault (passphrase from KASUHARA_PASSPHRASE, --passphrase-file "
        "or a prompt) and writes the recovery sheet of its current key to FILE. The sheet "
        "opens the vault without a passphrase: print it, keep it in a safe, delete the file.",
    )  # fmt: skip
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")
    p.add_argument("--lang", choices=("ja", "en", "nb"), default="ja", help="sheet language")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_recovery_sheet)


def cmd_recovery_sheet(args: argparse.Namespace) -> int:
    dest = Path(args.output).expanduser()
    if dest.is_dir():
        raise ValidationError(f"-o {dest}: is a folder; give a file name.")
    if not dest.parent.is_dir():
        raise ValidationError(f"-o {dest}: the folder {dest.parent} does not exist.")
    if (dest.exists() or dest.is_symlink()) and not args.force:
        raise ValidationError(f"-o {dest}: exists already; use --force to replace it.")
    with common.open_vault(args) as vault:
        save_vault_recovery_sheet(vault, dest, args.lang)
    print(f"Wrote the recovery sheet to {dest}")
    sys.stderr.write(
        "kasuhara: note: the sheet opens the vault without a passphrase; print it, keep it in "
        "a safe and delete the file.\n"
    )
    return common.EXIT_OK
