"""The home screen: tiles for what needs doing now, and two charts of the last twelve months.

The figures are gathered off the GUI thread (``DashboardService.job()`` on this thread, its
``gather`` in a task of ``ui/tasks.py``), with a progress bar and a Cancel button while it
runs; the window keeps working meanwhile. Clicking a tile asks the window (through this
page's signals) to filter the incident list, open an incident, the ban register, or a page of
the Duty menu.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Cancelled
from ...domain.vocabulary import fill
from ...services.dashboard import DashboardService
from ...services.dashboard_figures import DashboardFigures
from ..dialogs.messages import error_text
from ..labels import term
from ..tasks import Task, TaskContext, run_task
from .charts import BehaviourChart, HoursChart
from .tile import ATTENTION, QUIET, WARNING, Tile, incident_link

SOON_DAYS = 14
"""A complaint deadline this close is shown in the attention colour."""


def _day(d: date) -> str:
    return d.isoformat()


class HomePage(QWidget):
    """The Home tab.

    Signals:
        open_list(str): show the incident list filtered: "open" (not closed) or "cctv".
        open_incident(str): open this incident.
        open_bans(): open the ban register.
        open_duty(str): open the Duty page of this part ("training", "policy").
    """

    open_list = Signal(str)
    open_incident = Signal(str)
    open_bans = Signal()
    open_duty = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self._service: DashboardService | None = None
        self._task: Task | None = None
        self.figures: DashboardFigures | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("homeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("homeStatus")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("homeProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("homeCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("homeRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        for w in (self.status, self.progress, self.cancel_button, self.refresh_button):
            head.addWidget(w)

        self.tiles = {
            name: Tile(name, self)
            for name in ("openTile", "followUpsTile", "bansTile", "complaintTile", "cctvTile",
                         "trainingTile", "policyTile", "retentionTile")
        }  # fmt: skip
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 4, i % 4)
        t = self.tiles
        t["openTile"].activated.connect(lambda: self.open_list.emit("open"))
        t["followUpsTile"].activated.connect(lambda: self._first("followUpsTile"))
        t["bansTile"].activated.connect(self.open_bans)
        t["complaintTile"].activated.connect(lambda: self._first("complaintTile"))
        t["cctvTile"].activated.connect(lambda: self.open_list.emit("cctv"))
        t["trainingTile"].activated.connect(lambda: self.open_duty.emit("training"))
        t["policyTile"].activated.connect(lambda: self.open_duty.emit("policy"))
        t["retentionTile"].activated.connect(lambda: self.open_duty.emit("retention"))
        for tile in t.values():
            tile.link_activated.connect(self._on_link)
        self._first_reference: dict[str, str] = {}

        self.behaviour_chart = BehaviourChart(self)
        self.hours_chart = HoursChart(self)
        charts = QHBoxLayout()
        charts.addWidget(self.behaviour_chart, 3)  # its legend is on the right
        charts.addWidget(self.hours_chart, 2)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addLayout(charts, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.clear()

    # ------------------------------------------------------------ services and refreshing

    def set_service(self, service: DashboardService | None) -> None:
        """The vault is open (a service) or locking (None: everything shown is dropped)."""
        self.cancel()
        self._service = service
        if service is None:
            self.clear()

    def clear(self) -> None:
        self.figures = None
        self._first_reference = {}
        self.heading.setText(self.tr("Home"))
        self.status.clear()
        for tile in self.tiles.values():
            tile.show_value("–", "", [])
        self.tiles["trainingTile"].hide()
        self.tiles["policyTile"].hide()
        self.tiles["retentionTile"].hide()
        self.behaviour_chart.chart_.removeAllSeries()
        self.hours_chart.chart_.removeAllSeries()

    @Slot()
    def refresh(self) -> None:
        """Gather the figures again in the background (a running gather is cancelled)."""
        service = self._service
        if service is None:
            return
        self.cancel()
        try:
            job = service.job()
        except Exception as exc:  # a denied role or a closed vault: said, not raised
            self.status.setText(error_text(exc) or "")
            return

        def work(ctx: TaskContext) -> DashboardFigures:
            return job.gather(progress=ctx.progress, should_cancel=ctx.is_cancelled)

        self.status.setText(self.tr("Counting…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._task = run_task(
            work, on_result=self._gathered, on_error=self._failed, on_progress=self._progress
        )

    @Slot()
    def cancel(self) -> None:
        if self._task is not None and not self._task.is_done:
            self._task.cancel()
        self._task = None
        self._idle()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.is_done

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    @Slot(object, object)
    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _stale(self) -> bool:
        """True when a newer gather runs (this delivery is from one cancelled before it)."""
        return self._task is not None and not self._task.is_done

    @Slot(object)
    def _gathered(self, figures: object) -> None:
        assert isinstance(figures, DashboardFigures)
        if self._stale():
            return
        self._task = None
        self._idle()
        if self._service is None:  # locked while it ran
            return
        self.show_figures(figures)
        self.status.clear()

    @Slot(object)
    def _failed(self, exc: object) -> None:
        if self._stale():
            return
        self._task = None
        self._idle()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Not refreshed."))
        elif isinstance(exc, BaseException):
            self.status.setText(error_text(exc) or "")

    # ------------------------------------------------------------ showing

    def show_figures(self, f: DashboardFigures) -> None:
        self.figures = f
        self.heading.setText(fill(self.tr("Home — %1"), _day(f.today)))
        t = self.tiles
        t["openTile"].show_value(
            f.open_incidents,
            self.tr("Open incidents"),
            level=WARNING if f.open_incidents else QUIET,
        )
        self._show_follow_ups(f)
        bans = [
            escape(fill(self.tr("%1 %2: until %3"), b.number, b.recipient, _day(b.valid_until)))
            for b in f.bans_expiring
        ]
        t["bansTile"].show_value(
            len(f.bans_expiring), self.tr("Bans ending within 30 days"), bans,
            level=WARNING if bans else QUIET,
        )  # fmt: skip
        self._show_deadlines(f)
        self._show_cctv(f)
        self._show_training(f)
        self._show_policy(f)
        self._show_retention(f)
        self.behaviour_chart.show_figures(f)
        self.hours_chart.show_figures(f)

    def _show_follow_ups(self, f: DashboardFigures) -> None:
        lines = []
        for x in f.follow_ups:
            who = f"{x.staff_name}: " if x.staff_name else ""
            text = fill(self.tr("due %1"), _day(x.due)) + f" — {who}{x.note}"
            lines.append(incident_link(x.reference, text))
        self._remember("followUpsTile", [x.reference for x in f.follow_ups])
        overdue = any(x.overdue(f.today) for x in f.follow_ups)
        level = ATTENTION if overdue else WARNING if f.follow_ups_due else QUIET
        self.tiles["followUpsTile"].show_value(
            f.follow_ups_due, self.tr("Follow-ups due (next 7 days listed)"), lines, level=level
        )

    def _show_deadlines(self, f: DashboardFigures) -> None:
        lines = [
            incident_link(
                d.reference,
                fill(
                    self.tr("art. %1, %2: a complaint, if wanted, by %3 (%4 days left)"),
                    d.article,
                    term("complaint_holder", d.holder),
                    _day(d.deadline),
                    str(d.days_left),
                ),
            )
            for d in f.complaint_deadlines
        ]
        self._remember("complaintTile", [d.reference for d in f.complaint_deadlines])
        soon = any(d.days_left <= SOON_DAYS for d in f.complaint_deadlines)
        level = ATTENTION if soon else WARNING if lines else QUIET
        self.tiles["complaintTile"].show_value(
            len(lines), self.tr("Complaint deadlines (6 months)"), lines, level=level
        )

    def _show_cctv(self, f: DashboardFigures) -> None:
        lines = [
            incident_link(c.reference, fill(self.tr("export by %1"), _day(c.until)))
            for c in f.cctv_to_export
        ] + [
            incident_link(
                c.reference, fill(self.tr("probably overwritten since %1"), _day(c.until))
            )
            for c in f.cctv_overwritten
        ]
        level = ATTENTION if f.cctv_to_export else WARNING if lines else QUIET
        title = fill(self.tr("CCTV to export (the recorder keeps %1 days)"),
                     str(f.cctv_retention_days))  # fmt: skip
        self.tiles["cctvTile"].show_value(len(f.cctv_to_export), title, lines, level=level)

    def _show_training(self, f: DashboardFigures) -> None:
        tile = self.tiles["trainingTile"]
        tile.setVisible(f.training is not None)
        if f.training is None:
            return
        tr = f.training
        lines = [escape(fill(self.tr("never trained: %1, overdue: %2 (of %3)"),
                             str(tr.never), str(tr.overdue), str(tr.on_roster)))]  # fmt: skip
        tile.show_value(
            tr.needing, self.tr("Staff needing training"), lines,
            level=WARNING if tr.needing else QUIET,
        )  # fmt: skip

    def _show_policy(self, f: DashboardFigures) -> None:
        tile = self.tiles["policyTile"]
        tile.setVisible(f.policy is not None)
        if f.policy is None:
            return
        p = f.policy
        if not p.adopted:
            tile.show_value("!", self.tr("No basic policy adopted yet"), level=ATTENTION)
            return
        tile.show_value(
            p.unacknowledged, self.tr("Staff who have not acknowledged the policy"),
            level=WARNING if p.unacknowledged else QUIET,
        )  # fmt: skip

    def _show_retention(self, f: DashboardFigures) -> None:
        tile = self.tiles["retentionTile"]
        tile.setVisible(f.retention_due is not None)
        if f.retention_due is not None:
            level = WARNING if f.retention_due else QUIET
            tile.show_value(f.retention_due, self.tr("Records due for erasing"), level=level)

    def _remember(self, tile: str, references: list[str]) -> None:
        if references:
            self._first_reference[tile] = references[0]
        else:
            self._first_reference.pop(tile, None)

    def _first(self, tile: str) -> None:
        """A list tile clicked as a whole: its most urgent incident (the first listed)."""
        reference = self._first_reference.get(tile)
        if reference:
            self.open_incident.emit(reference)
        else:
            self.open_list.emit("open")

    @Slot(str)
    def _on_link(self, href: str) -> None:
        if href.startswith("ref:"):
            self.open_incident.emit(href[4:])
