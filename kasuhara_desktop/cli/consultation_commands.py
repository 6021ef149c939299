"""``kasuhara consultation add|list|contacts|contact-add`` and ``kasuhara cooperation
add|list|print`` (issue 17, points 2 and 5).

Consultation records are private: ``consultation list`` shows the owner every record and a
contact person only the records naming them; anyone else gets an empty list (exit 0).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from ..domain.consultation import (
    Channel,
    Consultation,
    Contact,
    ContactKind,
    consultation_from_dict,
    consultation_to_dict,
    contact_to_dict,
    label,
)
from ..domain.cooperation import (
    LANGUAGES,
    CooperationRequest,
    Direction,
    request_from_dict,
    request_to_dict,
)
from ..domain.errors import ValidationError
from ..domain.json_reader import parse_datetime
from ..domain.validation import check_date
from ..services.consultation import ConsultationService
from ..services.documents import unprintable_characters
from . import common
from .report_commands import _target, note_unprintable

ADD_HINT = (
    "Either the options or --file JSON with the fields consulted_by, when, channel, summary, "
    "contact, incident, action, follow_up, follow_up_on (what 'consultation list --json' "
    "prints). Who consulted may be initials only."
)
COOP_HINT = (
    "Either the options or --file JSON with the fields direction, date, employer, "
    "employer_contact, employer_address, incident, occurred_on, what_happened, what_asked, "
    "response, responded_on, staff_names, name_staff (what 'cooperation list --json' prints)."
)


def register(sub: Any) -> None:
    p = sub.add_parser("consultation", help="the consultation desk: contacts and records")
    psub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    psub.required = True
    a = psub.add_parser("add", help="record a consultation", description=ADD_HINT)
    a.add_argument("--contact", metavar="LOGIN", help="the contact person handling it")
    a.add_argument("--when", metavar="ISO", help="when, e.g. 2026-11-20T18:30+09:00")
    a.add_argument("--summary", metavar="TEXT", help="what it was about")
    a.add_argument("--by", default="", metavar="NAME", help="who consulted (initials are fine)")
    a.add_argument("--channel", choices=[c.value for c in Channel], default="in_person")
    a.add_argument("--incident", default="", metavar="REF", help="the incident, if any")
    a.add_argument("--action", dest="done", default="", metavar="TEXT", help="what was done")
    a.add_argument("--follow-up", default="", metavar="TEXT", help="what is still to be done")
    a.add_argument("--follow-up-on", metavar="YYYY-MM-DD", help="by when")
    a.add_argument("--file", metavar="FILE|-", dest="json_input", help="the record as JSON")
    a.add_argument("--json", action="store_true", help="print the stored record as JSON")
    a.set_defaults(func=cmd_add)
    ls = psub.add_parser("list", help="the consultations you may read")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    c = psub.add_parser("contacts", help="whom staff can talk to")
    c.add_argument("--json", action="store_true")
    c.add_argument("--lang", choices=LANGUAGES, default="ja", help="language (default ja)")
    c.set_defaults(func=cmd_contacts)
    ca = psub.add_parser("contact-add", help="add a contact (an internal login: a contact person)")
    ca.add_argument("--kind", choices=[k.value for k in ContactKind], required=True)
    ca.add_argument("--name", default="")
    ca.add_argument("--login", default="", help="for an internal contact person: their login")
    ca.add_argument("--phone", default="")
    ca.add_argument("--address", default="")
    ca.add_argument("--hours", default="")
    ca.add_argument("--notes", default="")
    ca.set_defaults(func=cmd_contact_add)

    q = sub.add_parser("cooperation", help="cooperation requests with other employers")
    qsub = q.add_subparsers(dest="action", metavar="ACTION", parser_class=type(q))
    qsub.required = True
    qa = qsub.add_parser("add", help="record a request, sent or received", description=COOP_HINT)
    qa.add_argument("--direction", choices=[d.value for d in Direction], default="outgoing")
    qa.add_argument("--date", metavar="YYYY-MM-DD", help="sent or received on (default today)")
    qa.add_argument("--employer", help="the other employer")
    qa.add_argument("--contact", default="", help="the person or department there")
    qa.add_argument("--address", default="", help="their address")
    qa.add_argument("--incident", default="", metavar="REF")
    qa.add_argument("--occurred-on", metavar="YYYY-MM-DD")
    qa.add_argument("--what", default="", metavar="TEXT", help="what happened (neutral facts)")
    qa.add_argument("--draft", action="store_true", help="draft --what from --incident")
    qa.add_argument("--asked", default="", metavar="TEXT", help="what is asked")
    qa.add_argument("--response", default="", metavar="TEXT")
    qa.add_argument("--staff", default="", metavar="NAMES", help="staff concerned")
    qa.add_argument("--name-staff", action="store_true", help="print the staff names")
    qa.add_argument("--lang", choices=LANGUAGES, default="ja", help="language of --draft")
    qa.add_argument("--file", metavar="FILE|-", dest="json_input")
    qa.add_argument("--json", action="store_true", help="print the stored request as JSON")
    qa.set_defaults(func=cmd_coop_add)
    ql = qsub.add_parser("list", help="every request, newest first")
    ql.add_argument("--json", action="store_true")
    ql.set_defaults(func=cmd_coop_list)
    qp = qsub.add_parser("print", help="write an outgoing request's letter as a PDF")
    qp.add_argument("id", type=int, metavar="ID")
    qp.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    qp.add_argument("--lang", choices=LANGUAGES, default="ja", help="language (default ja)")
    qp.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    qp.set_defaults(func=cmd_coop_print)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return check_date(date.fromisoformat(value.strip()), option)
    except ValueError:
        raise ValidationError(f"{option}: {value!r} is not a date like 2026-12-01.") from None


def _consultation(args: argparse.Namespace) -> Consultation:
    if args.json_input:
        return consultation_from_dict(common.read_json_input(args.json_input))
    if not args.when or not args.summary:
        raise ValidationError("Give --when and --summary (or --file JSON).")
    return Consultation(
        consulted_by=args.by,
        consulted_at=parse_datetime(args.when, "--when"),
        channel=Channel(args.channel),
        summary=args.summary,
        contact_login=args.contact or "",
        incident_reference=args.incident,
        action=args.done,
        follow_up=args.follow_up,
        follow_up_on=_day(args.follow_up_on, "--follow-up-on"),
    )


def cmd_add(args: argparse.Namespace) -> int:
    record = _consultation(args)  # checked before the passphrase is asked for
    with common.open_vault(args) as vault:
        saved = ConsultationService(vault).add_record(record)
    if args.json:
        common.print_json(consultation_to_dict(saved))
    else:
        print(f"consultation {saved.id} recorded (contact person {saved.contact_login})")
    return common.EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        records = ConsultationService(vault).records()
    if args.json:
        common.print_json([consultation_to_dict(r) for r in records])
        return common.EXIT_OK
    for r in records:
        ref = f" [{r.incident_reference}]" if r.incident_reference else ""
        who = r.consulted_by or "-"
        summary = " ".join(r.summary.split())[:60]
        print(f"{r.id}\t{r.consulted_at:%Y-%m-%d %H:%M}\t{r.contact_login}\t{who}{ref}\t{summary}")
    if not records:
        sys.stderr.write("no consultations you may read\n")
    return common.EXIT_OK


def cmd_contacts(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        contacts = ConsultationService(vault).contacts(args.lang)
    if args.json:
        common.print_json([contact_to_dict(c) for c in contacts])
        return common.EXIT_OK
    for c in contacts:
        phone = label("check", args.lang) if c.phone_unchecked else (c.phone or "-")
        login = f" ({c.login})" if c.login else ""
        hours = f"\t{c.hours}" if c.hours else ""
        print(f"{label(c.kind.value, args.lang)}\t{c.name}{login}\t{phone}{hours}")
    return common.EXIT_OK


def cmd_contact_add(args: argparse.Namespace) -> int:
    contact = Contact(
        ContactKind(args.kind),
        args.name,
        login=args.login,
        phone=args.phone,
        address=args.address,
        hours=args.hours,
        notes=args.notes,
    )
    with common.open_vault(args) as vault:
        saved = ConsultationService(vault).save_contact(contact)
    print(f"contact {saved.id} added: {saved.name}")
    return common.EXIT_OK


def _request(args: argparse.Namespace, service: ConsultationService) -> CooperationRequest:
    if args.json_input:
        return request_from_dict(common.read_json_input(args.json_input))
    if not args.employer:
        raise ValidationError("Give --employer (or --file JSON).")
    what = args.what
    if args.draft and not what:
        if not args.incident:
            raise ValidationError("--draft needs --incident REF.")
        what = service.draft_what_happened(args.incident, args.lang)
    return CooperationRequest(
        direction=Direction(args.direction),
        request_date=_day(args.date, "--date") or service.today(),
        employer=args.employer,
        employer_contact=args.contact,
        employer_address=args.address,
        incident_reference=args.incident,
        occurred_on=_day(args.occurred_on, "--occurred-on"),
        what_happened=what,
        what_asked=args.asked,
        response=args.response,
        staff_names=args.staff,
        name_staff=args.name_staff,
    )


def cmd_coop_add(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        service = ConsultationService(vault)
        saved = service.save_request(_request(args, service))
    if args.json:
        common.print_json(request_to_dict(saved))
    else:
        print(f"cooperation request {saved.id} recorded ({saved.direction.value})")
    return common.EXIT_OK


def cmd_coop_list(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        items = ConsultationService(vault).requests()
    if args.json:
        common.print_json([request_to_dict(r) for r in items])
        return common.EXIT_OK
    for r in items:
        ref = f" [{r.incident_reference}]" if r.incident_reference else ""
        answered = "answered" if r.response.strip() else "open"
        print(f"{r.id}\t{r.request_date}\t{r.direction.value}\t{r.employer}{ref}\t{answered}")
    return common.EXIT_OK


def cmd_coop_print(args: argparse.Namespace) -> int:
    dest = _target(args.output, args.force)
    with common.open_vault(args) as vault, unprintable_characters() as unprintable:
        ConsultationService(vault).write_letter(args.id, dest, args.lang)
    note_unprintable(unprintable)
    print(dest)
    return common.EXIT_OK
