"""Settings: idle lock time, language, shop profile and the Japanese font used for PDFs.

Program preferences go to ``QSettings`` (``AppSettings``); the shop profile is part of the
vault and is saved through ``IncidentService.save_shop_profile``. The font search runs in a
background task (it may scan many font files).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import ShopProfile
from ...domain.vocabulary import fill
from ..app_settings import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, AppSettings
from ..i18n import LANGUAGES, current_language, language_names
from ..tasks import run_task
from ..widgets.shop_fields import TimezoneCombo, TradeTypeChooser
from .messages import error_text

if TYPE_CHECKING:
    from ...services.rekey import KeyService


@dataclasses.dataclass(frozen=True)
class FontFound:
    """What the PDF reports will use, as plain data the dialog words in the UI language.

    ``note`` is the font search's own English explanation (skipped files and why): shown as a
    tooltip for whoever needs the detail.
    """

    path: Path | None
    embedded: bool
    configured_used: bool
    note: str


def detect_font(configured: Path | None) -> FontFound | None:
    """Look for the PDF font (runs in a task: it may read many font files)."""
    from ...services.fonts import find_japanese_font

    choice = find_japanese_font(configured)
    used = configured is None or choice.path == configured
    return FontFound(choice.path, choice.embedded, used, choice.note)


class SettingsDialog(QDialog):
    """Edit the settings; OK saves them, Cancel changes nothing."""

    def __init__(
        self,
        settings: AppSettings,
        service: Any,
        parent: QWidget | None = None,
        *,
        keys: KeyService | None = None,
    ) -> None:
        super().__init__(parent)
        self.keys = keys  # the data-key change; None hides it (no vault, or a fake)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.service = service
        self._profile: ShopProfile | None = None

        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleMinutesSpin")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.idle_minutes.setValue(settings.idle_minutes)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        for code in LANGUAGES:
            self.language.addItem(language_names()[code], code)
        # The language the windows are in (the saved one may be empty: "follow the system").
        index = self.language.findData(current_language())
        self.language.setCurrentIndex(max(0, index))
        self._shown_language = str(self.language.currentData())
        language_note = QLabel(self.tr("A new language is used from the next start."), self)
        language_note.setWordWrap(True)
        general = QGroupBox(self.tr("Program"), self)
        gform = QFormLayout(general)
        gform.addRow(self.tr("Lock when idle for:"), self.idle_minutes)
        gform.addRow(self.tr("Language:"), self.language)
        gform.addRow("", language_note)

        self.shop_name = self._line("shopNameEdit", self.tr("Shop name"))
        self.company = self._line("companyEdit", self.tr("Company"))
        self.address = self._line("addressEdit", self.tr("Address"))
        self.phone = self._line("phoneEdit", self.tr("Phone"))
        self.representative = self._line("representativeEdit", self.tr("Representative"))
        self.timezone = TimezoneCombo(self)
        self.trade = TradeTypeChooser(self)
        self.call_limit = QSpinBox(self)
        self.call_limit.setObjectName("callLimitSpin")
        self.call_limit.setRange(5, 240)
        self.call_limit.setSuffix(self.tr(" min"))
        self.call_limit.setAccessibleName(self.tr("Time limit for a complaint call"))
        self.cctv_days = QSpinBox(self)  # the home screen warns before the recorder overwrites
        self.cctv_days.setObjectName("cctvDaysSpin")
        self.cctv_days.setRange(1, 3650)
        self.cctv_days.setSuffix(self.tr(" days"))
        self.cctv_days.setAccessibleName(self.tr("Days the CCTV recorder keeps video"))
        shop = QGroupBox(self.tr("Shop"), self)
        sform = QFormLayout(shop)
        sform.addRow(self.tr("Shop name:"), self.shop_name)
        sform.addRow(self.tr("Company:"), self.company)
        sform.addRow(self.tr("Address:"), self.address)
        sform.addRow(self.tr("Phone:"), self.phone)
        sform.addRow(self.tr("Representative:"), self.representative)
        sform.addRow(self.tr("Time zone:"), self.timezone)
        sform.addRow(self.tr("Type of business:"), self.trade)
        sform.addRow(self.tr("Call time limit:"), self.call_limit)
        sform.addRow(self.tr("CCTV recorder keeps:"), self.cctv_days)

        self.font_path = self._line("fontPathEdit", self.tr("Font file for PDFs"))
        self.font_path.setPlaceholderText(self.tr("Automatic"))
        self.font_path.setText(str(settings.font_path or ""))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("fontBrowseButton")
        browse.clicked.connect(self._browse_font)
        self.font_status = QLabel(self.tr("Looking for a Japanese font…"), self)
        self.font_status.setObjectName("fontStatus")
        self.font_status.setWordWrap(True)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_path, 1)
        font_row.addWidget(browse)
        pdf = QGroupBox(self.tr("PDF documents"), self)
        pform = QFormLayout(pdf)
        pform.addRow(self.tr("Japanese font:"), font_row)
        pform.addRow("", self.font_status)

        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (general, shop, pdf):
            layout.addWidget(box)
        layout.addWidget(self._security_box())
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._load_profile()
        self._detect_font()

    def _security_box(self) -> QGroupBox:
        """The data-key change (shown only when the session gave its key service)."""
        box = QGroupBox(self.tr("Security"), self)
        self.rekey_button = QPushButton(self.tr("Change the data key…"), box)
        self.rekey_button.setObjectName("rekeyButton")
        self.rekey_button.setToolTip(
            self.tr("A new recovery key and recovery sheet; the old sheet stops working.")
        )
        self.rekey_button.clicked.connect(self._open_rekey)
        QHBoxLayout(box).addWidget(self.rekey_button)
        box.setVisible(self.keys is not None)
        return box

    @Slot()
    def _open_rekey(self) -> None:
        from .rekey_dialog import RekeyDialog

        if self.keys is not None:
            RekeyDialog(self.keys, self).open()

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _load_profile(self) -> None:
        if self.service is None:
            return
        try:
            self._profile = self.service.shop_profile()
        except Exception as exc:
            self._show_error(exc)
            return
        p = self._profile
        self.shop_name.setText(p.name)
        self.company.setText(p.company)
        self.address.setText(p.address)
        self.phone.setText(p.phone)
        self.representative.setText(p.representative)
        self.timezone.set_zone(p.timezone)
        self.trade.set_trade(p.trade_type)
        self.call_limit.setValue(p.call_limit_minutes)
        self.cctv_days.setValue(p.cctv_retention_days)

    def edited_profile(self) -> ShopProfile | None:
        if self._profile is None:
            return None
        return dataclasses.replace(
            self._profile,
            name=self.shop_name.text().strip(),
            company=self.company.text().strip(),
            address=self.address.text().strip(),
            phone=self.phone.text().strip(),
            representative=self.representative.text().strip(),
            timezone=self.timezone.zone(),
            trade_type=self.trade.trade(),
            call_limit_minutes=self.call_limit.value(),
            cctv_retention_days=self.cctv_days.value(),
        )

    @Slot()
    def _browse_font(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Japanese TrueType font"), "", self.tr("Fonts (*.ttf *.ttc)")
        )
        if chosen:
            self.font_path.setText(chosen)
            self._detect_font()

    def _detect_font(self) -> None:
        text = self.font_path.text().strip()
        configured = Path(text) if text else None
        run_task(
            lambda _ctx: detect_font(configured),
            on_result=self._font_found,
            on_error=self._font_failed,
        )

    @Slot(object)
    def _font_failed(self, exc: BaseException) -> None:
        self.font_status.setText(error_text(exc) or self.tr("No font information available."))

    @Slot(object)
    def _font_found(self, found: object) -> None:
        self.font_status.setText(self.font_text(found))
        self.font_status.setToolTip(found.note if isinstance(found, FontFound) else "")

    def font_text(self, found: object) -> str:
        """The font search's result in the program's language."""
        if not isinstance(found, FontFound):
            return self.tr("No font information available.")
        if not found.embedded or found.path is None:
            return self.tr(
                "No Japanese TrueType font was found: PDFs use a built-in font that is not "
                "embedded and misplaces letters such as æøå. Install the IPAex fonts or choose "
                "a .ttf/.ttc font file."
            )
        if not found.configured_used:
            return fill(
                self.tr("The chosen font file is missing or cannot be used; PDFs use %1 instead."),
                str(found.path),
            )
        return fill(self.tr("PDFs use the Japanese font %1."), str(found.path))

    def _show_error(self, exc: BaseException | str) -> None:
        text = exc if isinstance(exc, str) else error_text(exc)
        if text:
            self.error.setText(text)
            self.error.show()

    def accept(self) -> None:
        profile = self.edited_profile()
        if profile is not None:
            if not profile.name:
                self._show_error(self.tr("The shop name must not be empty."))
                return
            if not self.timezone.is_valid():
                self._show_error(self.tr("Choose a time zone from the list."))
                return
            if profile != self._profile:
                try:
                    self.service.save_shop_profile(profile)
                except Exception as exc:
                    self._show_error(exc)
                    return
        # OK saves only what was changed: an untouched box never overwrites a setting (the
        # language box once saved "en" for a program running in Japanese).
        if self.idle_minutes.value() != self.settings.idle_minutes:
            self.settings.idle_minutes = self.idle_minutes.value()
        chosen = str(self.language.currentData())
        if chosen != self._shown_language:
            self.settings.language = chosen
        text = self.font_path.text().strip()
        font = Path(text) if text else None
        if font != self.settings.font_path:
            self.settings.font_path = font
        self.settings.sync()
        super().accept()
