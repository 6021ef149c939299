"""Read-only view of the selected incident beside the list.

All text the staff typed is HTML-escaped before it is shown: an incident may quote anything.
``clear()`` forgets everything (locking calls it).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...domain.models import Incident
from ..i18n import quoted
from ..labels import label
from ..time_display import format_clock, format_datetime


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


class IncidentDetail(QWidget):
    """The selected incident as text; empty when nothing is selected or the vault is locked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDetail")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("incidentDetailText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Selected incident"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._reference: str | None = None
        self.clear()

    @property
    def reference(self) -> str | None:
        return self._reference

    def is_empty(self) -> bool:
        return self._reference is None

    def clear(self) -> None:
        self._reference = None
        self.browser.clear()
        self.browser.setPlaceholderText(self.tr("Select an incident in the list to see it here."))

    def show_incident(self, incident: Incident | None) -> None:
        if incident is None:
            self.clear()
            return
        self._reference = incident.reference
        self.browser.setHtml(self._html(incident))

    def _html(self, inc: Incident) -> str:
        tz = inc.timezone  # the shop's clock, named where the PC's differs (ui.time_display)
        when = format_datetime(inc.occurred_at, tz)
        if inc.ended_at is not None:
            when += " – " + format_datetime(inc.ended_at, tz)
        rows = [
            (self.tr("Date and time"), escape(when)),
            (self.tr("Status"), escape(label(inc.status))),
            (self.tr("Channel"), escape(label(inc.channel))),
            (self.tr("Place"), _text(inc.location)),
            (self.tr("Behaviour"), escape(", ".join(label(b) for b in inc.behaviours))),
            (self.tr("Demand"), _text(inc.demand)),
        ]
        parts = [f"<h3>{escape(inc.reference)}</h3><p>{_text(inc.summary)}</p><table>"]
        for name, value in rows:
            if value:
                parts.append(
                    f"<tr><td style='padding-right:12px'><b>{escape(name)}</b></td>"
                    f"<td>{value}</td></tr>"
                )
        parts.append("</table>")
        people, words, timeline = self.tr("People"), self.tr("Words said"), self.tr("Timeline")
        if inc.participants:
            parts.append(f"<h4>{escape(people)}</h4><ul>")
            for p in inc.participants:
                parts.append(f"<li>{escape(label(p.role))}: {_text(p.display_name)}</li>")
            parts.append("</ul>")
        if inc.quotes:
            parts.append(f"<h4>{escape(words)}</h4><ul>")
            for q in inc.quotes:
                times = f" ×{q.repeat_count}" if q.repeat_count > 1 else ""
                parts.append(f"<li>{_text(q.speaker)}: {quoted(_text(q.words))}{times}</li>")
            parts.append("</ul>")
        if inc.timeline:
            parts.append(f"<h4>{escape(timeline)}</h4><ul>")
            for t in inc.timeline:
                at = format_clock(t.at, tz, name_zone=False)  # the date line names the zone
                text = escape(label(t.kind))
                if t.description:
                    text += " — " + _text(t.description)
                parts.append(f"<li>{at} {text}</li>")
            parts.append("</ul>")
        return "".join(parts)
