"""Type icons for evidence without a thumbnail, drawn once with QPainter and cached."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

ICON_W, ICON_H = 112, 84
_COLOURS = {
    "image": "#7b5ea7",
    "video": "#2f6db3",
    "audio": "#2e8b57",
    "pdf": "#b83a3a",
    "other": "#6b7280",
}
_cache: dict[tuple[str, str, bool], QPixmap] = {}


def type_icon(kind: str, ext: str, deleted: bool = False) -> QPixmap:
    """A page-shaped tile in the kind's colour with a glyph and the extension ("MP4")."""
    key = (kind, ext, deleted)
    if key not in _cache:
        _cache[key] = _draw(kind, ext.upper()[:5], deleted)
    return _cache[key]


def _draw(kind: str, ext: str, deleted: bool) -> QPixmap:
    pixmap = QPixmap(ICON_W, ICON_H)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#9ca3af" if deleted else _COLOURS.get(kind, _COLOURS["other"]))
    page = QRectF(ICON_W / 2 - 30, 4, 60, ICON_H - 8)
    fold = 14.0
    outline = QPainterPath()
    outline.moveTo(page.left(), page.top())
    outline.lineTo(page.right() - fold, page.top())
    outline.lineTo(page.right(), page.top() + fold)
    outline.lineTo(page.right(), page.bottom())
    outline.lineTo(page.left(), page.bottom())
    outline.closeSubpath()
    p.setPen(QPen(colour.darker(130), 1.5))
    p.setBrush(colour.lighter(185))
    p.drawPath(outline)
    p.setBrush(colour.lighter(140))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(page.right() - fold, page.top()),
                QPointF(page.right() - fold, page.top() + fold),
                QPointF(page.right(), page.top() + fold),
            ]
        )
    )
    centre = QPointF(page.center().x(), page.top() + 32)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    _glyph(p, kind, centre)
    if ext:
        band = QRectF(page.left(), page.bottom() - 20, page.width(), 16)
        p.fillRect(band, colour)
        font = QFont(p.font())
        font.setBold(True)
        font.setPixelSize(11)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(band, Qt.AlignmentFlag.AlignCenter, ext)
    p.end()
    return pixmap


def _glyph(p: QPainter, kind: str, c: QPointF) -> None:
    if kind == "video":
        p.drawPolygon(QPolygonF([c + QPointF(-8, -11), c + QPointF(-8, 11), c + QPointF(12, 0)]))
    elif kind == "audio":
        p.drawEllipse(c + QPointF(-6, 8), 6, 5)
        p.drawRect(QRectF(c.x() - 1, c.y() - 14, 3, 22))
        p.drawPolygon(QPolygonF([c + QPointF(2, -14), c + QPointF(12, -8), c + QPointF(2, -6)]))
    elif kind == "image":
        p.drawEllipse(c + QPointF(-8, -7), 4, 4)
        p.drawPolygon(QPolygonF([c + QPointF(-14, 10), c + QPointF(-3, -2), c + QPointF(14, 10)]))
    else:
        for i in range(4):
            p.drawRect(QRectF(c.x() - 14, c.y() - 12 + i * 7, 28 if i < 3 else 18, 3))
