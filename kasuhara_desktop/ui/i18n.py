"""Languages: which one to use, loading its Qt translators, and a font that can draw it.

Translations live in ``resources/i18n/kasuhara_<lang>.qm`` (compiled from the ``.ts`` sources
by ``build/setup.sh``). A missing ``.qm`` is not an error: the program then runs in English.

Qt's own strings (standard buttons, the file dialog, context menus) come from Qt's catalogs,
``qtbase_<lang>.qm`` in PySide6's translations folder. Qt ships ``qtbase_ja`` but no Norwegian
bokmål catalog (only nynorsk, ``qtbase_nn``), so the most visible of Qt's strings are listed in
:data:`QT_STRINGS` and translated in our own catalog; Qt looks them up in every installed
translator. The rest of Qt's strings stay English in Norwegian (README, "Languages").
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..domain.quotes import bare_words
from ..domain.vocabulary import fill
from ..infra.resources import resource_path

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

# Qt's own strings that a user meets, kept in our catalog for languages Qt has no catalog for
# (Norwegian bokmål), and for the two file-dialog labels Qt's Japanese catalog lacks (its .ui
# gained accelerators the catalog never caught up with). The contexts and texts are Qt's,
# exactly (qplatformtheme.cpp, qfiledialog.cpp/.ui, qfilesystemmodel.cpp, qlineedit.cpp,
# qwidgettextcontrol.cpp).
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),  # missing from Qt's Japanese catalog too
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),  # missing from Qt's Japanese catalog too
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)


class EnglishPlurals(QTranslator):
    """English plural forms for ``tr("%n file(s)", "", n)``: "1 file", "14 files".

    Qt's numerus forms need a catalog, and English, the source language, has none; this
    translator is that catalog for every ``…(s)`` text counted with ``n``. It is installed
    first, so a language's own catalog answers before it (Japanese and Norwegian have their
    numerus forms there) and it only catches counted texts no catalog translates.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source:
            return None  # None, not "": an empty string would be taken as the translation
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


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
    return resource_path("i18n")


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
    # A native file dialog speaks the system's language, not the program's: when the two
    # differ, Qt's own dialog is used, which our translators reach.
    QCoreApplication.setAttribute(
        Qt.ApplicationAttribute.AA_DontUseNativeDialogs, _current != system_language()
    )
    plurals = EnglishPlurals(app)
    app.installTranslator(plurals)
    _installed.append(plurals)
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


def quoted(text: str) -> str:
    """``text`` in the quotation marks of the program's language: 「…」, “…” or «…»."""
    marks = QCoreApplication.translate("Quotes", "“%1”")  # %1: the words someone said
    text = bare_words(text)  # the marks the user typed would otherwise show twice: 「「…」」
    return fill(marks, text) if "%1" in marks else f"“{text}”"


def apply_fonts(lang: str) -> None:
    """Give the application font a Japanese fallback so kanji and kana never show as boxes.

    For Japanese the Japanese font comes first (Japanese glyph forms for shared kanji);
    otherwise the platform font stays first and the Japanese font catches what it lacks.
    """
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return
    available = set(QFontDatabase.families())
    japanese = [name for name in JAPANESE_UI_FONTS if name in available]
    if not japanese:  # a PC without Japanese fonts: the packaged app's own (build/stage_bundle.py)
        for path in sorted(resource_path("fonts").glob("ipaex*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
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
