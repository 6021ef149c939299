"""``kasuhara retention review|erase|hold|release|settings`` (issue 17.7; the owner only).

``retention erase`` without ``--yes`` prints what would go and exits 2 (nothing is erased):
erasing cannot be undone, not even with the recovery key, and backups made before still hold
the records.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from ..domain.retention import Decision, Review, parse_kind, parse_setting
from ..services.retention import RetentionService
from . import common

ERASE_HINT = (
    "Erase records whose retention period is over (references from 'retention review'). "
    "This cannot be undone, not even with the recovery key; backups made before still hold "
    "the records. Without --yes, prints what would be erased and exits 2."
)


def register(sub: Any) -> None:
    p = sub.add_parser("retention", help="retention periods, the review, erasing (owner only)")
    psub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    psub.required = True
    r = psub.add_parser("review", help="what is due for erasing and what is kept, and why")
    r.add_argument("--json", action="store_true", help="print the review as JSON")
    _today(r)
    r.set_defaults(func=cmd_review)
    e = psub.add_parser("erase", help="erase due records (asks for --yes)", description=ERASE_HINT)
    e.add_argument("references", nargs="+", metavar="REF")
    e.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in the audit)")
    e.add_argument("--yes", action="store_true", help="really erase (cannot be undone)")
    _today(e)
    e.set_defaults(func=cmd_erase)
    h = psub.add_parser("hold", help="keep a record whatever its age (a legal hold)")
    h.add_argument("reference", metavar="REF")
    h.add_argument("--reason", required=True, metavar="TEXT", help="why it must be kept")
    h.set_defaults(func=cmd_hold)
    rl = psub.add_parser("release", help="end a hold")
    rl.add_argument("reference", metavar="REF")
    rl.set_defaults(func=cmd_release)
    s = psub.add_parser("settings", help="the period of each kind of record (months)")
    s.add_argument(
        "--set", action="append", default=[], metavar="KIND=MONTHS", dest="changes",
        help="change a period (0: keep, never due); repeatable",
    )  # fmt: skip
    s.add_argument("--reset", action="append", default=[], metavar="KIND", help="back to default")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_settings)


def _today(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
        help="review as of another day (default: the shop's today)",
    )  # fmt: skip


def decision_to_dict(d: Decision) -> dict[str, object]:
    return {
        "kind": d.kind.value,
        "reference": d.reference,
        "due_since": d.due_since.isoformat() if d.due_since else None,
        "why": d.why,
        "held": [str(k) for k in d.held],
        "requires": list(d.requires),
    }


def review_to_dict(r: Review) -> dict[str, object]:
    return {
        "today": r.today.isoformat(),
        "due": [decision_to_dict(d) for d in r.due],
        "held": [decision_to_dict(d) for d in r.held],
    }


def _line(d: Decision) -> str:
    since = d.due_since.isoformat() if d.due_since else "-"
    text = f"  {d.reference:<14} {d.kind.value:<17} due since {since}  ({d.why})"
    if d.requires:
        text += f"; erase with {', '.join(d.requires)}"
    return text


def cmd_review(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        review = RetentionService(vault).review(args.today)
    if args.json:
        common.print_json(review_to_dict(review))
        return common.EXIT_OK
    print(f"As of {review.today.isoformat()}: {len(review.due)} due, {len(review.held)} kept")
    if review.due:
        print("Due for erasing:")
        for d in review.due:
            print(_line(d))
    if review.held:
        print("Kept:")
        for d in review.held:
            print(_line(d))
            for why in d.held:
                print(f"      kept: {why}")
    return common.EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        svc = RetentionService(vault)
        if not args.yes:
            plan = svc.plan(args.references, args.today)
            print(f"Would erase {len(plan)} record(s):")
            for d in plan:
                print(_line(d))
            sys.stderr.write(
                f"kasuhara: nothing erased: add --yes to erase these {len(plan)} record(s) "
                "(this cannot be undone, not even with the recovery key)\n"
            )
            return common.EXIT_BAD_INPUT
        erased = svc.erase(args.references, args.reason, args.today)
    for e in erased:
        files = f" with {e.files} evidence file(s)" if e.files else ""
        print(f"Erased {e.reference} ({e.kind.value}){files}")
    print("Backups made before still hold these records.")
    return common.EXIT_OK


def cmd_hold(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        kind = RetentionService(vault).hold(args.reference, args.reason)
    print(f"{args.reference} ({kind.value}) is on hold: it will not be due while held.")
    return common.EXIT_OK


def cmd_release(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        RetentionService(vault).release(args.reference)
    print(f"{args.reference} is no longer on hold.")
    return common.EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    changes = [parse_setting(text) for text in args.changes]  # all checked before any is saved
    resets = [parse_kind(text) for text in args.reset]
    with common.open_vault(args) as vault:
        svc = RetentionService(vault)
        for kind, months in changes:
            svc.set_months(kind, months)
        for kind in resets:
            svc.set_months(kind, None)
        settings = svc.rule_settings()
    if args.json:
        common.print_json(
            [
                {"kind": s.rule.kind.value, "months": s.months, "default": s.rule.default_months,
                 "is_default": s.is_default, "counts_from": s.rule.counts_from,
                 "why": s.rule.why}
                for s in settings
            ]
        )  # fmt: skip
        return common.EXIT_OK
    for s in settings:
        period = "kept (0)" if s.months == 0 else f"{s.months} months"
        mark = "" if s.is_default else " (the shop's setting)"
        print(f"{s.rule.kind.value:<17} {period}{mark} after {s.rule.counts_from}")
        print(f"{'':<17} {s.rule.why}")
    return common.EXIT_OK
