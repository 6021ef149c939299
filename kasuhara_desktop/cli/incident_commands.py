"""``kasuhara incident add|list|show|update|log|reopen``."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.enums import Behaviour, Channel, IncidentStatus, TimelineKind
from ..domain.errors import ValidationError
from ..domain.json_reader import parse_datetime
from ..domain.models import Incident
from ..domain.query import IncidentFilter
from ..domain.quotes import bare_words
from ..domain.vocabulary import term
from ..services.incidents import IncidentService
from ..services.response import ResponseService
from . import common

# More rows than any logbook holds; a larger --limit is a typing error (and overflows SQLite).
MAX_LIST = 10_000_000
EXAMPLE_HINT = (
    "The JSON format is documented in resources/docs/incident-json.md; a full example is "
    "resources/docs/incident-example.json."
)


def register(sub: Any) -> None:
    p = sub.add_parser("incident", help="record and read incidents")
    isub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    isub.required = True

    a = isub.add_parser("add", help="add an incident from JSON", description=EXAMPLE_HINT)
    a.add_argument("--json", required=True, metavar="FILE|-", dest="json_input")
    a.add_argument("--print-json", action="store_true", help="print the stored incident as JSON")
    a.set_defaults(func=cmd_add)

    u = isub.add_parser("update", help="replace an incident from JSON", description=EXAMPLE_HINT)
    u.add_argument("reference")
    u.add_argument("--json", required=True, metavar="FILE|-", dest="json_input")
    u.set_defaults(func=cmd_update)

    ls = isub.add_parser("list", help="list incidents, newest first")
    ls.add_argument("--search", default="", help="words that must all appear (any field)")
    ls.add_argument("--status", choices=[s.value for s in IncidentStatus])
    ls.add_argument("--channel", choices=[c.value for c in Channel])
    ls.add_argument("--behaviour", choices=[b.value for b in Behaviour])
    ls.add_argument("--limit", type=int, default=1000)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    g = isub.add_parser("log", help="log a timed step of the on-site response")
    g.add_argument("reference")
    g.add_argument("--event", required=True, choices=sorted(LOG_EVENTS))
    g.add_argument("--at", help="when (ISO 8601, e.g. 2026-11-28T14:05:00+09:00); default now")
    g.add_argument("--by", default="", help="who made the request (default: the user)")
    g.add_argument("--description", default="")
    g.set_defaults(func=cmd_log)

    r = isub.add_parser(
        "reopen",
        help="reopen a closed incident so it can be changed (the reason goes to the audit trail)",
    )
    r.add_argument("reference")
    r.add_argument("--reason", required=True, help="why it is reopened (required)")
    r.add_argument(
        "--to",
        choices=[s.value for s in IncidentStatus if s is not IncidentStatus.CLOSED],
        default=IncidentStatus.RESPONDED.value,
        help="the status it goes back to (default: responded)",
    )
    r.set_defaults(func=cmd_reopen)

    s = isub.add_parser("show", help="show one incident")
    s.add_argument("reference")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_show)


LOG_EVENTS = {
    "conversation-end": TimelineKind.CONVERSATION_END,
    "stop-request": TimelineKind.STOP_REQUEST,
    "leave-order": TimelineKind.LEAVE_ORDER,
    "final-warning": TimelineKind.FINAL_WARNING,
    "police-call": TimelineKind.POLICE_CALL,
    "police-arrived": TimelineKind.POLICE_ARRIVED,
    "recording-handover": TimelineKind.RECORDING_HANDOVER,
    "customer-left": TimelineKind.CUSTOMER_LEFT,
}


def cmd_log(args: argparse.Namespace) -> int:
    at = parse_datetime(args.at, "--at") if args.at else None
    with common.open_vault(args) as vault:
        inc = ResponseService(IncidentService(vault)).log_event(
            args.reference, LOG_EVENTS[args.event], at=at, by=args.by,
            description=args.description,
        )  # fmt: skip
    entry = inc.timeline[-1]
    print(f"{inc.reference}  {entry.at.isoformat()}  {entry.kind.value}  {entry.by}")
    return common.EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    data = common.read_json_input(args.json_input)
    with common.open_vault(args) as vault:
        service = IncidentService(vault)
        inc = service.add_json(data)
        if args.print_json:
            common.print_json(ResponseService(service).to_json(inc))
        else:
            print(inc.reference)
    return common.EXIT_OK


def cmd_update(args: argparse.Namespace) -> int:
    data = common.read_json_input(args.json_input)
    with common.open_vault(args) as vault:
        inc = IncidentService(vault).update_json(args.reference, data)
    print(f"{inc.reference} version {inc.version}")
    return common.EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        inc = IncidentService(vault).reopen(args.reference, args.reason, IncidentStatus(args.to))
    print(f"{inc.reference} {inc.status.value} version {inc.version}")
    return common.EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= MAX_LIST:
        raise ValidationError(f"--limit must be within 1..{MAX_LIST:,}.")
    query = IncidentFilter(
        search=args.search,
        statuses=frozenset({IncidentStatus(args.status)}) if args.status else frozenset(),
        channel=Channel(args.channel) if args.channel else None,
        behaviour=Behaviour(args.behaviour) if args.behaviour else None,
    )
    with common.open_vault(args) as vault:
        rows = IncidentService(vault).find(query, limit=args.limit)
    if args.json:
        common.print_json(
            [
                {
                    "reference": r.reference,
                    "occurred_at": r.occurred_at.isoformat(),
                    "channel": r.channel.value,
                    "status": r.status.value,
                    "location": r.location,
                    "summary": r.summary,
                    "behaviours": [b.value for b in r.behaviours],
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            first_line = r.summary.splitlines()[0] if r.summary else ""
            print(
                f"{r.reference}  {r.occurred_at:%Y-%m-%d %H:%M}  {r.status.value:<15}  "
                f"{r.channel.value:<9}  {first_line[:60]}"
            )
    return common.EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        response = ResponseService(IncidentService(vault))
        inc = response.incidents.get(args.reference)
        data = response.to_json(inc)
        if args.json:
            common.print_json(data)
        else:
            print(render_text(inc, data))
    return common.EXIT_OK


def _holder_lines(o: dict[str, Any]) -> list[str]:
    """One line per complaint holder of a complaint-only offence: their period, or that the
    day they learned who the offender is has not been recorded."""
    if not o["complaint_required"]:
        return []
    periods = {p["holder"]: p for p in o["holder_deadlines"]}
    lines = []
    for holder in o["complaint_holders"]:
        who = term("complaint_holder", holder)
        p = periods.get(holder)
        if p is None:
            lines.append(
                f"complaint by {who}: the day they learned who the offender is is not recorded"
            )
        elif p["days_left"] < 0:
            lines.append(
                f"complaint by {who}: the period ended on {p['deadline']} "
                f"(counted from {p['known_on']})"
            )
        else:
            lines.append(
                f"complaint by {who}, if wanted: by {p['deadline']} "
                f"({p['days_left']} days left; counted from {p['known_on']})"
            )
    return lines


def render_text(inc: Incident, data: dict[str, Any]) -> str:
    """A plain-text view of an incident for the terminal."""
    lines = [
        f"{inc.reference}  (version {inc.version}, {inc.status.value})",
        f"When:      {inc.occurred_at.isoformat()}"
        + (f" – {inc.ended_at.isoformat()}" if inc.ended_at else ""),
        f"Where:     {inc.location}",
        f"Channel:   {inc.channel.value}",
        f"Summary:   {inc.summary}",
    ]
    if inc.demand:
        lines.append(f"Demand:    {inc.demand}")
    if inc.behaviours:
        lines.append("Behaviours: " + ", ".join(b.value for b in inc.behaviours))
    if inc.participants:
        lines.append("People:")
        lines += [f"  - {p.display_name} ({p.role.value})" for p in inc.participants]
    if inc.quotes:
        lines.append("Exact words:")
        for q in inc.quotes:
            when = f" at {q.said_at:%H:%M}" if q.said_at else ""
            times = f" ×{q.repeat_count}" if q.repeat_count > 1 else ""
            lines.append(f"  - {q.speaker}{when}{times}: 「{bare_words(q.words)}」")
    if inc.timeline:
        lines.append("Timeline:")
        lines += [
            f"  - {t.at:%Y-%m-%d %H:%M} [{t.kind.value}] {t.description}" for t in inc.timeline
        ]
    if inc.statements:
        lines.append("Statements:")
        lines += [f"  - {s.witness}: {s.text}" for s in inc.statements]
    if inc.actions:
        lines.append("Actions:")
        lines += [
            f"  - [{'x' if a.done else ' '}] {a.kind.value}: {a.description}" for a in inc.actions
        ]
    if inc.costs:
        lines.append(f"Time spent: {inc.total_minutes} min; money: ¥{inc.total_yen:,}")
    verdict = data["assessment"]
    lines.append(f"Verdict:   {verdict['verdict']} (reasons: {', '.join(verdict['reasons'])})")
    if data["possible_offences"]:
        lines.append("Possible offences (points to discuss with a lawyer, not a conclusion):")
        for o in data["possible_offences"]:
            lines.append(f"  - art. {o['article']} {o['title']['en']}")
            lines += [f"    {line}" for line in _holder_lines(o)]
            for e in o["element_view"]:
                basis = ", ".join(f["code"] for f in e["basis"])
                hint = (
                    f" suggested from: 「{e['suggestion']['evidence']}」" if e["suggestion"] else ""
                )
                lines.append(
                    f"      [{e['state']}] {e['code']}{': ' + basis if basis else ''}{hint}"
                )
    return "\n".join(lines)
