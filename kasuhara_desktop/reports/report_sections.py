"""The narrative sections of the incident report: what happened, who, what was said and done.

Each function returns the flowables of one section, heading first. User text is always shown
exactly as recorded (escaped, never interpreted as markup), and long text flows across pages.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from kasuhara_desktop.domain.assessment import Judgement
from kasuhara_desktop.domain.enums import TimelineKind
from kasuhara_desktop.domain.models import Incident, Participant, Revision, TimelineEntry
from kasuhara_desktop.domain.response_flow import next_steps
from kasuhara_desktop.domain.staff_care import StaffCare

from .report_data import ReportNotice
from .report_parts import NAME_LIMIT, Cell, Parts
from .styles import CONTENT_WIDTH

ESCALATION = (
    TimelineKind.CONVERSATION_END,
    TimelineKind.STOP_REQUEST,
    TimelineKind.LEAVE_ORDER,
    TimelineKind.FINAL_WARNING,
    TimelineKind.POLICE_CALL,
    TimelineKind.POLICE_ARRIVED,
    TimelineKind.RECORDING_HANDOVER,
    TimelineKind.CUSTOMER_LEFT,
)


def summary(p: Parts, inc: Incident) -> list[Flowable]:
    w = p.w
    rows: list[tuple[str, Cell]] = [
        (w.t("occurred"), w.dt(inc.occurred_at)),
        (w.t("ended"), w.dt(inc.ended_at)),
        (w.t("location"), inc.location),
        (w.t("channel"), w.label(inc.channel)),
        (w.t("status"), w.label(inc.status)),
    ]
    if inc.training_case:
        rows.append((w.t("training_case"), w.yes_no(True)))
    out: list[Flowable] = [p.heading(w.t("sec_summary")), p.fields(rows)]
    out += [p.sub(w.t("summary")), *p.body(inc.summary)]
    out += [p.sub(w.t("demand")), *p.body(inc.demand)]
    return out


def _person_details(p: Parts, part: Participant) -> str:
    w = p.w
    if part.staff is not None:
        bits = [part.staff.position, w.label(part.staff.employment)]
        return " / ".join(b for b in bits if b.strip())
    if part.person is not None:
        person = part.person
        bits = [person.label if person.name else "", person.description, person.contact]
        return " / ".join(b for b in bits if b.strip())
    return ""


def people(p: Parts, inc: Incident) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_people"))]
    if not inc.participants:
        return [*out, p.none()]
    rows: list[list[Cell]] = []
    for part in inc.participants:
        side = w.t("staff_member") if part.staff is not None else w.t("outside_person")
        rows.append(
            [f"{w.label(part.role)}\n({side})", w.clip(part.display_name, NAME_LIMIT),
             _person_details(p, part),
             part.note]
        )  # fmt: skip
    header = [w.t("role"), w.t("name"), w.t("details"), w.t("note")]
    return [*out, p.table(header, rows, [30, 30, 55, 55])]


def behaviours(p: Parts, inc: Incident) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_behaviours"))]
    if not inc.behaviours:
        return [*out, p.none()]
    return out + [p.s.para(f"• {w.label(b)}") for b in inc.behaviours]


def quotes(p: Parts, inc: Incident) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_quotes"))]
    if not inc.quotes:
        return [*out, p.none()]
    out.append(p.small(w.t("quotes_intro")))
    for n, q in enumerate(inc.quotes, 1):
        head = [f"{n}. {q.speaker or w.t('not_recorded')}"]
        if q.said_at is not None:
            head.append(w.dt(q.said_at))
        if q.repeat_count > 1:
            head.append(w.t("repeat", count=q.repeat_count))
        block: list[Flowable] = [p.sub(" · ".join(head))]
        block += list(p.s.paras(q.words or w.t("not_recorded"), p.quote_style))
        if q.response.strip():
            block.append(p.s.para(f"{w.t('response')}:", p.s.small))
            block += list(p.s.paras(q.response))
        out.append(KeepTogether(block) if len(q.words) < 600 else block[0])
        if len(q.words) >= 600:
            out += block[1:]
    return out


def _sorted_timeline(p: Parts, inc: Incident) -> list[TimelineEntry]:
    """Entries in time order (as local wall-clock times), recorded order breaking ties."""
    order = sorted(
        range(len(inc.timeline)),
        key=lambda i: (p.w.local(inc.timeline[i].at).replace(tzinfo=None), i),
    )
    return [inc.timeline[i] for i in order]


def _kind_labels(p: Parts, entries: list[TimelineEntry]) -> list[str]:
    """Each entry's kind, numbered ("退去の要求（2回目）") where its kind is an escalation
    step recorded more than once; a single one needs no counter."""
    totals = Counter(e.kind for e in entries)
    seen: Counter[TimelineKind] = Counter()
    labels = []
    for e in entries:
        seen[e.kind] += 1
        label = p.w.label(e.kind)
        if e.kind in ESCALATION and totals[e.kind] > 1:
            label = p.w.t("escalation_item", label=label, number=seen[e.kind])
        labels.append(label)
    return labels


def timeline(p: Parts, inc: Incident) -> list[Flowable]:
    """The one table of everything that happened, in time order; requests to stop or leave,
    warnings and police calls shaded (the escalation section only counts them)."""
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_timeline"))]
    if not inc.timeline:
        return [*out, p.none()]
    entries = _sorted_timeline(p, inc)
    rows: list[list[Cell]] = []
    marked: list[int] = []
    for row, (e, label) in enumerate(zip(entries, _kind_labels(p, entries), strict=True), 1):
        rows.append([p.nowrap(w.dt(e.at)), label, w.clip(e.by, NAME_LIMIT), e.description])
        if e.kind in ESCALATION[1:6]:
            marked.append(row)
    marks = [("BACKGROUND", (0, r), (-1, r), "#FFF4E5") for r in marked]
    header = [w.t("time"), w.t("kind"), w.t("by"), w.t("description")]
    time_width = p.time_column([w.dt(e.at) for e in entries])
    rest = CONTENT_WIDTH - time_width
    widths = [time_width, rest * 0.28, rest * 0.17, rest * 0.55]
    return [*out, p.table(header, rows, widths, *marks, *p.separators(len(rows)))]


def escalation(p: Parts, inc: Incident) -> list[Flowable]:
    """How often the shop asked to stop, ordered to leave, warned or called the police, and
    when (the entries themselves are in the timeline, once)."""
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_escalation")), p.small(w.t("escalation_intro"))]
    steps = [e for e in _sorted_timeline(p, inc) if e.kind in ESCALATION]
    if not steps:
        return [*out, p.s.para(w.t("escalation_none"))]
    rows: list[tuple[str, Cell]] = []
    for kind in ESCALATION:
        times = [w.dt(e.at) for e in steps if e.kind is kind]
        if len(times) == 1:
            rows.append((w.label(kind), times[0]))
        elif times:
            value = w.t("escalation_times", count=w.number(len(times)), times=w.join(times))
            rows.append((w.label(kind), value))
    return [*out, p.fields(rows, 60 * mm)]


def assessment(p: Parts, inc: Incident, j: Judgement) -> list[Flowable]:
    w = p.w
    a = inc.assessment
    out: list[Flowable] = [p.heading(w.t("sec_assessment"))]
    verdict_style = p.warn_style if j.is_harassment else p.sub_style
    out.append(p.s.para(w.code("verdict", j.verdict.value), verdict_style))
    manner = w.join([w.label(m) for m in sorted(a.manner, key=lambda m: m.value)])
    rows: list[tuple[str, Cell]] = [
        (w.t("shop_fault"), w.label(a.shop_fault)),
        (w.t("demand_related"), w.label(a.demand_related)),
        (w.t("claim"), w.label(j.claim)),
        (w.t("manner"), manner),
    ]
    if a.shop_criteria_met:
        rows.append((w.t("shop_criteria"), "\n".join(a.shop_criteria_met)))
    rows.append((w.t("facts_confirmed"), _who_when(p, a.facts_confirmed_by, a.facts_confirmed_at)))
    rows.append((w.t("judged"), _who_when(p, a.judged_by, a.judged_at)))
    out.append(p.fields(rows, 60 * mm))
    out.append(p.sub(w.t("reasons")))
    out += [p.s.para(f"• {w.code('reason', r)}") for r in j.reasons]
    if j.inconsistencies:
        out.append(p.sub(w.t("inconsistencies")))
        out += [p.s.para(f"• {w.code('inconsistency', c)}") for c in j.inconsistencies]
    steps = next_steps(inc)  # fitted to the channel: nobody is asked to leave a call or a post
    if steps:
        out.append(p.sub(w.t("next_steps")))
        out += [p.s.para(f"• {w.code('step', s)}") for s in steps]
    if a.notes.strip():
        out += [p.sub(w.t("assessment_notes")), *p.body(a.notes)]
    return out


def _who_when(p: Parts, who: str, when: datetime | None) -> str:
    if not who.strip():
        return p.w.t("not_recorded")
    if when is not None:
        return p.w.t("who_when", who=who, when=p.w.dt(when))
    return who


def staff_care(p: Parts, inc: Incident, today: date) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_staff_care"))]
    if not inc.staff_care:
        return [*out, p.none()]
    for care in inc.staff_care:
        out.append(p.sub(care.staff_name))
        out.append(p.fields(_care_rows(p, care, today)))
        if care.note.strip():
            out += p.body(care.note)
    return out


def _care_rows(p: Parts, care: StaffCare, today: date) -> list[tuple[str, Cell]]:
    w = p.w
    injury = w.yes_no(care.injury) + (f": {care.injury_text}" if care.injury_text.strip() else "")
    rows: list[tuple[str, Cell]] = [
        (w.t("safety_secured"), w.yes_no(care.safety_secured)),
        (w.t("supervisor_took_over"), care.supervisor_took_over),
        (w.t("injury"), injury),
        (w.t("medical_visit"), w.yes_no(care.medical_visit)),
        (w.t("days_off"), str(care.days_off)),
        (w.t("referral"), w.yes_no(care.referral_to_specialist)),
    ]
    lines = []
    for f in sorted(care.follow_ups, key=lambda f: f.due):
        if f.done:
            state = w.t("follow_up_done")
        elif f.is_overdue(today):
            state = w.t("follow_up_overdue")
        else:
            state = w.t("follow_up_open")
        lines.append(f"{w.day(f.due)}  [{state}]  {f.note}".rstrip())
    rows.append((w.t("follow_ups"), "\n".join(lines) if lines else w.t("none_recorded")))
    return rows


def costs(p: Parts, inc: Incident) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_costs"))]
    if not inc.costs:
        return [*out, p.none()]
    rows: list[list[Cell]] = [
        [w.label(c.kind), w.minutes(c.minutes) if c.minutes else "",
         w.yen(c.amount_yen) if c.amount_yen else "", c.note]
        for c in inc.costs
    ]  # fmt: skip
    rows.append([w.t("total"), w.minutes(inc.total_minutes), w.yen(inc.total_yen), ""])
    header = [w.t("cost_kind"), w.t("time_spent"), w.t("money_spent"), w.t("note")]
    last = len(rows)
    return [*out, p.table(header, rows, [40, 25, 25, 80], ("LINEABOVE", (0, last), (-1, last), 1,
                                                           "#333333"))]  # fmt: skip


def actions(p: Parts, inc: Incident) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_actions"))]
    if not inc.actions:
        return [*out, p.none()]
    rows: list[list[Cell]] = []
    for a in inc.actions:
        when = w.dt(a.at) if a.at else (w.day(a.due) if a.due else "")
        state = w.t("action_done") if a.done else w.t("action_open")
        rows.append([when, w.label(a.kind), a.by, a.description, state])
    header = [w.t("time"), w.t("kind"), w.t("by"), w.t("description"), w.t("done")]
    return [*out, p.table(header, rows, [28, 28, 22, 78, 14])]


def statements(p: Parts, inc: Incident) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_statements"))]
    if not inc.statements:
        return [*out, p.none()]
    for n, st in enumerate(inc.statements, 1):
        out.append(p.sub(f"{n}. {st.witness}" + (f" ({st.relation})" if st.relation else "")))
        out.append(p.fields([(w.t("given_at"), w.dt(st.given_at)), (w.t("taken_by"), st.taken_by)]))
        out += list(p.s.paras(st.text or w.t("not_recorded"), p.quote_style))
    return out


def _deliveries(p: Parts, n: ReportNotice) -> str:
    w = p.w
    if not n.deliveries:
        return w.t("notice_not_served")
    lines = []
    for d in n.deliveries:
        bits = [w.enum_text("service_method", d.method), w.dt(d.served_at), d.served_by, d.detail]
        lines.append("• " + w.join([b for b in bits if b.strip()]))
    return "\n".join(lines)


def notice_status(p: Parts, n: ReportNotice) -> str:
    text = p.w.enum_text("ban_status", n.status)
    if n.revoked_on is not None:
        text += f" ({p.w.day(n.revoked_on)})"
    return text


def notices(p: Parts, items: list[ReportNotice]) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_notices"))]
    if not items:
        return [*out, p.s.para(w.t("no_notices"))]
    for n in items:
        until = w.day(n.valid_until) if n.valid_until else w.t("notice_indefinite")
        period = w.range(w.day(n.valid_from), until)
        rows: list[tuple[str, Cell]] = [
            (w.t("notice_issued"), _who_when(p, n.issued_by or "—", n.issued_at)),
            (w.t("notice_recipient"), n.recipient),
            (w.t("notice_served"), _deliveries(p, n)),
            (w.t("notice_period"), period),
            (w.t("notice_status"), notice_status(p, n)),
            (w.t("notice_reason"), n.reason),
        ]
        out += [p.sub(f"{w.t('notice_number')} {n.number}"), p.fields(rows)]
    return out


def prevention(p: Parts, inc: Incident) -> list[Flowable]:
    if not inc.prevention.strip():
        return []
    return [p.heading(p.w.t("sec_prevention")), *p.body(inc.prevention)]


def revisions(p: Parts, items: list[Revision]) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_revisions"))]
    if not items:
        return [*out, p.none()]
    out.append(p.small(w.t("revisions_intro", count=len(items))))
    rows: list[list[Cell]] = [
        [str(r.version), p.nowrap(w.dt(r.at)), w.clip(r.user, NAME_LIMIT),
         w.join([w.enum_text("incident_field", code) for code in r.changed])]
        for r in items
    ]  # fmt: skip
    header = [w.t("version"), w.t("time"), w.t("saved_by"), w.t("changed")]
    time_width = p.time_column([w.dt(r.at) for r in items])
    rest = CONTENT_WIDTH - time_width - 14 * mm
    return [*out, p.table(header, rows, [14 * mm, time_width, rest * 0.3, rest * 0.7])]
