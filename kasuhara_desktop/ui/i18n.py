"""Languages: which one to use, loading its Qt translators, and a font that can draw it.

Translations live in ``resources/i18n/kasuhara_<lang>.qm`` (compiled from the ``.ts`` sources
by ``build/setup.sh``). A missing ``.qm`` is not an error: the program then runs in English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("ja", "en", "nb")
# Fonts with Japanese glyphs (Japanese forms, not Chinese ones), best first.
JAPANESE_UI_FONTS = (
    "Yu Gothic UI",
    "Meiryo UI",
    "IPAexGothic",
    "IPAGothic",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Hiragino Sans",
    "MS UI Gothic",
    "TakaoPGothic",
    "VL PGothic",
)

_installed: list[QTranslator] = []


def language_names() -> dict[str, str]:
    """Each language in its own name (the way a user looks for it)."""
    return {"ja": "日本語", "en": "English", "nb": "Norsk bokmål"}


def system_language() -> str:
    lang = QLocale.system().language()
    if lang == QLocale.Language.Japanese:
        return "ja"
    if lang in (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk):
        return "nb"
    return "en"


def choose_language(requested: str | None, saved: str) -> str:
    """The ``--lang`` option, else the saved setting, else the system's language."""
    for code in (requested, saved):
        if code and code in LANGUAGES:
            return code
    return system_language()


def qm_dir() -> Path:
    return resources_dir() / "i18n"


_current = "en"


def current_language() -> str:
    """The language the program's windows are in (set when the translators are installed)."""
    return _current


def install_translators(lang: str) -> bool:
    """Replace the installed translators by ``lang``'s; True if the program's own loaded."""
    global _current
    _current = lang if lang in LANGUAGES else "en"
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return True
    qt = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(lang), "qtbase", "_", qt_path):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    loaded = ours.load(str(qm_dir() / f"kasuhara_{lang}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.info("No compiled translation for %s: showing English.", lang)
    return loaded


def apply_fonts(lang: str) -> None:
    """Give the application font a Japanese fallback so kanji and kana never show as boxes.

    For Japanese the Japanese font comes first (Japanese glyph forms for shared kanji);
    otherwise the platform font stays first and the Japanese font catches what it lacks.
    """
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return
    available = set(QFontDatabase.families())
    japanese = [name for name in JAPANESE_UI_FONTS if name in available]
    if not japanese:
        log.info("No Japanese UI font found; Qt will choose a fallback.")
        return
    font = QGuiApplication.font()
    base = [f for f in font.families() if f not in japanese] or [font.family()]
    families = japanese[:1] + base if lang == "ja" else base + japanese[:1]
    font.setFamilies(families)
    QGuiApplication.setFont(font)
    for family in base:
        QFont.insertSubstitutions(family, japanese)
