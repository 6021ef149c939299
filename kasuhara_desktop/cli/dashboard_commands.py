"""``kasuhara dashboard [--json]``: the home screen's figures (what needs doing, the last year)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..domain.vocabulary import term
from ..services.dashboard import DashboardService
from ..services.dashboard_figures import DashboardFigures
from . import common


def register(sub: Any) -> None:
    p = sub.add_parser(
        "dashboard", help="what needs doing now, and the last 12 months (the home screen)",
        description="Open incidents, follow-ups due, bans ending within 30 days, complaint "
        "deadlines, CCTV to export before the recorder overwrites it, staff needing training, "
        "the policy, and incidents and hours per month: the same figures as the home screen.",
    )  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument(
        "--today", type=date.fromisoformat, metavar="YYYY-MM-DD", help=argparse.SUPPRESS
    )  # counting as of another day (tests); the shop's today by default
    p.set_defaults(func=cmd_dashboard)


def cmd_dashboard(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        figures = DashboardService(vault).figures(args.today)
    if args.json:
        common.print_json(figures.to_dict())
    else:
        print_figures(figures)
    return common.EXIT_OK


def _behaviour(code: str) -> str:
    return term("behaviour", code, "en") if code else "none recorded"


def print_figures(f: DashboardFigures) -> None:
    print(f"As of {f.today.isoformat()}")
    print(f"Open incidents: {f.open_incidents}")
    print(f"Follow-ups due: {f.follow_ups_due} (the next 7 days listed)")
    for x in f.follow_ups:
        late = " OVERDUE" if x.overdue(f.today) else ""
        who = f"{x.staff_name}: " if x.staff_name else ""
        print(f"  {x.reference}  {x.due.isoformat()}{late}  {who}{x.note}")
    print(f"Bans ending within 30 days: {len(f.bans_expiring)}")
    for b in f.bans_expiring:
        print(f"  {b.number}  until {b.valid_until.isoformat()}  {b.recipient}")
    print(f"Complaint deadlines running: {len(f.complaint_deadlines)}")
    for d in f.complaint_deadlines:
        holder = term("complaint_holder", d.holder)
        print(f"  {d.reference}  art. {d.article}, {holder}: a complaint, if wanted, by "
              f"{d.deadline.isoformat()} "
              f"({d.days_left} days left)")  # fmt: skip
    print(f"CCTV to export (the recorder keeps {f.cctv_retention_days} days): "
          f"{len(f.cctv_to_export)}")  # fmt: skip
    for c in f.cctv:
        state = "probably overwritten since" if c.overwritten else "export by"
        print(f"  {c.reference}  {state} {c.until.isoformat()}")
    if f.training is not None:
        t = f.training
        print(f"Staff needing training: {t.needing} (never trained {t.never}, overdue "
              f"{t.overdue}, of {t.on_roster})")  # fmt: skip
    if f.policy is not None:
        p = f.policy
        state = f"{p.unacknowledged} not acknowledged" if p.adopted else "not adopted"
        print(f"Basic policy: {state}")
    if f.retention_due is not None:
        print(f"Records due for erasing (retention review): {f.retention_due}")
    months = [m.strftime("%Y-%m") for m in f.months]
    print("Incidents per month by behaviour (" + ", ".join((months[0], months[-1])) + "):")
    for code, counts in f.behaviour_counts:
        print(f"  {_behaviour(code)}: " + " ".join(str(n) for n in counts))
    print("Hours per month (phone calls + other recorded time + start to end):")
    print("  " + " ".join(f"{h.minutes / 60:.1f}" for h in f.hours))
