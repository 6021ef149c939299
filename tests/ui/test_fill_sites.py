"""Templates with two placeholders are filled in one pass where the GUI shows user text.

Chained ``.replace("%1", a).replace("%2", b)`` expanded a ``%2`` typed inside ``a``; these
sites now use ``domain.vocabulary.fill``.
"""

from __future__ import annotations

from pathlib import Path

from kasuhara_desktop.ui.widgets.unlock_panel import UnlockPanel


def test_demo_hint_shows_a_user_name_holding_a_placeholder_as_typed(qtbot, tmp_path: Path) -> None:
    panel = UnlockPanel(tmp_path, users_fn=lambda _f: ["店長 %2"])
    qtbot.addWidget(panel)
    panel.set_demo_hint("店長 %2", "demo-pass")
    text = panel.demo_label.text()
    assert "店長 %2" in text
    assert "店長 demo-pass" not in text
