"""Qt's own strings: Qt's catalogs where Qt has them, our catalog where it has none (nb)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from kasuhara_desktop.ui import i18n


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.install_translators("en")


def qt_catalog(lang: str) -> QTranslator:
    translator = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert translator.load(QLocale(lang), "qtbase", "_", path), f"PySide6 ships qtbase_{lang}"
    return translator


def test_qt_has_no_bokmal_catalog_so_ours_carries_its_strings() -> None:
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert not QTranslator().load(QLocale("nb"), "qtbase", "_", path)  # README says so
    # Our entries only work if context and text are exactly Qt's: Qt's Japanese catalog knows
    # every one of them.
    japanese = qt_catalog("ja")
    contexts = {
        "QPlatformTheme": ["Cancel", "Close", "OK", "Save", "&Yes", "&No"],
        "QFileDialog": ["File &name:", "&Open"],
        "QLineEdit": ["&Copy", "&Paste"],
    }
    listed = set(i18n.QT_STRINGS)
    for context, texts in contexts.items():
        for text in texts:
            assert text in listed, (context, text)
            assert japanese.translate(context, text), (context, text)


@pytest.mark.parametrize(
    ("source", "japanese"),
    [
        (("QPlatformTheme", "Cancel"), "キャンセル"),
        (("QFileDialog", "File &name:"), "ファイル名(&N):"),
    ],
)
def test_japanese_loads_qts_own_catalog(source: tuple[str, str], japanese: str) -> None:
    i18n.install_translators("ja")
    assert QCoreApplication.translate(*source) == japanese


def test_every_listed_qt_string_is_one_qt_translates() -> None:
    japanese = qt_catalog("ja")
    text = Path(i18n.__file__).read_text(encoding="utf-8")
    pairs = re.findall(r'QT_TRANSLATE_NOOP\("(\w+)", "((?:[^"\\]|\\.)*)"\)', text)
    assert len(pairs) == len(i18n.QT_STRINGS)
    # The two labels Qt's Japanese catalog lacks: our catalog carries them for Japanese too.
    lacking = {("QFileDialog", "&Look in:"), ("QFileDialog", "Files of &type:")}
    for context, source in pairs:
        translated = japanese.translate(context, source.replace("\\n", "\n"))
        assert bool(translated) != ((context, source) in lacking), (context, source)


def test_the_file_dialog_shows_exactly_these_labels(qtbot) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)} - {""}
    assert labels <= set(i18n.QT_STRINGS), labels  # so our catalog's entries are looked up


def test_native_dialogs_only_when_they_speak_the_programs_language(monkeypatch) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    i18n.install_translators("ja")
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    i18n.install_translators("en")
    assert not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def test_english_shows_words_said_in_english_quotation_marks(qtbot) -> None:
    from helpers import sample_incident

    from kasuhara_desktop.ui.widgets.incident_detail import IncidentDetail

    i18n.install_translators("en")
    assert i18n.quoted("stop") == "“stop”"
    detail = IncidentDetail()
    qtbot.addWidget(detail)
    detail.show_incident(sample_incident())
    shown = detail.browser.toPlainText()
    assert "“馬鹿野郎”" in shown and "「" not in shown


@pytest.mark.parametrize(
    ("n", "text"), [(0, "0 incidents"), (1, "1 incident"), (14, "14 incidents")]
)
def test_english_counts_use_plural_forms(n: int, text: str) -> None:
    i18n.install_translators("en")
    assert QCoreApplication.translate("MainWindow", "%n incident(s)", "", n) == text
    assert QCoreApplication.translate("MainWindow", "Settings") == "Settings"  # others untouched


def test_a_languages_own_plural_forms_come_first() -> None:
    if not (i18n.qm_dir() / "kasuhara_nb.qm").exists():
        pytest.skip("translations not compiled")
    i18n.install_translators("nb")
    assert QCoreApplication.translate("MainWindow", "%n incident(s)", "", 14) == "14 hendelser"
