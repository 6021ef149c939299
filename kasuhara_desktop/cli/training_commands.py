"""``kasuhara training …``: sessions, the staff roster, who is overdue, the training record PDF
and case studies made from closed incidents (issue 17.4).

``training list [--overdue] [--json]``, ``training add --date D --topics T --trainer NAME
--attendees "A,B"``, ``training staff add|list|leave``, ``training print -o F.pdf``,
``training case-study draft INCIDENT`` (stores an unchecked draft and says what was removed),
``training case-study check ID --confirm …`` and ``training case-study print ID -o F.pdf``
(refused until checked); ``case-study candidates`` lists the closed incidents marked as training
cases; ``training settings`` the interval and a new starter's grace period.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..domain.training import CHECKLIST, EmploymentKind, MemberStatus, TrainingSettings
from ..services.documents import unprintable_characters
from ..services.training import TrainingService
from . import common
from .report_commands import _date, _target, note_unprintable

LANGUAGES = ("ja", "en", "nb")
CHECK_CODES = [i.value for i in CHECKLIST]


def register(sub: Any) -> None:
    t = sub.add_parser(
        "training", help="training sessions, the staff roster, who is overdue, case studies",
        description="Training of all staff, part-timers included (the MHLW guideline).",
    )  # fmt: skip
    tsub = t.add_subparsers(dest="action", metavar="ACTION", parser_class=type(t))
    tsub.required = True

    ls = tsub.add_parser("list", help="who is on the roster and their training status")
    ls.add_argument("--overdue", action="store_true", help="only those overdue or never trained")
    ls.add_argument("--sessions", action="store_true", help="list the sessions instead")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    ad = tsub.add_parser("add", help="record a training session")
    ad.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    ad.add_argument("--topics", required=True)
    ad.add_argument("--trainer", required=True, metavar="NAME")
    ad.add_argument("--attendees", default="", help='roster names or numbers: "A,B"')
    ad.add_argument("--minutes", type=int, default=0, help="how long it took")
    ad.add_argument("--notes", default="")
    ad.add_argument("--json", action="store_true")
    ad.set_defaults(func=cmd_add)

    st = tsub.add_parser("staff", help="the staff roster (everyone who works here)")
    ssub = st.add_subparsers(dest="staff_action", metavar="ACTION", parser_class=type(t))
    ssub.required = True
    sa = ssub.add_parser("add", help="add someone to the roster")
    sa.add_argument("name")
    sa.add_argument("--employment", default="part_time", choices=[k.value for k in EmploymentKind])
    sa.add_argument("--joined", metavar="YYYY-MM-DD", help="first working day (default today)")
    sa.add_argument("--login", default="", help="their user login, if they have one")
    sa.set_defaults(func=cmd_staff_add)
    sl = ssub.add_parser("list", help="the roster")
    sl.add_argument("--json", action="store_true")
    sl.set_defaults(func=cmd_staff_list)
    sv = ssub.add_parser("leave", help="record that someone has left")
    sv.add_argument("member", help="roster number or exact name")
    sv.add_argument("--on", metavar="YYYY-MM-DD", help="last working day (default today)")
    sv.set_defaults(func=cmd_staff_leave)

    se = tsub.add_parser(
        "settings", help="show or change how often everyone must be trained",
        description="Without options: show the settings. A new starter must be trained within "
        "the grace period; everyone else within the interval since their last session.",
    )  # fmt: skip
    se.add_argument("--interval-months", type=int, metavar="N", help="months between trainings")
    se.add_argument("--new-starter-days", type=int, metavar="N", help="a new starter's days")
    se.add_argument("--json", action="store_true")
    se.set_defaults(func=cmd_settings)

    pr = tsub.add_parser("print", help="write the training record as a PDF")
    pr.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pr.add_argument("--lang", choices=LANGUAGES, default="ja", help="language (default ja)")
    pr.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    pr.set_defaults(func=cmd_print)

    cs = tsub.add_parser("case-study", help="anonymised case studies from closed incidents")
    csub = cs.add_subparsers(dest="case_action", metavar="ACTION", parser_class=type(t))
    csub.required = True
    cd = csub.add_parser("draft", help="store a draft made from a closed incident")
    cd.add_argument("incident", metavar="INCIDENT", help="the closed incident's reference")
    cd.add_argument("--lang", choices=LANGUAGES, default="ja")
    cd.set_defaults(func=cmd_case_draft)
    cc = csub.add_parser(
        "check", help="save a case study as checked by you",
        description="Read the case study first ('case-study show ID'). Confirm every item: "
        + ", ".join(CHECK_CODES) + ".",
    )  # fmt: skip
    cc.add_argument("id", type=int)
    cc.add_argument("--confirm", action="append", default=[], choices=[*CHECK_CODES, "all"],
                    help="a checklist item you confirmed (repeat, or 'all')")  # fmt: skip
    cc.add_argument("--text-file", metavar="FILE", help="the edited text (UTF-8) to save first")
    cc.add_argument("--despite-warnings", action="store_true",
                    help="check it although names or dates still seem to be in it")  # fmt: skip
    cc.set_defaults(func=cmd_case_check)
    cw = csub.add_parser("show", help="print a case study's text")
    cw.add_argument("id", type=int)
    cw.add_argument("--json", action="store_true")
    cw.set_defaults(func=cmd_case_show)
    cl = csub.add_parser("list", help="the case studies")
    cl.add_argument("--json", action="store_true")
    cl.set_defaults(func=cmd_case_list)
    cn = csub.add_parser(
        "candidates", help="closed incidents marked as training cases, with no case study yet"
    )
    cn.add_argument("--json", action="store_true")
    cn.set_defaults(func=cmd_case_candidates)
    cp = csub.add_parser("print", help="write a checked case study as a handout PDF")
    cp.add_argument("id", type=int)
    cp.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    cp.add_argument("--lang", choices=LANGUAGES, default="ja")
    cp.add_argument("--force", action="store_true")
    cp.set_defaults(func=cmd_case_print)


def _status_dict(s: MemberStatus) -> dict[str, Any]:
    m = s.member
    return {
        "id": m.id, "name": m.name, "employment": m.employment.value,
        "joined_on": m.joined_on.isoformat(),
        "left_on": m.left_on.isoformat() if m.left_on else None,
        "login": m.login, "state": s.state.value,
        "last_trained": s.last_trained.isoformat() if s.last_trained else None,
        "due_on": s.due_on.isoformat() if s.due_on else None,
    }  # fmt: skip


def cmd_list(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        service = TrainingService(vault)
        if args.sessions:
            names = {m.id: m.name for m in service.roster()}
            rows: list[dict[str, Any]] = [
                {"id": s.id, "date": s.held_on.isoformat(), "topics": s.topics,
                 "trainer": s.trainer, "minutes": s.minutes, "notes": s.notes,
                 "attendees": [names.get(i, "?") for i in s.attendee_ids]}
                for s in service.sessions()
            ]  # fmt: skip
            if args.json:
                common.print_json(rows)
                return common.EXIT_OK
            for r in rows:
                who = ", ".join(r["attendees"]) or "-"
                print(f"{r['id']:>4}  {r['date']}  {r['topics']}  ({r['trainer']}): {who}")
            return common.EXIT_OK
        statuses = [s for s in service.statuses() if s.state.value != "left"]
    if args.overdue:
        statuses = [s for s in statuses if s.needs_training]
    if args.json:
        common.print_json([_status_dict(s) for s in statuses])
        return common.EXIT_OK
    for s in statuses:
        last = s.last_trained.isoformat() if s.last_trained else "never"
        due = s.due_on.isoformat() if s.due_on else "-"
        print(f"{s.member.id:>4}  {s.member.name}  {s.state.value}  last {last}  due {due}")
    if not statuses:
        print("nobody needs training" if args.overdue else "the roster is empty")
    return common.EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    held = _date(args.date, "--date")
    attendees = [a.strip() for a in args.attendees.replace("、", ",").split(",") if a.strip()]
    with common.open_vault(args) as vault:
        s = TrainingService(vault).add_session(
            held, args.topics, args.trainer, attendees, minutes=args.minutes, notes=args.notes
        )
    if args.json:
        common.print_json({"id": s.id, "date": s.held_on.isoformat(), "attendees": len(attendees)})
    else:
        print(f"session {s.id} recorded: {s.held_on}, {len(s.attendee_ids)} attendee(s)")
    return common.EXIT_OK


def cmd_staff_add(args: argparse.Namespace) -> int:
    joined = _date(args.joined, "--joined") if args.joined else None
    with common.open_vault(args) as vault:
        m = TrainingService(vault).add_member(args.name, args.employment, joined, args.login)
    print(f"{m.id}  {m.name} added to the roster (joined {m.joined_on})")
    return common.EXIT_OK


def cmd_staff_list(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        statuses = TrainingService(vault).statuses()
    if args.json:
        common.print_json([_status_dict(s) for s in statuses])
        return common.EXIT_OK
    for s in statuses:
        m = s.member
        left = f"  left {m.left_on}" if m.left_on else ""
        login = f"  login {m.login}" if m.login else ""
        print(f"{m.id:>4}  {m.name}  {m.employment.value}  joined {m.joined_on}{left}{login}")
    return common.EXIT_OK


def cmd_staff_leave(args: argparse.Namespace) -> int:
    on = _date(args.on, "--on") if args.on else None
    with common.open_vault(args) as vault:
        m = TrainingService(vault).leave(args.member, on)
    print(f"{m.id}  {m.name} left on {m.left_on}")
    return common.EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        service = TrainingService(vault)
        settings = service.settings()
        if args.interval_months is not None or args.new_starter_days is not None:
            settings = service.save_settings(
                TrainingSettings(
                    interval_months=settings.interval_months
                    if args.interval_months is None
                    else args.interval_months,
                    new_starter_days=settings.new_starter_days
                    if args.new_starter_days is None
                    else args.new_starter_days,
                )
            )
    data = {
        "interval_months": settings.interval_months,
        "new_starter_days": settings.new_starter_days,
    }
    if args.json:
        common.print_json(data)
    else:
        print(f"interval: {settings.interval_months} months; new starters within "
              f"{settings.new_starter_days} days")  # fmt: skip
    return common.EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    dest = _target(args.output, args.force)
    with common.open_vault(args) as vault, unprintable_characters() as unprintable:
        TrainingService(vault).write_record(dest, args.lang)
    note_unprintable(unprintable)
    print(dest)
    return common.EXIT_OK


def cmd_case_draft(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        service = TrainingService(vault)
        incident_id, draft = service.draft_case_study(args.incident, args.lang)
        case = service.save_draft(draft.title, draft.text, incident_id)
    print(f"case study {case.id} drafted (not checked); replaced: {draft.removed_text()}")
    print(f"read it with 'training case-study show {case.id}', then check it.")
    return common.EXIT_OK


def cmd_case_check(args: argparse.Namespace) -> int:
    confirmed = set(CHECK_CODES) if "all" in args.confirm else set(args.confirm)
    text = None
    if args.text_file:
        try:
            text = Path(args.text_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(f"Cannot read {args.text_file}: {exc}") from None
    with common.open_vault(args) as vault:
        case = TrainingService(vault).check(
            args.id, {c: c in confirmed for c in CHECK_CODES}, text=text,
            accept_leftovers=args.despite_warnings,
        )  # fmt: skip
    print(f"case study {case.id} checked by {case.checked_by}")
    return common.EXIT_OK


def _case_dict(c: Any) -> dict[str, Any]:
    return {
        "id": c.id, "title": c.title, "text": c.text, "checked": c.checked,
        "made_by": c.made_by, "checked_by": c.checked_by,
        "checked_at": c.checked_at.isoformat() if c.checked_at else None,
    }  # fmt: skip


def cmd_case_show(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        case = TrainingService(vault).case_study(args.id)
    if args.json:
        common.print_json(_case_dict(case))
        return common.EXIT_OK
    state = f"checked by {case.checked_by}" if case.checked else "NOT CHECKED"
    sys.stdout.write(f"#{case.id} {case.title} ({state})\n\n{case.text}\n")
    return common.EXIT_OK


def cmd_case_list(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        cases = TrainingService(vault).case_studies()
    if args.json:
        common.print_json([_case_dict(c) for c in cases])
        return common.EXIT_OK
    for c in cases:
        print(f"{c.id:>4}  {'checked' if c.checked else 'draft  '}  {c.title}")
    return common.EXIT_OK


def cmd_case_candidates(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        refs = TrainingService(vault).case_candidates()
    if args.json:
        common.print_json(refs)
    else:
        print("\n".join(refs) if refs else "no closed incident is marked as a training case")
    return common.EXIT_OK


def cmd_case_print(args: argparse.Namespace) -> int:
    dest = _target(args.output, args.force)
    with common.open_vault(args) as vault, unprintable_characters() as unprintable:
        TrainingService(vault).write_handout(args.id, dest, args.lang)
    note_unprintable(unprintable)
    print(dest)
    return common.EXIT_OK
