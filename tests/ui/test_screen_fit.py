"""Windows open no larger than their screen (a shop's 1366 × 768 laptop hid the editor's
Save button below the edge)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kasuhara_desktop.ui.widgets.screen_fit import FRAME_ALLOWANCE, resize_within_screen


def test_a_window_bigger_than_the_screen_is_shrunk_to_it(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    resize_within_screen(window, room.width() + 500, room.height() + 500)
    assert window.width() <= room.width()
    assert window.height() <= room.height() - FRAME_ALLOWANCE


def test_a_window_that_fits_keeps_its_size(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    resize_within_screen(window, 300, 200)
    assert (window.width(), window.height()) == (300, 200)
