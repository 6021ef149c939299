"""The evidence pane of an incident: files, thumbnails, viewers, import, export, delete.

Only :class:`EvidencePane` is meant to be used from outside; see its docstring for how the main
window hooks it up.
"""

from __future__ import annotations

from .evidence_pane import EvidencePane

__all__ = ["EvidencePane"]
