"""Help → How to use: the short user guide (resources/docs/help/<lang>.md) in the UI language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...infra.resources import resource_path


def help_text(language: str) -> str:
    """The guide in ``language`` (ja, en, nb), English when there is none."""
    folder = resource_path("docs/help")
    for lang in (language, "en"):
        path = folder / f"{lang}.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class HelpDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("How to use Kasuhara Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(help_text(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
