"""Draws one evidence tile: picture, integrity badge, name, size and type, state or reason.

Everything is painted as plain text (``drawText``), so names and reasons can never be markup.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.evidence import EvidenceItem
from .evidence_model import DETAIL_ROLE, ITEM_ROLE, STATE_ROLE, disabled_colour
from .icons import ICON_H, ICON_W
from .texts import IntegrityState, fill, state_label

TILE_W = 176
PAD = 6
_BADGES: dict[IntegrityState, tuple[str, str]] = {
    IntegrityState.INTACT: ("#1f8a4c", "✓"),
    IntegrityState.DAMAGED: ("#c62828", "!"),
    IntegrityState.MISSING: ("#c62828", "?"),
    IntegrityState.CHECKING: ("#b7791f", "…"),
    IntegrityState.DELETED: ("#6b7280", "✕"),
}
_STATE_COLOURS = {
    IntegrityState.INTACT: "#1f7a45",
    IntegrityState.DAMAGED: "#b71c1c",
    IntegrityState.MISSING: "#b71c1c",
    IntegrityState.CHECKING: "#8a5a00",
}


class EvidenceDelegate(QStyledItemDelegate):
    """Fixed-size tiles for the icon-mode list of evidence."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(TILE_W, PAD + ICON_H + PAD + 3 * line + PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item: EvidenceItem | None = index.data(ITEM_ROLE)
        if item is None:
            return
        self.initStyleOption(option, index)
        painter.save()
        rect = option.rect
        self._draw_frame(painter, option)
        picture_box = QRect(rect.left() + (rect.width() - ICON_W) // 2, rect.top() + PAD,
                            ICON_W, ICON_H)  # fmt: skip
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            self._draw_picture(painter, picture_box, pixmap, item.deleted)
        state: IntegrityState = index.data(STATE_ROLE) or IntegrityState.UNKNOWN
        self._draw_badge(painter, picture_box, state)
        self._draw_text(painter, option, index, item, state, picture_box.bottom() + PAD)
        painter.restore()

    @staticmethod
    def _draw_frame(painter: QPainter, option: QStyleOptionViewItem) -> None:
        """A tinted rounded frame for the selected tile (styles draw icon-mode selection oddly
        when the text is painted by the delegate), a thin one for the focused tile."""
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        if not selected and not focused:
            return
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(60 if selected else 0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(highlight, 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)

    @staticmethod
    def _draw_picture(painter: QPainter, box: QRect, pixmap: QPixmap, deleted: bool) -> None:
        size = pixmap.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if pixmap.width() <= box.width() and pixmap.height() <= box.height():
            size = pixmap.size()
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(box.center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if deleted:
            painter.setOpacity(0.4)
        painter.drawPixmap(target, pixmap)
        painter.setOpacity(1.0)

    @staticmethod
    def _draw_badge(painter: QPainter, box: QRect, state: IntegrityState) -> None:
        badge = _BADGES.get(state)
        if badge is None:
            return
        colour, glyph = badge
        circle = QRect(box.right() - 20, box.top(), 20, 20)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("white"))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(circle)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, glyph)

    @staticmethod
    def _draw_text(
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        item: EvidenceItem,
        state: IntegrityState,
        top: int,
    ) -> None:
        normal = option.palette.color(QPalette.ColorRole.Text)
        dim = _mix(normal, option.palette.color(QPalette.ColorRole.Base), 0.55)
        if item.deleted:
            dim = disabled_colour()
        line_h = QFontMetrics(option.font).height()
        width = option.rect.width() - 2 * PAD
        left = option.rect.left() + PAD
        bold = QFont(option.font)
        bold.setBold(True)
        if item.deleted:
            bold.setStrikeOut(True)
            third = fill(QCoreApplication.translate("evidence", "Deleted: %1"), item.deleted_reason)
            third_colour = dim
        else:
            third = state_label(state)
            name = _STATE_COLOURS.get(state)
            third_colour = QColor(name) if name else dim
        lines = [
            (bold, normal if not item.deleted else dim, item.original_name),
            (option.font, dim, str(index.data(DETAIL_ROLE) or "")),
            (option.font, third_colour, " ".join(third.split())),
        ]
        for n, (font, colour, text) in enumerate(lines):
            painter.setFont(font)
            painter.setPen(colour)
            mode = Qt.TextElideMode.ElideMiddle if n == 0 else Qt.TextElideMode.ElideRight
            elided = QFontMetrics(font).elidedText(text, mode, width)
            box = QRect(left, top + n * line_h, width, line_h)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, elided)


def _mix(a: QColor, b: QColor, share_a: float) -> QColor:
    """``share_a`` of ``a`` and the rest of ``b`` (a readable grey on any theme)."""
    k = 1.0 - share_a
    return QColor(
        round(a.red() * share_a + b.red() * k),
        round(a.green() * share_a + b.green() * k),
        round(a.blue() * share_a + b.blue() * k),
    )
