"""``kasuhara manual print`` and ``kasuhara procedures show|set`` (issue 17.3).

``procedures show --json`` prints the document ``procedures set --file`` reads back: the
procedures (settings and texts per language) and the shop's harassment criteria. A part left
out of the file keeps its value; each save that changes something is a new version.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..domain.procedures import LANGUAGES, Situation
from ..domain.vocabulary import label
from ..services.documents import unprintable_characters
from ..services.procedures import ProcedureService
from . import common
from .report_commands import _target, note_unprintable

SET_HINT = (
    "FILE is JSON in the shape 'kasuhara procedures show --json' prints: "
    '{"procedures": {"settings": {"min_staff": 2, "phone_limit_minutes": 30}, '
    '"texts": {"ja": {...}}}, "criteria": {"unacceptable_behaviours": ["threats_abuse"], '
    '"examples": {"ja": ["..."]}, "phone_limit_applies": true}}. Parts left out keep their value.'
)


def register(sub: Any) -> None:
    m = sub.add_parser("manual", help="the shop's customer-harassment manual (PDF)")
    msub = m.add_subparsers(dest="action", metavar="ACTION", parser_class=type(m))
    msub.required = True
    pr = msub.add_parser("print", help="write the manual as a PDF")
    pr.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pr.add_argument("--lang", choices=LANGUAGES, default="ja", help="language (default ja)")
    pr.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    pr.set_defaults(func=cmd_print)

    p = sub.add_parser("procedures", help="the shop's handling procedures and criteria")
    psub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    psub.required = True
    sh = psub.add_parser("show", help="the procedures and criteria in force")
    sh.add_argument("--json", action="store_true")
    sh.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the text view")
    sh.set_defaults(func=cmd_show)
    st = psub.add_parser("set", help="save a new version from a JSON file", description=SET_HINT)
    st.add_argument("--file", required=True, metavar="FILE|-", dest="json_input")
    st.set_defaults(func=cmd_set)


def cmd_print(args: argparse.Namespace) -> int:
    dest = _target(args.output, args.force)
    with common.open_vault(args) as vault, unprintable_characters() as unprintable:
        ProcedureService(vault).write_manual(dest, args.lang)
    note_unprintable(unprintable)
    print(dest)
    return common.EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        service = ProcedureService(vault)
        if args.json:
            common.print_json(service.document())
            return common.EXIT_OK
        p, c = service.procedures(), service.criteria()
    lang = args.lang
    who = f" ({p.saved_at:%Y-%m-%d} by {p.saved_by})" if p.saved_at else " (shipped defaults)"
    lines = [
        f"procedures version {p.version}{who}",
        f"minimum staff per complaint: {p.min_staff}",
        f"phone time limit: {p.phone_limit_minutes} min",
        f"criteria version {c.version}: always unacceptable in manner:",
        *(f"  - {label(b, lang)} ({b.value})" for b in c.unacceptable_behaviours),
    ]
    if c.phone_limit_applies:
        lines.append(f"  - a call longer than {p.phone_limit_minutes} min")
    texts = p.texts[lang]
    for situation in Situation:
        pb = texts.playbooks[situation]
        lines.append(
            f"[{situation.value}] {pb.title}: {len(pb.steps)} steps, {len(pb.scripts)} scripts"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    return common.EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    data = common.read_json_input(args.json_input)
    with common.open_vault(args) as vault:
        result = ProcedureService(vault).save_document(data)
    if not result.changed:
        print("nothing changed: no new version")
        return common.EXIT_OK
    parts = []
    if "procedures" in result.changed:
        parts.append(f"procedures version {result.procedures.version}")
    if "criteria" in result.changed:
        parts.append(f"criteria version {result.criteria.version}")
    print("saved " + ", ".join(parts))
    return common.EXIT_OK
