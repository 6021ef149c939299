"""The period summary: incidents of a month, quarter, year or any range, in figures and charts.

Incidents by month, behaviour, channel and verdict; staff time and money spent; staff
follow-ups not done; active no-return notices (or a note that the program does not record them
yet); and the list of incidents. Every page carries "n / N" and the period.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from kasuhara_desktop.domain.assessment import Verdict
from kasuhara_desktop.domain.enums import Behaviour, Channel

from . import charts
from .report_data import SummaryData, SummaryIncident
from .report_parts import Cell, Parts, Progress, ShouldCancel, build_story
from .styles import CONTENT_WIDTH, make_document, make_styles, page_decorator
from .wording import Wording

LIST_LIMIT = 300
LIST_SUMMARY_CHARS = 160
NAME_LIMIT = 40
"""Names in table cells are cut here (a cell cannot span pages gracefully)."""
CHART_HEIGHT = 150


def months(start: date, end: date) -> list[date]:
    """The first day of every month from ``start``'s to ``end``'s."""
    out = []
    current = start.replace(day=1)
    while current <= end:
        out.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return out


def _month_of(w: Wording, inc: SummaryIncident) -> date:
    return w.local(inc.occurred_at).date().replace(day=1)


class _Summary:
    def __init__(self, p: Parts, data: SummaryData) -> None:
        self.p = p
        self.w = p.w
        self.data = data
        self.font = p.s.fonts.regular
        self.months = months(data.start, data.end)
        self.month_counts: Counter[date] = Counter(_month_of(self.w, i) for i in data.incidents)

    def cover(self) -> list[Flowable]:
        p, w, d = self.p, self.w, self.data
        period = w.range(w.day(d.start), w.day(d.end))
        rows: list[tuple[str, Cell]] = [
            (w.t("shop"), d.shop.name),
            (w.t("period"), period),
            (w.t("prepared_by"), d.prepared_by),
            (w.t("prepared_at"), w.dt(d.prepared_at)),
            (w.t("time_zone"), w.t("time_zone_value", zone=w.zone_name,
                                   offset=w.zone_offset(d.prepared_at))),
        ]  # fmt: skip
        harassment = sum(1 for i in d.incidents if i.confirmed_harassment)
        unconfirmed = sum(1 for i in d.incidents if i.unconfirmed_harassment)
        minutes = sum(i.minutes for i in d.incidents)
        figures: list[tuple[str, Cell]] = [
            (w.t("incidents_total"), w.number(len(d.incidents))),
            (w.t("harassment_total"), w.number(harassment)),
            (w.t("harassment_unconfirmed"), w.number(unconfirmed)),
            (w.t("hours_lost"), w.minutes(minutes)),
            (w.t("money_total"), w.yen(sum(i.yen for i in d.incidents))),
            (w.t("follow_ups_open"), w.number(len(d.follow_ups))),
        ]
        return [
            *p.letterhead(d.shop),
            p.s.para(w.t("summary_title"), p.s.title),
            p.s.para(period, p.heading_style),
            p.warning(w.t("confidential")),
            p.gap(),
            p.fields(rows),
            p.small(w.t("summary_cover_intro")),
            p.heading(w.t("key_figures")),
            p.fields(figures, 70 * mm),
            p.small(w.t("harassment_note")),
        ]

    def by_month(self) -> list[Flowable]:
        p, w = self.p, self.w
        labels = [w.month(m) for m in self.months]
        counts = [self.month_counts.get(m, 0) for m in self.months]
        harassment: Counter[date] = Counter(
            _month_of(w, i) for i in self.data.incidents if i.confirmed_harassment
        )
        unconfirmed: Counter[date] = Counter(
            _month_of(w, i) for i in self.data.incidents if i.unconfirmed_harassment
        )
        chart = charts.column_chart(
            labels, counts, font=self.font, width=CONTENT_WIDTH, height=CHART_HEIGHT,
            empty_text=w.t("no_incidents"),
        )  # fmt: skip
        rows: list[Sequence[Cell]] = [
            [w.month(m), w.number(self.month_counts.get(m, 0)), w.number(harassment.get(m, 0)),
             w.number(unconfirmed.get(m, 0))]
            for m in self.months
        ]  # fmt: skip
        header = [w.t("month"), w.t("count"), w.t("harassment_total"),
                  w.t("harassment_unconfirmed")]  # fmt: skip
        return [
            p.heading(w.t("sec_by_month")),
            chart,
            p.gap(),
            p.table(header, rows, [30, 25, 40, 40]),
        ]

    def _counted(
        self,
        title: str,
        column: str,
        counts: Counter[str],
        pie: bool,
        unconfirmed: Counter[str] | None = None,
    ) -> list[Flowable]:
        p, w = self.p, self.w
        pairs = counts.most_common()
        labels, values = [k for k, _ in pairs], [v for _, v in pairs]
        if pie:
            chart = charts.pie_chart(labels, values, font=self.font, width=CONTENT_WIDTH,
                                     empty_text=w.t("no_incidents"))  # fmt: skip
        else:
            chart = charts.bar_chart(labels, values, font=self.font, width=CONTENT_WIDTH,
                                     empty_text=w.t("no_incidents"))  # fmt: skip
        total = len(self.data.incidents) or 1
        rows: list[Sequence[Cell]] = [
            [label, w.number(v), f"{100 * v / total:.0f}%"] for label, v in pairs
        ]
        header = [column, w.t("count"), w.t("share")]
        widths = [90, 30, 30]
        if unconfirmed is not None:
            # a verdict nobody confirmed the facts of is shown apart, not hidden in the count
            rows = [[*row, w.number(unconfirmed.get(label, 0))] for row, (label, _) in
                    zip(rows, pairs, strict=True)]  # fmt: skip
            header.append(w.t("unconfirmed_count"))
            widths = [80, 25, 25, 40]
        out: list[Flowable] = [p.heading(title), chart]
        if rows:
            out += [p.gap(), p.table(header, rows, widths)]
        return [KeepTogether(out[:2]), *out[2:]]

    def by_behaviour(self) -> list[Flowable]:
        w = self.w
        counts: Counter[str] = Counter()
        for b in Behaviour:
            n = sum(1 for i in self.data.incidents if b in i.behaviours)
            if n:
                counts[w.label(b)] = n
        out = self._counted(w.t("sec_by_behaviour"), w.t("behaviour"), counts, pie=False)
        return [*out, self.p.small(w.t("behaviour_note"))]

    def by_channel(self) -> list[Flowable]:
        w = self.w
        counts: Counter[str] = Counter()
        for c in Channel:
            n = sum(1 for i in self.data.incidents if i.channel is c)
            if n:
                counts[w.label(c)] = n
        return self._counted(w.t("sec_by_channel"), w.t("channel"), counts, pie=True)

    def by_verdict(self) -> list[Flowable]:
        w = self.w
        counts: Counter[str] = Counter()
        unconfirmed: Counter[str] = Counter()
        for v in Verdict:
            of_v = [i for i in self.data.incidents if i.verdict is v]
            if of_v:
                counts[w.label(v)] = len(of_v)
                unconfirmed[w.label(v)] = sum(1 for i in of_v if not i.facts_confirmed)
        return self._counted(w.t("sec_by_verdict"), w.t("verdict"), counts, pie=True,
                             unconfirmed=unconfirmed)  # fmt: skip

    def costs(self) -> list[Flowable]:
        p, w = self.p, self.w
        minutes: Counter[date] = Counter()
        yen: Counter[date] = Counter()
        for i in self.data.incidents:
            minutes[_month_of(w, i)] += i.minutes
            yen[_month_of(w, i)] += i.yen
        labels = [w.month(m) for m in self.months]
        half = CONTENT_WIDTH / 2 - 3 * mm
        hours_chart = charts.column_chart(
            labels, [minutes.get(m, 0) / 60 for m in self.months], font=self.font, width=half,
            height=CHART_HEIGHT, color=charts.PALETTE[1], empty_text=w.t("none_recorded"),
        )  # fmt: skip
        yen_chart = charts.column_chart(
            labels, [yen.get(m, 0) for m in self.months], font=self.font, width=half,
            height=CHART_HEIGHT, color=charts.PALETTE[2], empty_text=w.t("none_recorded"),
            fmt=lambda v: w.number(round(v)),  # the axis in the language's digits: 12 000 (nb)
        )  # fmt: skip
        pair = Table(
            [[p.small(f"{w.t('hours_lost')} ({w.t('hours_axis')})"),
              p.small(f"{w.t('money_total')} ({w.t('yen_axis')})")],
             [hours_chart, yen_chart]],
            colWidths=[CONTENT_WIDTH / 2] * 2,
        )  # fmt: skip
        pair.setStyle(p.s.table_style(("LEFTPADDING", (0, 0), (-1, -1), 0)))
        rows: list[Sequence[Cell]] = [
            [w.month(m), w.minutes(minutes.get(m, 0)), w.yen(yen.get(m, 0))] for m in self.months
        ]
        rows.append([w.t("total"), w.minutes(sum(minutes.values())), w.yen(sum(yen.values()))])
        header = [w.t("month"), w.t("hours_lost"), w.t("money_total")]
        return [
            p.heading(w.t("sec_cost_by_month")),
            pair,
            p.gap(),
            p.table(header, rows, [40, 40, 40]),
        ]

    def follow_ups(self) -> list[Flowable]:
        p, w = self.p, self.w
        out: list[Flowable] = [p.heading(w.t("sec_follow_ups"))]
        if not self.data.follow_ups:
            return [*out, p.none()]
        rows: list[Sequence[Cell]] = [
            [w.day(f.due) + (f" ({w.t('overdue')})" if f.overdue else ""), f.reference,
             w.clip(f.staff_name, NAME_LIMIT), f.note]
            for f in self.data.follow_ups
        ]  # fmt: skip
        header = [w.t("due"), w.t("reference"), w.t("staff"), w.t("note")]
        return [*out, p.table(header, rows, [30, 28, 35, 77])]

    def bans(self) -> list[Flowable]:
        p, w = self.p, self.w
        out: list[Flowable] = [p.heading(w.t("sec_bans"))]
        if self.data.bans is None:
            return [*out, p.s.para(w.t("bans_unavailable"))]
        active = [n for n in self.data.bans if n.active]
        if not active:
            return [*out, p.s.para(w.t("no_bans"))]
        rows: list[Sequence[Cell]] = [
            [n.number, n.incident_reference, w.clip(n.recipient, NAME_LIMIT), w.day(n.valid_from),
             w.day(n.valid_until) if n.valid_until else w.t("notice_indefinite")]
            for n in active
        ]  # fmt: skip
        header = [w.t("notice_number"), w.t("reference"), w.t("notice_recipient"),
                  w.t("notice_valid_from"), w.t("notice_valid_until")]  # fmt: skip
        return [*out, p.table(header, rows, [25, 28, 50, 35, 32])]

    def incident_list(self) -> list[Flowable]:
        p, w = self.p, self.w
        incidents = self.data.incidents
        out: list[Flowable] = [p.heading(w.t("sec_incident_list"))]
        if not incidents:
            return [*out, p.s.para(w.t("no_incidents"))]
        shown = incidents[:LIST_LIMIT]
        if len(incidents) > LIST_LIMIT:
            out.append(p.small(w.t("list_capped", shown=len(shown), total=len(incidents))))
        rows: list[Sequence[Cell]] = [
            [i.reference, w.dt(i.occurred_at), w.label(i.channel), self._verdict(i),
             w.clip(i.summary, LIST_SUMMARY_CHARS, more=i.summary_omitted)]
            for i in shown
        ]  # fmt: skip
        header = [w.t("reference"), w.t("occurred"), w.t("channel"), w.t("verdict"),
                  w.t("summary")]  # fmt: skip
        return [*out, p.table(header, rows, [24, 26, 24, 34, 62])]

    def _verdict(self, i: SummaryIncident) -> str:
        label = self.w.label(i.verdict)
        return label if i.facts_confirmed else f"{label}\n{self.w.t('facts_unconfirmed_mark')}"

    def story(self) -> list[Flowable]:
        return [
            *self.cover(),
            *self.by_month(),
            *self.by_behaviour(),
            *self.by_channel(),
            *self.by_verdict(),
            *self.costs(),
            *self.follow_ups(),
            *self.bans(),
            *self.incident_list(),
        ]


def build_summary(
    out: BinaryIO,
    data: SummaryData,
    lang: str = "ja",
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> None:
    """Write the period summary PDF for ``data`` to ``out`` (see ``build_incident_report``)."""
    w = Wording(lang, data.shop.timezone)
    p = Parts(make_styles(), w)
    period = w.range(w.day(data.start), w.day(data.end))
    title = f"{w.t('summary_title')} {period}"
    doc = make_document(
        out, title=title, subject=w.clip(data.shop.name, 200), lang=w.lang,
        author=data.prepared_by,
    )  # fmt: skip
    footer = f"{w.clip(data.shop.name, 80)} — {w.t('summary_footer')}"
    story = _Summary(p, data).story()
    build_story(doc, story, page_decorator(period, footer), progress=progress,
                should_cancel=should_cancel)  # fmt: skip
