"""``kasuhara policy show|template|adopt|told|ack|print|law`` (issue 17.1, the basic policy).

``policy template --lang ja > policy.txt`` gives the shipped text with the shop's name to edit;
``policy adopt --file policy.txt --lang ja`` stores it as a new version adopted today (or
``--on``); ``policy told`` and ``policy ack`` record that staff were told and who confirmed;
``policy print`` writes the staff document, or with ``--poster A4|A3`` the customer poster.
``policy law`` prints the employer's duty as shipped, each statement with its sources and the
day it was checked (it needs no vault).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..domain.employer_duty import employer_duty
from ..domain.errors import ValidationError
from ..domain.policy import Acknowledgement, PolicyVersion, TellMethod, ToldRecord
from ..domain.vocabulary import LANGUAGES
from ..services.consultation import ConsultationService
from ..services.documents import unprintable_characters
from ..services.policy import PolicyService, contacts_of
from . import common
from .report_commands import _date, _target, note_unprintable

TEXT_LIMIT = 200_000


def register(sub: Any) -> None:
    p = sub.add_parser("policy", help="the shop's basic policy on customer harassment")
    psub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    psub.required = True

    sh = psub.add_parser("show", help="the policy in force, its versions and records")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=cmd_show)

    tp = psub.add_parser("template", help="print the shipped text (with the shop's name)")
    tp.add_argument("--lang", choices=LANGUAGES, default="ja")
    tp.set_defaults(func=cmd_template)

    ad = psub.add_parser("adopt", help="store a text as a new version and adopt it")
    ad.add_argument("--file", required=True, metavar="FILE.txt", help="the policy text (UTF-8)")
    ad.add_argument("--lang", required=True, choices=LANGUAGES, help="the text's language")
    ad.add_argument("--on", metavar="DATE", help="adoption date (default: today)")
    ad.add_argument("--title", help="the title (default: the template's, in --lang)")
    ad.set_defaults(func=cmd_adopt)

    td = psub.add_parser("told", help="record that staff were told of the policy")
    td.add_argument("--on", required=True, metavar="DATE")
    td.add_argument("--how", required=True, choices=[m.value for m in TellMethod])
    td.add_argument("--who", metavar="NAMES", help='comma-separated names (default "all staff")')
    td.add_argument("--note", default="")
    td.set_defaults(func=cmd_told)

    ak = psub.add_parser("ack", help="record that a person confirmed they read the policy")
    ak.add_argument("name", nargs="+", metavar="NAME")
    ak.add_argument("--on", metavar="DATE", help="default: today")
    ak.set_defaults(func=cmd_ack)

    lw = psub.add_parser(
        "law", help="the employer's duty: each statement, its sources, when checked"
    )
    lw.add_argument("--lang", choices=LANGUAGES, default="en")
    lw.add_argument("--json", action="store_true")
    lw.set_defaults(func=cmd_law)

    pr = psub.add_parser("print", help="write the staff document or the poster as a PDF")
    pr.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pr.add_argument("--poster", choices=("A4", "A3"), help="the customer poster in this size")
    pr.add_argument("--lang", choices=LANGUAGES, help="default: the adopted policy's language")
    pr.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    pr.set_defaults(func=cmd_print)


def _version_json(v: PolicyVersion, body: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "version": v.version,
        "lang": v.lang,
        "title": v.title,
        "created_at": v.created_at.isoformat() if v.created_at else None,
        "created_by": v.created_by,
        "adopted_on": v.adopted_on.isoformat() if v.adopted_on else None,
        "adopted_by": v.adopted_by,
    }
    if body:
        out["body"] = v.body
    return out


def _told_json(t: ToldRecord) -> dict[str, Any]:
    return {
        "version": t.version,
        "on": t.told_on.isoformat(),
        "how": t.method.value,
        "who": list(t.who) or "all staff",
        "note": t.note,
        "recorded_by": t.recorded_by,
    }


def _ack_json(a: Acknowledgement) -> dict[str, Any]:
    return {"version": a.version, "name": a.name, "on": a.acknowledged_on.isoformat()}


def cmd_show(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        service = PolicyService(vault)
        versions = service.versions()
        cur = service.current()
        told = service.told()
        acks = service.acknowledgements()
        status = service.status()
    if args.json:
        common.print_json(
            {
                "current": _version_json(cur, body=True) if cur else None,
                "status": status.summary(),
                "versions": [_version_json(v) for v in versions],
                "told": [_told_json(t) for t in told],
                "acknowledgements": [_ack_json(a) for a in acks],
            }
        )
        return common.EXIT_OK
    print(f"policy: {status.summary()}")
    for v in versions:
        state = f"adopted {v.adopted_on}" if v.adopted_on else "draft"
        mark = "*" if cur and v.version == cur.version else " "
        print(f"{mark} v{v.version}  {v.lang}  {state:18}  {v.title}")
    if cur is not None:
        for t in (t for t in told if t.version == cur.version):
            who = ", ".join(t.who) or "all staff"
            print(f"  told {t.told_on}  {t.method.value}  {who}")
        names = [a.name for a in acks if a.version == cur.version]
        if names:
            print(f"  acknowledged by {len(names)}: {', '.join(names)}")
        print()
        print(cur.title)
        print(cur.body)
    common.print_notes()
    return common.EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        _title, body = PolicyService(vault).seed(args.lang)
    sys.stdout.write(body + "\n")
    return common.EXIT_OK


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read(TEXT_LIMIT + 1)
    except FileNotFoundError:
        raise ValidationError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise ValidationError(f"{path}: is a folder, not a text file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path}: could not be read as UTF-8 text ({exc}).") from None
    if len(text) > TEXT_LIMIT:
        raise ValidationError(f"{path}: longer than {TEXT_LIMIT:,} characters.")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError(f"{path}: the file is empty.")
    return text


def cmd_adopt(args: argparse.Namespace) -> int:
    body = _read_text(args.file)  # before the vault is opened: a typo costs no passphrase
    on = _date(args.on, "--on") if args.on else None
    with common.open_vault(args) as vault:
        service = PolicyService(vault)
        title = args.title or service.template(args.lang).title
        v = service.adopt_text(title, body, args.lang, on)
    print(f"policy v{v.version} adopted on {v.adopted_on}")
    return common.EXIT_OK


def cmd_told(args: argparse.Namespace) -> int:
    on = _date(args.on, "--on")
    with common.open_vault(args) as vault:
        t = PolicyService(vault).record_told(on, args.how, args.who or (), args.note)
    who = ", ".join(t.who) or "all staff"
    print(f"policy v{t.version}: told on {t.told_on} ({t.method.value}): {who}")
    return common.EXIT_OK


def cmd_ack(args: argparse.Namespace) -> int:
    on = _date(args.on, "--on") if args.on else None
    with common.open_vault(args) as vault:
        service = PolicyService(vault)
        for name in args.name:
            a = service.acknowledge(name, on)
            print(f"policy v{a.version}: acknowledged by {a.name} on {a.acknowledged_on}")
    return common.EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    dest: Path = _target(args.output, args.force)
    with common.open_vault(args) as vault, unprintable_characters() as unprintable:
        service = PolicyService(vault, contacts=contacts_of(ConsultationService(vault)))
        if args.poster:
            service.write_poster(dest, args.poster, args.lang)
        else:
            service.write_document(dest, lang=args.lang)
    note_unprintable(unprintable)
    print(dest)
    return common.EXIT_OK


def cmd_law(args: argparse.Namespace) -> int:
    """Needs no vault: the shipped data file, with where each statement was read."""
    duty = employer_duty()
    if args.json:
        common.print_json(
            {
                "act": duty.act,
                "promulgated": duty.promulgated.isoformat(),
                "in_force": duty.in_force.isoformat(),
                "in_force_note": duty.in_force_note[args.lang],
                "unverified": duty.unverified,
                "unverified_note": duty.unverified_note,
                "checked": duty.checked.isoformat(),
                "statements": [
                    {"id": s.id, "instrument": s.instrument, "ref": s.ref,
                     "text": s.in_lang(args.lang), "sources": list(s.sources),
                     "checked": s.checked.isoformat()}
                    for s in duty.statements
                ],
                "sources": [{"url": url, "what": what} for url, what in duty.sources],
            }
        )  # fmt: skip
        return common.EXIT_OK
    print(f"{duty.law[args.lang]}: {duty.act}")
    print(duty.in_force_note[args.lang])
    for instrument in ("act", "guideline", "ordinance"):
        print()
        print(duty.instruments[instrument][args.lang])
        for s in duty.of(instrument):
            print(f"  {s.ref}: {s.in_lang(args.lang)}")
            print(f"    checked {s.checked}; " + ", ".join(s.sources))
    if duty.unverified:
        print()
        print(f"UNVERIFIED: {duty.unverified_note}")
    return common.EXIT_OK
