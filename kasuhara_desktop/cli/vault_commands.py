"""Vault-level commands: init, unlock, passphrase, rekey, verify, demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..domain.models import ShopProfile
from ..domain.recovery_key import format_recovery_key
from ..services.demo import DEMO_LANGUAGES, add_demo_data
from ..services.incidents import IncidentService
from ..services.passphrase_strength import check_new_passphrase
from ..services.rekey import KeyService, rekey_vault, sheet_saver
from ..services.vaults import change_passphrase, create_vault, unlock, vault_users
from ..services.verify import find_head
from ..services.verify_quick import full_verify, quick_verify
from . import common


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a new vault (prints the recovery key once)")
    p.add_argument("--shop-name", required=True)
    p.add_argument("--owner", default="", help="the owner's user name (default: 'owner')")
    p.add_argument("--company", default="")
    p.add_argument("--timezone", default="Asia/Tokyo")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("unlock", help="check that a secret opens the vault; reset a passphrase")
    # SUPPRESS: a subcommand's default would overwrite the same option given before the command
    # (`kasuhara --recovery-key unlock` asked for a passphrase).
    p.add_argument(
        "--recovery-key", action="store_true", default=argparse.SUPPRESS,
        help="unlock with the recovery key",
    )  # fmt: skip
    p.add_argument("--recovery-key-file", metavar="FILE", default=argparse.SUPPRESS)
    p.add_argument(
        "--set-passphrase", metavar="USER", help="then give USER a new passphrase (forgotten one)"
    )
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_unlock)

    p = sub.add_parser("passphrase", help="manage passphrases")
    psub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    psub.required = True
    c = psub.add_parser("change", help="change a user's passphrase (rewrites one key slot)")
    c.add_argument("--new-passphrase-file", metavar="FILE")
    c.set_defaults(func=cmd_passphrase_change)

    p = sub.add_parser(
        "rekey", help="change the data key (= recovery key); writes the new recovery sheet"
    )
    p.add_argument("--sheet", metavar="FILE", required=True, help="new recovery sheet PDF (new)")
    p.add_argument("--lang", choices=("ja", "en", "nb"), default="ja", help="sheet language")
    p.add_argument(
        "--drop-other-users",
        action="store_true",
        help="remove the other users' key slots (they need a new passphrase afterwards)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("verify", help="check encryption, structure, audit chain and evidence")
    p.add_argument(
        "--head", metavar="HASH", help="only say whether HASH (printed on a report) is in the chain"
    )
    p.add_argument(
        "--quick",
        action="store_true",
        help="only what changed since the last full check: the chain since, the anchor, the "
        "evidence files' sizes (not their contents)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("demo", help="add the demo data set (incidents, persons, staff)")
    p.add_argument("--lang", choices=DEMO_LANGUAGES, default="ja", help="language of the data")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    folder = common.vault_folder(args)
    secret = common.passphrase(args, "New passphrase")
    owner = args.owner or args.user or "owner"
    # The same estimate as the setup wizard's meter: a weak passphrase is refused (exit 2).
    check_new_passphrase(secret, (args.shop_name, args.company, owner))
    profile = ShopProfile(name=args.shop_name, company=args.company, timezone=args.timezone)
    vault, key_hex = create_vault(folder, profile, owner, secret, kdf=common.kdf_for_new_vault())
    vault.close()
    common.warn_test_grade(vault.header.test_grade_users)
    if args.json:
        common.print_json(
            {
                "vault": str(folder),
                "vault_id": vault.header.vault_id,
                "owner": owner,
                "recovery_key": format_recovery_key(key_hex),
            }
        )
    else:
        print(f"Created the vault {folder} for {args.shop_name} (owner: {owner}).")
        print("Recovery key (shown only now; write it down and keep it in a safe):")
        print(f"  {format_recovery_key(key_hex)}")
    return common.EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    vault = common.open_vault(args)
    with vault:
        if args.set_passphrase:
            vault.header.slot_for(args.set_passphrase)
            new = common.new_passphrase(args)
            check_new_passphrase(new, (args.set_passphrase,))
            change_passphrase(vault, args.set_passphrase, None, new, kdf=common.kdf_for_new_vault())
        info = {
            "vault": str(vault.folder),
            "vault_id": vault.header.vault_id,
            "unlocked_as": vault.user,
            "users": vault.header.users,
            "passphrase_reset_for": args.set_passphrase,
        }
    if args.json:
        common.print_json(info)
    else:
        print(f"Unlocked {vault.folder} as {vault.user}.")
        if args.set_passphrase:
            print(f"New passphrase set for {args.set_passphrase}.")
    return common.EXIT_OK


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    vault = common.open_vault(args)
    with vault:
        user = vault.user if not args.recovery_key else args.user
        if not user:
            raise ValidationError("With the recovery key, say whose passphrase: --user NAME.")
        new = common.new_passphrase(args)
        check_new_passphrase(new, (user,))
        change_passphrase(vault, user, None, new, kdf=common.kdf_for_new_vault())
    print(f"Passphrase changed for {user}.", file=sys.stderr)
    return common.EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    if args.recovery_key:
        raise ValidationError("rekey needs your passphrase (the new key is wrapped under it).")
    sheet = Path(args.sheet).expanduser()
    if sheet.exists() or not sheet.parent.is_dir():
        raise ValidationError(
            f"--sheet {sheet}: give a new file in an existing folder (nothing was changed)."
        )
    folder = common.vault_folder(args)
    vault_users(folder)  # a wrong folder is reported before the passphrase is asked
    secret = common.passphrase(args)
    user = common.user_name(args)
    with unlock(folder, user=user, passphrase=secret, lock_wait=common.LOCK_WAIT_SECONDS) as v:
        if v.rekey_note:
            sys.stderr.write(f"kasuhara: note: {v.rekey_note}\n")
        keys = KeyService(v)
        keys.require_allowed()  # the role first: a manager learns nothing about the slots
        others = keys.other_users()
        if others and not args.drop_other_users:
            raise ValidationError(
                "Only your key slot can be re-wrapped (a slot needs its own passphrase); "
                f"the slots of {', '.join(others)} would be removed: add --drop-other-users "
                "to agree (nothing was changed)."
            )
        outcome = rekey_vault(v, secret, sheet_saver(v, sheet, args.lang), drop_others=True,
                              access=keys.access)  # fmt: skip
    if args.json:
        common.print_json(
            {
                "vault": str(folder),
                "sheet": str(sheet),
                "recovery_key": format_recovery_key(outcome.recovery_key_hex),
                "kept_users": outcome.kept_users,
                "dropped_users": outcome.dropped_users,
                "replaces_sheet_of": outcome.replaced_sheet_of.isoformat(),
            }
        )
    else:
        print(f"Changed the data key of {folder}. New recovery sheet: {sheet}")
        print(
            "The recovery sheet of "
            f"{outcome.replaced_sheet_of.isoformat(timespec='minutes')} is void: its key no "
            "longer opens this vault. Keep the new sheet in a safe."
        )
        if outcome.dropped_users:
            print(
                f"Removed key slots: {', '.join(outcome.dropped_users)}. They cannot unlock "
                "until you give each a new passphrase: kasuhara user reset-passphrase LOGIN"
            )
    return common.EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    # A vault too damaged to open is refused by open_vault in one line (exit 2), changing
    # nothing; damage found once it is open is a failed check (exit 1).
    if args.head is not None:
        if args.quick:
            raise ValidationError("--head and --quick cannot be combined.")
        return _verify_head(args)
    with common.open_vault(args) as vault:
        report = quick_verify(vault) if args.quick else full_verify(vault)
    if args.json:
        common.print_json(report.to_dict())
    else:
        for check in report.checks:
            print(f"{'ok  ' if check.ok else 'FAIL'} {check.name}")
            for problem in check.problems:
                print(f"     - {problem}")
        print(f"audit head: {report.head_hash}")
        print(f"last full check: {report.last_full_check or 'none recorded'}")
    if not report.ok:
        failed = ", ".join(c.name for c in report.checks if not c.ok)
        sys.stderr.write(f"kasuhara: verify failed: {failed}\n")
        return common.EXIT_CHECK_FAILED
    return common.EXIT_OK


def _verify_head(args: argparse.Namespace) -> int:
    wanted = args.head.strip().lower()
    if len(wanted) != 64 or any(c not in "0123456789abcdef" for c in wanted):
        raise ValidationError("--head: expected the 64 hexadecimal digits of an audit head.")
    with common.open_vault(args) as vault:
        match = find_head(vault, wanted)
    found = match.row > 0 and not match.chain_problems
    if args.json:
        common.print_json({"head": wanted, "in_chain": match.row > 0, "row": match.row or None,
                           "at": match.at or None, "ok": found,
                           "chain_problems": match.chain_problems})  # fmt: skip
    elif match.row:
        print(f"this head is in the chain at row {match.row} ({match.at})")
    if match.row == 0:
        sys.stderr.write(f"kasuhara: the head {wanted} is not in this vault's audit chain\n")
        return common.EXIT_CHECK_FAILED
    if match.chain_problems:
        sys.stderr.write(
            f"kasuhara: the head is at row {match.row}, but the chain is damaged: "
            f"{match.chain_problems[0]}\n"
        )
        return common.EXIT_CHECK_FAILED
    return common.EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        added = add_demo_data(IncidentService(vault), args.lang)
    if args.json:
        common.print_json({"added": [inc.reference for inc in added]})
    else:
        print(f"Added {len(added)} demo incidents.")
    return common.EXIT_OK
