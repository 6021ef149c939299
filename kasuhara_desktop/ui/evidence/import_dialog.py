"""Before an import: what the files are and where they came from (all optional)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.evidence import EvidenceSource, SourceKind
from ...services.evidence import ImportRequest
from .texts import fill, format_size, source_label

MAX_OFFSET = 7 * 24 * 3600


class ImportEvidenceDialog(QDialog):
    """Description and source for a batch of files; ``requests()`` builds the import.

    The same description and source apply to every file of the batch.
    """

    def __init__(self, paths: list[Path], sizes: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importEvidenceDialog")
        self.setWindowTitle(self.tr("Add evidence"))
        self.setAccessibleName(self.tr("Add evidence"))
        self.paths = list(paths)
        names = "\n".join(p.name for p in paths[:8])
        if len(paths) > 8:
            names += "\n" + fill(self.tr("… and %1 more"), len(paths) - 8)
        files = QLabel(names, self)
        files.setObjectName("importFiles")
        files.setTextFormat(Qt.TextFormat.PlainText)
        files.setWordWrap(True)
        summary = QLabel(fill(self.tr("%n file(s), %1 in all", "", len(paths)),
                              format_size(sum(sizes))), self)  # fmt: skip
        summary.setObjectName("importSummary")

        self.description = QPlainTextEdit(self)
        self.description.setObjectName("importDescription")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What does it show? (optional)"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.source = QComboBox(self)
        self.source.setObjectName("importSource")
        self.source.setAccessibleName(self.tr("Source"))
        for kind in SourceKind:
            self.source.addItem(source_label(kind), kind)
        self.source.setCurrentIndex(self.source.findData(SourceKind.OTHER))
        self.source.currentIndexChanged.connect(self._source_changed)
        self.detail = QLineEdit(self)
        self.detail.setObjectName("importSourceDetail")
        self.detail.setAccessibleName(self.tr("Source detail"))
        self.detail.setPlaceholderText(self.tr("Camera, phone, web address… (optional)"))
        self.detail.setMaxLength(500)
        self.offset_known = QCheckBox(self.tr("The device clock was off by"), self)
        self.offset_known.setObjectName("importOffsetKnown")
        self.offset = QSpinBox(self)
        self.offset.setObjectName("importOffset")
        self.offset.setAccessibleName(self.tr("Clock offset in seconds"))
        self.offset.setRange(-MAX_OFFSET, MAX_OFFSET)
        self.offset.setSuffix(self.tr(" s"))
        # Unticked, the seconds are not shown at all: a greyed "0 s" reads like a measured value.
        self.offset.setEnabled(False)
        self.offset.setVisible(False)
        self.offset_known.toggled.connect(self.offset.setEnabled)
        self.offset_known.toggled.connect(self.offset.setVisible)
        offset_row = QHBoxLayout()
        offset_row.addWidget(self.offset_known)
        offset_row.addWidget(self.offset)
        offset_row.addStretch(1)
        offset_help = QLabel(
            self.tr("Device time minus real time: +60 s if the camera showed 14:06 at 14:05."),
            self,
        )
        offset_help.setObjectName("importOffsetHelp")
        offset_help.setWordWrap(True)
        offset_help.setEnabled(False)
        self.offset.setToolTip(offset_help.text())
        clock_box = QVBoxLayout()
        clock_box.setSpacing(2)
        clock_box.addLayout(offset_row)
        clock_box.addWidget(offset_help)

        form = QFormLayout()
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("De&tail:"), self.detail)
        form.addRow(self.tr("Clock:"), clock_box)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Add"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.import_button.setObjectName("importButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(files)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 360)

    @Slot(int)
    def _source_changed(self, _index: int) -> None:
        if self.source.currentData() == SourceKind.CCTV and not self.offset_known.isChecked():
            self.offset_known.setChecked(True)

    def source_value(self) -> EvidenceSource:
        return EvidenceSource(
            kind=SourceKind(self.source.currentData()),
            detail=self.detail.text().strip(),
            clock_offset_seconds=self.offset.value() if self.offset_known.isChecked() else None,
        )

    def requests(self) -> list[ImportRequest]:
        description = self.description.toPlainText().strip()
        source = self.source_value()
        return [ImportRequest(path, description, source) for path in self.paths]
