"""``kasuhara notice issue|list|show|pdf|serve|review|revoke|shorten|breach`` and
``kasuhara ban check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, BinaryIO

from ..domain.errors import StorageError, ValidationError
from ..domain.json_reader import parse_datetime
from ..domain.notice import BanStatus, Notice
from ..services.documents import unprintable_characters, write_pdf_atomically
from ..services.notices import NoticeService
from . import common
from .report_commands import note_unprintable

FORMAT_HINT = (
    "The notice JSON is documented in resources/docs/incident-json.md (section 'No-entry "
    "notices'); '{}' takes everything from the incident and the shop profile."
)
WARNINGS = {
    "duty_to_serve": (
        "warning: this shop's trade is bound by statute to serve customers (inns, public baths, "
        "clinics); check that law before refusing anyone."
    ),
}


def register(sub: Any) -> None:
    p = sub.add_parser("notice", help="no-entry notices (出入禁止通知書)")
    nsub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    nsub.required = True

    i = nsub.add_parser("issue", help="issue a notice for an incident", description=FORMAT_HINT)
    i.add_argument("reference")
    i.add_argument("--json", required=True, metavar="FILE|-", dest="json_input")
    i.add_argument("-o", "--output", required=True, metavar="PDF", help="where to save the PDF")
    i.add_argument("--lang", metavar="ja+en|ja|en|nb", help="language version (default ja+en)")
    i.add_argument("--force", action="store_true", help="overwrite PDF if it exists")
    i.add_argument("--print-json", action="store_true", help="print the issued notice as JSON")
    i.set_defaults(func=cmd_issue)

    ls = nsub.add_parser("list", help="the ban register, newest first")
    ls.add_argument("--active", action="store_true", help="only notices in force today")
    ls.add_argument("--status", choices=[s.value for s in BanStatus])
    ls.add_argument("--expiring", action="store_true", help="active and ending within 30 days")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    s = nsub.add_parser("show", help="one notice with its service, reviews and breaches")
    s.add_argument("id", metavar="ID", help="notice number (N-2026-0001)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_show)

    x = nsub.add_parser("pdf", help="save the PDF exactly as issued (hash checked)")
    x.add_argument("id", metavar="ID")
    x.add_argument("-o", "--output", required=True, metavar="PDF")
    x.add_argument("--force", action="store_true")
    x.set_defaults(func=cmd_pdf)

    t = nsub.add_parser(
        "certified-text",
        help="save the notice as paper 内容証明 text (Japanese, 20 x 26 a page)",
        description="The issued notice in the paper 内容証明 (certified-content mail) format: "
        "Japanese only, at most 20 characters x 26 lines a page, pages separated by a form "
        "feed, UTF-8. The PDF itself cannot be sent as paper 内容証明.",
    )
    t.add_argument("id", metavar="ID")
    t.add_argument("-o", "--output", required=True, metavar="TXT")
    t.add_argument("--force", action="store_true")
    t.set_defaults(func=cmd_certified_text)

    v = nsub.add_parser("serve", help="record how the notice was served", description=FORMAT_HINT)
    v.add_argument("id", metavar="ID")
    v.add_argument("--json", required=True, metavar="FILE|-", dest="json_input")
    v.set_defaults(func=cmd_serve)

    r = nsub.add_parser("review", help="record a review or appeal", description=FORMAT_HINT)
    r.add_argument("id", metavar="ID")
    r.add_argument("--json", required=True, metavar="FILE|-", dest="json_input")
    r.set_defaults(func=cmd_review)

    k = nsub.add_parser("revoke", help="lift a ban now (the reason is audited)")
    k.add_argument("id", metavar="ID")
    k.add_argument("--reason", required=True)
    k.add_argument("--by", default="", help="who decided (default: the user)")
    k.set_defaults(func=cmd_revoke)

    h = nsub.add_parser("shorten", help="end a ban earlier (the reason is audited)")
    h.add_argument("id", metavar="ID")
    h.add_argument("--until", required=True, metavar="DATE", help="new last day, e.g. 2027-05-31")
    h.add_argument("--reason", required=True)
    h.add_argument("--by", default="", help="who decided (default: the user)")
    h.set_defaults(func=cmd_shorten)

    b = nsub.add_parser("breach", help="log a breach as a new incident linked to the notice")
    b.add_argument("id", metavar="ID")
    b.add_argument("--at", help="when (ISO 8601 with offset); default now")
    b.add_argument("--note", default="")
    b.set_defaults(func=cmd_breach)

    ban = sub.add_parser("ban", help="the ban register's quick lookup")
    bsub = ban.add_subparsers(dest="action", metavar="ACTION", parser_class=type(ban))
    bsub.required = True
    c = bsub.add_parser("check", help="is this person banned? (exit 0 either way)")
    c.add_argument("query", help="name, description or phone number")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_ban_check)


def _check_dest(path: str, force: bool) -> Path:
    dest = Path(path)
    if dest.is_dir():
        raise ValidationError(f"-o: {dest} is a folder; give a file name.")
    if not dest.parent.is_dir():
        raise ValidationError(f"-o: the folder {dest.parent} does not exist.")
    if dest.exists() and not force:
        raise ValidationError(f"-o: {dest} exists; use --force to replace it.")
    return dest


def _save(dest: Path, pdf: bytes) -> None:
    def build(out: BinaryIO) -> None:
        out.write(pdf)

    write_pdf_atomically(dest, build)


def cmd_issue(args: argparse.Namespace) -> int:
    dest = _check_dest(args.output, args.force)
    data = common.read_json_input(args.json_input)
    with common.open_vault(args) as vault:
        service = NoticeService(vault)
        notice = service.draft(args.reference, data, args.lang)
        for code in service.decision(args.reference, notice.override_reason).warnings:
            sys.stderr.write(WARNINGS.get(code, f"warning: {code}") + "\n")
        with unprintable_characters() as unprintable:
            result = service.issue(notice)
        note_unprintable(unprintable)
        try:
            _save(dest, result.pdf)
        except StorageError as exc:
            raise StorageError(
                f"{result.notice.number} was issued and is kept in the vault, but the PDF could "
                f"not be saved: {exc} Save it with 'notice pdf {result.notice.number} -o FILE'."
            ) from exc
        if args.print_json:
            common.print_json(service.to_json(result.notice))
        else:
            print(f"{result.notice.number}  {result.notice.pdf_sha256}  {dest}")
    return common.EXIT_OK


def _line(n: Notice, service: NoticeService) -> str:
    today = service.today()
    until = n.effective_until.isoformat() if n.effective_until else "indefinite"
    who = " ".join(n.addressee.display.split())[:40]
    served = "served" if n.served else "NOT SERVED"
    return (
        f"{n.number}  {n.status(today).value:<9}  {n.valid_from} – {until:<10}  {served:<10}  "
        f"{n.incident_reference}  {who}"
    )


def cmd_list(args: argparse.Namespace) -> int:
    status = BanStatus.ACTIVE if args.active else BanStatus(args.status) if args.status else None
    with common.open_vault(args) as vault:
        service = NoticeService(vault)
        rows = service.list_notices(status, expiring=args.expiring)
        if args.json:
            common.print_json([service.to_json(n) for n in rows])
        else:
            for n in rows:
                print(_line(n, service))
    return common.EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        service = NoticeService(vault)
        n = service.get(args.id)
        if args.json:
            common.print_json(service.to_json(n))
            return common.EXIT_OK
        print(_line(n, service))
        print(f"Reason:    {n.reason}")
        print(f"Premises:  {', '.join(n.premises) or n.issuer.shop}")
        print(f"Issued:    {n.issue_date} by {n.issued_by}; PDF SHA-256 {n.pdf_sha256}")
        for s in n.service:
            print(f"Served:    {s.served_at.isoformat()} {s.method.value} by {s.served_by}")
        for r in n.reviews:
            print(f"Review:    {r.decided_on} {r.kind.value} {r.outcome.value} by {r.decided_by}")
        for b in n.breaches:
            print(f"Breach:    {b.occurred_at.isoformat()} {b.incident_reference}")
    return common.EXIT_OK


def cmd_pdf(args: argparse.Namespace) -> int:
    dest = _check_dest(args.output, args.force)
    with common.open_vault(args) as vault:
        service = NoticeService(vault)
        n = service.get(args.id)
        _save(dest, service.pdf(args.id))
        print(f"{n.number}  {n.pdf_sha256}  {dest}")
    return common.EXIT_OK


def cmd_certified_text(args: argparse.Namespace) -> int:
    dest = _check_dest(args.output, args.force)
    with common.open_vault(args) as vault:
        service = NoticeService(vault)
        n = service.get(args.id)
        _save(dest, service.certified_text(args.id).encode("utf-8"))
        print(f"{n.number}  {dest}")
    return common.EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    data = common.read_json_input(args.json_input)
    with common.open_vault(args) as vault:
        record = NoticeService(vault).serve_json(args.id, data)
    print(f"{args.id.upper()} served {record.served_at.isoformat()} ({record.method.value})")
    return common.EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    data = common.read_json_input(args.json_input)
    with common.open_vault(args) as vault:
        review = NoticeService(vault).review_json(args.id, data)
    print(f"{args.id.upper()} {review.kind.value}: {review.outcome.value}")
    return common.EXIT_OK


def cmd_revoke(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        NoticeService(vault).revoke(args.id, args.reason, args.by)
    print(f"{args.id.upper()} revoked")
    return common.EXIT_OK


def cmd_shorten(args: argparse.Namespace) -> int:
    from ..domain.json_reader import JsonReader

    until = JsonReader({"--until": args.until}, "", {"--until"}).date("--until")
    assert until is not None
    with common.open_vault(args) as vault:
        NoticeService(vault).shorten(args.id, until, args.reason, args.by)
    print(f"{args.id.upper()} now ends {until}")
    return common.EXIT_OK


def cmd_breach(args: argparse.Namespace) -> int:
    at = parse_datetime(args.at, "--at") if args.at else None
    with common.open_vault(args) as vault:
        inc = NoticeService(vault).log_breach(args.id, occurred_at=at, note=args.note)
    print(inc.reference)
    return common.EXIT_OK


def cmd_ban_check(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        check = NoticeService(vault).ban_check(args.query)
    if args.json:
        common.print_json(check.to_dict())
        return common.EXIT_OK
    if not check.matches:
        print(f"Not banned: no notice matches {check.query!r}.")
    for m in check.matches:
        n = m.notice
        until = n.effective_until.isoformat() if n.effective_until else "indefinite"
        head = "BANNED" if m.status is BanStatus.ACTIVE else m.status.value
        print(f"{head}: {n.number}  {n.addressee.display}  until {until}  "
              f"(matched {', '.join(m.fields)}; {n.incident_reference})")  # fmt: skip
    return common.EXIT_OK
