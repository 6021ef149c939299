"""``kasuhara backup DEST`` and ``kasuhara restore BACKUP --to DEST``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..services.backup import backup, restore
from ..services.verify import verify_vault
from . import common


def register(sub: Any) -> None:
    b = sub.add_parser("backup", help="copy the vault, still encrypted, into a new folder")
    b.add_argument("dest", metavar="DEST", help="a new or empty folder (a USB drive, say)")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=cmd_backup)

    r = sub.add_parser(
        "restore", help="restore a backup into a new folder (opened with its passphrase)"
    )
    r.add_argument("backup", metavar="BACKUP", help="the backup folder")
    r.add_argument("--to", required=True, metavar="DEST", help="a new or empty folder")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    dest = Path(args.dest).expanduser()
    with common.open_vault(args) as vault:
        count = backup(vault, dest)
    if args.json:
        common.print_json({"backup": str(dest), "files": count})
    else:
        print(f"Backed up to {dest} ({count} files, encrypted; the same passphrase opens it).")
    return common.EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    source, dest = Path(args.backup).expanduser(), Path(args.to).expanduser()
    if args.recovery_key:
        vault = restore(source, dest, recovery_key=common.recovery_key(args))
    else:
        user, secret = common.user_name(args), common.passphrase(args)
        vault = restore(source, dest, user=user, passphrase=secret)
    common.warn_test_grade(vault.header.test_grade_users)
    with vault:
        report = verify_vault(vault)
    if args.json:
        common.print_json({"restored": str(dest), "verify": report.to_dict()})
    else:
        print(f"Restored to {dest}; verify: {'ok' if report.ok else 'FAILED'}.")
    return common.EXIT_OK if report.ok else common.EXIT_CHECK_FAILED
