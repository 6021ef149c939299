"""The guide's step list: a step already reached can be clicked to go back to it; the others
do not look clickable (no hover, no selection, a plain arrow cursor).

Going forward stays with "Next", which asks the route (``response_flow.next_step``) and so
never lands on a step that does not apply.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidgetItem, QWizard


def mark_step_item(
    item: QListWidgetItem,
    number: int,
    visited: Sequence[int],
    current: int,
    palette: QPalette,
) -> None:
    """Make the item of step ``number`` clickable if it was reached before the current one."""
    if number in visited and number != current:
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setToolTip(QCoreApplication.translate("ResponseWizard", "Go back to this step"))
        item.setForeground(palette.color(QPalette.ColorRole.Link))  # looks like a link: is one
        font = item.font()
        font.setUnderline(True)
        item.setFont(font)
        return
    # Not a link: not selectable and no hover highlight, but the text in the usual colour.
    brush = item.foreground()
    has_colour = brush.style() != Qt.BrushStyle.NoBrush  # skipped steps are already greyed
    colour = brush.color() if has_colour else palette.color(QPalette.ColorRole.Text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    item.setForeground(colour)


def go_back_to(wizard: QWizard, page_id: int) -> None:
    """Step back through the wizard's history until ``page_id`` is shown (no-op otherwise).

    ``back()`` keeps what was typed on every page it leaves (``ResponsePage.cleanupPage``).
    """
    if page_id not in wizard.visitedIds():
        return
    while wizard.currentId() != page_id:
        before = wizard.currentId()
        wizard.back()
        if wizard.currentId() == before:
            return
