"""The program's own settings (QSettings): idle lock, language, PDF font, last vault, layout.

Nothing about incidents is stored here: only preferences and the path of the last vault.
Keys are stable; other parts of the program read ``pdf/font_path`` for the PDF font.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

IDLE_MINUTES_KEY = "lock/idle_minutes"
LANGUAGE_KEY = "ui/language"
FONT_PATH_KEY = "pdf/font_path"
LAST_VAULT_KEY = "vault/last"
GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter"

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240


class AppSettings:
    """Typed access to the settings; each read goes to ``QSettings`` (cheap, always fresh)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()

    def sync(self) -> None:
        self._s.sync()

    @property
    def idle_minutes(self) -> int:
        value = self._s.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
        try:
            minutes = int(str(value))
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self._s.setValue(IDLE_MINUTES_KEY, max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes)))

    @property
    def language(self) -> str:
        """ "ja", "en", "nb", or "" (not chosen yet: follow the system)."""
        return str(self._s.value(LANGUAGE_KEY, "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue(LANGUAGE_KEY, code)

    @property
    def font_path(self) -> Path | None:
        """A font file chosen for PDFs, or None to find one automatically."""
        value = str(self._s.value(FONT_PATH_KEY, "") or "")
        return Path(value) if value else None

    @font_path.setter
    def font_path(self, path: Path | None) -> None:
        self._s.setValue(FONT_PATH_KEY, str(path) if path else "")

    @property
    def last_vault(self) -> Path | None:
        value = str(self._s.value(LAST_VAULT_KEY, "") or "")
        return Path(value) if value else None

    @last_vault.setter
    def last_vault(self, path: Path | None) -> None:
        self._s.setValue(LAST_VAULT_KEY, str(path) if path else "")

    def window_state(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, key: str, data: QByteArray) -> None:
        self._s.setValue(key, data)
