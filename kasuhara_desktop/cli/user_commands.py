"""``kasuhara user add|list|remove|rename|role|reset-passphrase``: the logbook's users.

Only the owner may change users (the services check it; a refusal exits 2 naming the role
needed). The new user's passphrase comes from ``--passphrase-file`` (of this subcommand),
KASUHARA_NEW_PASSPHRASE or a no-echo prompt asked twice, never from argv.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from ..domain.roles import ROLE_CODES, Permission, Role
from ..services.users import UserInfo, UserService
from . import common

_NEW_FILE_HELP = (
    "read the new passphrase from FILE (else KASUHARA_NEW_PASSPHRASE, else asked twice)"
)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "user", help="add, list, remove and change the logbook's users (owner only)",
        description="Each user unlocks with their own passphrase; their role says what they "
        "may do. Give the acting user with the global --user LOGIN (or KASUHARA_USER).",
    )  # fmt: skip
    usub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    usub.required = True

    a = usub.add_parser("add", help="add a user with their own passphrase")
    a.add_argument("login", metavar="LOGIN", help="the name they unlock with (never reused)")
    a.add_argument("--role", required=True, choices=ROLE_CODES)
    a.add_argument("--display-name", required=True, metavar="NAME", help="printed in documents")
    a.add_argument(
        "--passphrase-file", dest="new_passphrase_file", metavar="FILE", help=_NEW_FILE_HELP
    )
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_add)

    s = usub.add_parser("list", help="the current users, owners first")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_list)

    r = usub.add_parser(
        "remove", help="remove a user and their passphrase slot",
        description="The user can no longer unlock this logbook. A copy of the logbook made "
        "before the removal still opens with their passphrase unless the data key is changed "
        "(`kasuhara rekey`).",
    )  # fmt: skip
    r.add_argument("login", metavar="LOGIN")
    r.set_defaults(func=cmd_remove)

    n = usub.add_parser("rename", help="change a user's display name")
    n.add_argument("login", metavar="LOGIN")
    n.add_argument("--display-name", required=True, metavar="NAME")
    n.set_defaults(func=cmd_rename)

    o = usub.add_parser("role", help="change a user's role")
    o.add_argument("login", metavar="LOGIN")
    o.add_argument("--role", required=True, choices=ROLE_CODES)
    o.set_defaults(func=cmd_role)

    w = usub.add_parser("reset-passphrase", help="give another user a new passphrase")
    w.add_argument("login", metavar="LOGIN")
    w.add_argument(
        "--passphrase-file", dest="new_passphrase_file", metavar="FILE", help=_NEW_FILE_HELP
    )
    w.set_defaults(func=cmd_reset)


def _info_dict(info: UserInfo) -> dict[str, Any]:
    return {
        "login": info.login,
        "display_name": info.display_name,
        "role": info.role.code,
        "created_at": datetime.fromtimestamp(info.created_at, UTC).isoformat(),
        "is_self": info.is_self,
        "has_passphrase": info.has_passphrase,
    }


def cmd_add(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        users = UserService(vault)
        users.access.require(Permission.MANAGE_USERS)  # before asking for a passphrase
        secret = common.new_passphrase(args)
        info = users.add(
            args.login, args.display_name, Role.parse(args.role), secret,
            kdf=common.kdf_for_new_vault(),
        )  # fmt: skip
    if args.json:
        common.print_json(_info_dict(info))
    else:
        print(f"Added {info.login} ({info.display_name}) as {info.role.code}.")
    return common.EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        infos = UserService(vault).list()
    if args.json:
        common.print_json([_info_dict(i) for i in infos])
        return common.EXIT_OK
    width = max((len(i.login) for i in infos), default=5)
    for info in infos:
        me = "  (you)" if info.is_self else ""
        if not info.has_passphrase:
            me += f"  (no passphrase: kasuhara user reset-passphrase {info.login})"
        print(f"{info.login:<{width}}  {info.role.code:<7}  {info.display_name}{me}")
    return common.EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        UserService(vault).remove(args.login)
    print(
        f"Removed {args.login}: they can no longer unlock this logbook. A copy made before "
        "now still opens with their passphrase unless you change the data key (kasuhara rekey)."
    )
    return common.EXIT_OK


def cmd_rename(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        info = UserService(vault).rename(args.login, args.display_name)
    print(f"{info.login} is now shown as {info.display_name}.")
    return common.EXIT_OK


def cmd_role(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        info = UserService(vault).set_role(args.login, Role.parse(args.role))
    print(f"{info.login} ({info.display_name}) is now {info.role.code}.")
    return common.EXIT_OK


def cmd_reset(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        users = UserService(vault)
        users.access.require(Permission.MANAGE_USERS)
        secret = common.new_passphrase(args)
        users.reset_passphrase(args.login, secret, kdf=common.kdf_for_new_vault())
    print(f"{args.login} has a new passphrase; give it to them in person.")
    return common.EXIT_OK
