"""Where the notice can go, said plainly in the notice panel, and saving its 内容証明 text.

The printed PDF is for handing over in the shop, ordinary mail or email. Paper 内容証明
(certified-content mail) takes Japanese text only, 20 characters × 26 lines a page, no images
or tables, so it gets its own text (``NoticeService.certified_text``); e-内容証明 needs its own
layout (at least 10.5 pt), which the program does not make.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain.errors import StorageError, UserError
from ...domain.vocabulary import fill
from ...services.documents import write_pdf_atomically
from ..dialogs.messages import show_error
from ..save_locations import SaveKind, remember, suggested_path, write_or_explain


def usage_text() -> str:
    """Where the printed notice can and cannot be used (shown in the notice panel)."""
    return QCoreApplication.translate(
        "notices",
        "The printed PDF can be handed over in the shop (with the receipt slip signed) or sent "
        "by ordinary mail or email. It cannot be sent as paper 内容証明 (certified-content "
        "mail: Japanese text only, 20 characters × 26 lines a page, no images or tables): after "
        "issuing, save the 内容証明 text and print three copies of that. e-内容証明 (online) "
        "needs its own layout; this PDF is not made for it.",
    )


def save_certified_text(parent: QWidget, service: Any, number: str) -> Path | None:
    """Ask where, then write the issued notice's 内容証明 text (UTF-8); the path or None."""
    try:
        text = service.certified_text(number)
    except UserError as exc:
        show_error(parent, exc)
        return None
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("notices", "Save the 内容証明 text"),
        str(suggested_path(SaveKind.NOTICE, f"{number}-naiyo-shomei.txt")),
        QCoreApplication.translate("notices", "Text files (*.txt)"),
    )
    if not name:
        return None
    dest = Path(name)
    if dest.suffix.lower() != ".txt":
        dest = dest.with_name(dest.name + ".txt")
    data = text.encode("utf-8")

    def build(out: BinaryIO) -> None:
        out.write(data)

    problem = write_or_explain(dest, lambda path: write_pdf_atomically(path, build))
    if problem is not None:
        show_error(parent, StorageError(problem))
        return None
    remember(SaveKind.NOTICE, dest)
    return dest


def saved_message(dest: Path) -> str:
    return fill(QCoreApplication.translate("notices", "内容証明 text saved to %1"), str(dest))
