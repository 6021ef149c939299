"""The guide's next steps for the incident as it stands: ``response_flow.next_steps`` over
what the ban register says about the customer (a notice in force, a logged breach).

The register is asked once per page visit (``NoticeHistoryCache.refresh``), not on every
click: the steps follow the answers live, the register does not change while the guide is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.errors import UserError
from ...domain.online_posts import online_post_law
from ...domain.response_flow import ONLINE_STEPS, NoticeHistory, next_steps
from ...domain.vocabulary import fill
from .draft import ResponseDraft
from .texts import text, ui_language


class NoticeHistoryCache:
    """The register's answer for one draft, read when a page is shown."""

    def __init__(self, draft: ResponseDraft) -> None:
        self.draft = draft
        self.history = NoticeHistory()

    def refresh(self) -> NoticeHistory:
        services = self.draft.services
        if services is None:  # locked: keep what was read before
            return self.history
        try:
            self.history = services.notices.history(self.draft.incident)
        except UserError:
            self.history = NoticeHistory()
        return self.history


def step_lines(draft: ResponseDraft, history: NoticeHistory) -> list[str]:
    """The next steps as lines to show, with the online law's source under its steps."""
    steps = next_steps(draft.incident, history)
    lines = [f"→ {text('step', s)}" for s in steps]
    if set(ONLINE_STEPS) & set(steps):
        law = online_post_law()
        lang = ui_language()
        source = ", ".join(url for url, _ in law.sources)
        lines.append(
            fill(
                QCoreApplication.translate(
                    "NextSteps", "Law: %1 (in force %2). Source: %3, checked %4."
                ),
                law.name(lang),
                law.in_force.isoformat(),
                source,
                law.checked.isoformat(),
            )
        )
        if law.unverified:
            lines.append(
                QCoreApplication.translate(
                    "NextSteps", "Not verified against e-Gov: confirm before relying on it."
                )
            )
    return lines
