"""``kasuhara call add``: file a phone call, as the GUI's phone mode does.

The call becomes call start/end timeline entries, the caller's exact words, the caller as a
person (one number stays one person), the time spent as a phone cost, and the behaviour
``repeated_calls`` once the number has called 3 times within 30 days (this call included).
"""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import Any

from ..domain.enums import Behaviour
from ..domain.errors import ValidationError
from ..domain.json_reader import parse_datetime
from ..domain.phone import REPEAT_THRESHOLD, REPEAT_WINDOW, CallLog, call_minutes
from ..domain.validation import clean_int
from ..services.incidents import IncidentService
from ..services.phone import PhoneService
from . import common

EXAMPLE = (
    "example: kasuhara call add --start 2026-11-28T14:05:00+09:00 --minutes 25 "
    "--number 090-1234-5678 --caller '男性（常連）' --words '責任者を出せ'. "
    f"A number that called {REPEAT_THRESHOLD} times within {REPEAT_WINDOW.days} days "
    "(this call included) marks the incident 'repeated_calls'."
)
MAX_CALL_MINUTES = 24 * 60


def register(sub: Any) -> None:
    p = sub.add_parser("call", help="file phone calls (as the GUI's phone mode)")
    csub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    csub.required = True

    a = csub.add_parser(
        "add", help="file a call into a new phone incident, or into one on file with --into",
        description=EXAMPLE,
    )  # fmt: skip
    a.add_argument("--start", required=True, help="when it began (ISO 8601 with offset)")
    end = a.add_mutually_exclusive_group(required=True)
    end.add_argument("--end", help="when it ended (ISO 8601 with offset)")
    end.add_argument("--minutes", type=int, help="how long it lasted, in whole minutes")
    a.add_argument("--number", default="", help="the caller's number as shown (empty: withheld)")
    a.add_argument("--caller", default="Caller", help="who it is, as the shop knows them")
    a.add_argument("--words", default="", help="what the caller said, word for word")
    a.add_argument("--into", metavar="REFERENCE", help="file into this incident (default: new)")
    a.add_argument(
        "--summary", help="the new incident's summary (default: 'Phone call from … (N min)')"
    )
    a.add_argument("--json", action="store_true", help="print what was filed as JSON")
    a.set_defaults(func=cmd_add)


def _call(args: argparse.Namespace) -> CallLog:
    start = parse_datetime(args.start, "--start")
    if args.end is not None:
        end = parse_datetime(args.end, "--end")
        if end < start:
            raise ValidationError("--end: the call ends before it began.")
    else:
        minutes = clean_int(args.minutes, "--minutes", minimum=0, maximum=MAX_CALL_MINUTES)
        end = start + timedelta(minutes=minutes)
    return CallLog(start=start, end=end, number=args.number.strip(), words=args.words)


def cmd_add(args: argparse.Namespace) -> int:
    call = _call(args)
    caller = args.caller.strip() or "Caller"
    summary = args.summary
    if summary is None:
        summary = f"Phone call from {call.number or 'a withheld number'} ({call_minutes(call)} min)"
    with common.open_vault(args) as vault:
        phone = PhoneService(IncidentService(vault))
        saved = phone.file_call(call, caller_label=caller, summary=summary, reference=args.into)
        count = phone.count_from(call.number, call.start) if call.number else 0
    repeated = Behaviour.REPEATED_CALLS in saved.behaviours
    if args.json:
        common.print_json(
            {
                "reference": saved.reference,
                "version": saved.version,
                "minutes": call_minutes(call),
                "calls_from_number": count,
                "repeated_calls": repeated,
            }
        )
    else:
        note = f"; {count} calls from {call.number} in {REPEAT_WINDOW.days} days" if count else ""
        print(f"{saved.reference} version {saved.version}{note}")
    return common.EXIT_OK
