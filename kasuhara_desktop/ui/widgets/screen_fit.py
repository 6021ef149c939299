"""Window sizes that fit the screen the window opens on.

The editor and the guide want about 1,100 × 850 pixels; the back-office PC of a small shop is
often a laptop with a 1366 × 768 screen. A window taller than the screen hides its own buttons
(Save, Next) below the edge, where nobody finds them.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and frame, which availableGeometry does not include.
FRAME_ALLOWANCE = 40


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or less where its screen is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width())
        height = min(height, room.height() - FRAME_ALLOWANCE)
    window.resize(max(width, 1), max(height, 1))
