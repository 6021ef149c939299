"""The viewers the evidence pane opened: non-modal image viewers and media players.

They outlive a change of incident (the user may compare), so the pane keeps them apart from its
rows; on lock they are cleared (pictures dropped, players stopped) and closed together. The
player module loads Qt Multimedia, so it is imported only when a clip is first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Union

from PySide6.QtWidgets import QWidget

from ...domain.evidence import EvidenceItem
from ...services.evidence import EvidenceService
from .image_viewer import ImageViewer

if TYPE_CHECKING:
    from .media_player import MediaPlayerDialog

Viewer = Union[ImageViewer, "MediaPlayerDialog"]  # a string part needs Union
VIEWABLE_KINDS = frozenset({"image", "audio", "video"})


class OpenViewers:
    """The open viewers of one pane; each forgets itself when destroyed.

    Args:
        on_damage: called with (evidence id, message) when a viewer finds a file damaged.
    """

    def __init__(self, on_damage: Callable[[str, str], None]) -> None:
        self.items: list[Viewer] = []
        self._on_damage = on_damage

    def open(self, service: EvidenceService, item: EvidenceItem, parent: QWidget) -> Viewer:
        """Show ``item`` (its kind must be in :data:`VIEWABLE_KINDS`) in a new viewer."""
        viewer: Viewer
        if item.kind == "image":
            viewer = ImageViewer(service, item.id, parent)
        else:
            from .media_player import MediaPlayerDialog  # Qt Multimedia loads when first needed

            viewer = MediaPlayerDialog(service, item.id, parent)
        viewer.integrity_failed.connect(self._on_damage)
        viewer.destroyed.connect(lambda _o=None, v=viewer: self._forget(v))
        self.items.append(viewer)
        viewer.show()
        return viewer

    def close_for(self, evidence_id: str) -> None:
        """Close the viewers of one file (before it is deleted)."""
        for viewer in [v for v in self.items if v.evidence_id == evidence_id]:
            viewer.close()

    def close_all(self) -> None:
        """Drop every picture, stop every player, close them all (for locking)."""
        for viewer in list(self.items):
            viewer.clear()
            viewer.close()
        self.items.clear()

    def _forget(self, viewer: Viewer) -> None:
        if viewer in self.items:
            self.items.remove(viewer)
