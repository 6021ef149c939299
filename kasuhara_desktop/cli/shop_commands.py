"""``kasuhara shop show|set``: the shop's name, address and phone (printed on every notice)."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from ..domain.enums import TradeType
from ..domain.errors import ValidationError
from ..domain.models import ShopProfile
from ..services.incidents import IncidentService
from ..services.shop import CALL_LIMIT_RANGE, CCTV_RETENTION_RANGE, ShopService
from . import common


def register(sub: Any) -> None:
    p = sub.add_parser(
        "shop", help="show or change the shop's name, address and phone",
        description="The shop's profile is printed on notices, letters and reports.",
    )  # fmt: skip
    ssub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    ssub.required = True

    s = ssub.add_parser("show", help="show the shop's profile")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_show)

    low, high = CALL_LIMIT_RANGE
    c = ssub.add_parser(
        "set", help="change fields of the shop's profile (the others keep their value)",
        description="Change the given fields; a field not given keeps its value. Use '' to "
        "clear a field (the name cannot be cleared).",
    )  # fmt: skip
    c.add_argument("--name", help="the shop's name (not empty)")
    c.add_argument("--company", help="the company that runs the shop")
    c.add_argument("--address", help="the shop's address")
    c.add_argument("--phone", help="the shop's phone number")
    c.add_argument("--representative", help="who signs for the shop (e.g. 店長 山田)")
    c.add_argument("--trade-type", choices=[t.value for t in TradeType], help="the trade")
    c.add_argument(
        "--call-limit", type=int, metavar="MINUTES", dest="call_limit",
        help=f"time limit for a complaint call, {low}..{high} minutes",
    )  # fmt: skip
    days = CCTV_RETENTION_RANGE
    c.add_argument(
        "--cctv-retention-days", type=int, metavar="DAYS", dest="cctv_days",
        help=f"days the CCTV recorder keeps video before overwriting it, {days[0]}..{days[1]}",
    )  # fmt: skip
    c.add_argument("--json", action="store_true", help="print the stored profile as JSON")
    c.set_defaults(func=cmd_set)


def profile_dict(profile: ShopProfile) -> dict[str, Any]:
    data = dataclasses.asdict(profile)
    data["trade_type"] = profile.trade_type.value
    return data


def print_profile(profile: ShopProfile, as_json: bool) -> None:
    data = profile_dict(profile)
    if as_json:
        common.print_json(data)
        return
    width = max(len(k) for k in data)
    for key, value in data.items():
        print(f"{key + ':':<{width + 1}}  {value}")


def cmd_show(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        profile = ShopService(IncidentService(vault)).profile()
    print_profile(profile, args.json)
    return common.EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    fields = ("name", "company", "address", "phone", "representative", "trade_type", "call_limit",
              "cctv_days")  # fmt: skip
    if all(getattr(args, f) is None for f in fields):
        raise ValidationError("shop set: give at least one field to change (see --help).")
    trade = TradeType(args.trade_type) if args.trade_type else None
    with common.open_vault(args) as vault:
        profile = ShopService(IncidentService(vault)).change(
            name=args.name, company=args.company, address=args.address, phone=args.phone,
            representative=args.representative, trade_type=trade,
            call_limit_minutes=args.call_limit, cctv_retention_days=args.cctv_days,
        )  # fmt: skip
    print_profile(profile, args.json)
    return common.EXIT_OK
