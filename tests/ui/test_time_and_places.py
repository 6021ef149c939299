"""The small helpers every window uses: one clock, one size format, where saving starts, quotes."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from kasuhara_desktop.domain.errors import StorageError
from kasuhara_desktop.domain.quotes import bare_words
from kasuhara_desktop.domain.sizes import format_size
from kasuhara_desktop.ui import save_locations, time_display
from kasuhara_desktop.ui.editor.fields import DateField, LineField, TextField
from kasuhara_desktop.ui.i18n import quoted
from kasuhara_desktop.ui.save_locations import SaveKind

MOMENT = datetime(2026, 11, 3, 10, 36, tzinfo=UTC)  # 19:36 in Tokyo


def test_times_are_the_shops_and_named_only_where_the_pc_differs(pc_zone) -> None:
    pc_zone("UTC")
    assert time_display.format_datetime(MOMENT, "Asia/Tokyo") == "2026-11-03 19:36 JST"
    assert time_display.format_clock(MOMENT, "Asia/Tokyo") == "19:36 JST"
    assert time_display.format_datetime(MOMENT, "Asia/Tokyo", name_zone=False) == (
        "2026-11-03 19:36"
    )
    pc_zone("Asia/Tokyo")
    assert time_display.format_datetime(MOMENT, "Asia/Tokyo") == "2026-11-03 19:36"
    assert time_display.format_datetime(MOMENT, "Asia/Tokyo", name_zone=True).endswith("JST")
    assert time_display.format_datetime(None, "Asia/Tokyo") == ""


def test_a_zone_without_an_abbreviation_is_named_by_its_offset(pc_zone) -> None:
    pc_zone("UTC")
    text = time_display.format_clock(MOMENT, "Asia/Kolkata")  # "IST" in some tz data
    assert text.startswith("16:06")
    assert text.endswith(("IST", "UTC+05:30"))
    assert time_display.zone_label(MOMENT.astimezone(time_display.zone("Etc/GMT-3"))) == (
        "UTC+03:00"
    )


def test_one_size_format_everywhere() -> None:
    assert [format_size(n) for n in (0, 916, 1000, 12_345, 999_950, 3_456_789)] == [
        "0 B", "916 B", "1.0 KB", "12.3 KB", "1.0 MB", "3.5 MB",
    ]  # fmt: skip
    assert format_size(12_345, ",") == "12,3 KB"


@pytest.mark.parametrize(
    ("typed", "bare"),
    [("「帰れ」", "帰れ"), ("帰れ", "帰れ"), (" “get out” ", "get out"), ("«ut»", "ut"),
     ("「帰れ」と言った", "「帰れ」と言った"), ("「a」と「b」", "「a」と「b」"), ("「", "「")],
)  # fmt: skip
def test_typed_quotation_marks_are_not_doubled(typed: str, bare: str) -> None:
    assert bare_words(typed) == bare
    assert "「「" not in quoted("「帰れ」") and "“「" not in quoted("「帰れ」")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    QSettings().remove("saveLocations")
    yield folder
    QSettings().remove("saveLocations")


def test_saving_starts_in_documents_or_else_an_existing_folder(home: Path) -> None:
    assert save_locations.start_folder(SaveKind.REPORT) == home  # no Documents, no Desktop
    (home / "Documents").mkdir()
    assert save_locations.start_folder(SaveKind.REPORT) == home / "Documents"
    assert save_locations.suggested_path(SaveKind.BUNDLE, "K-1.zip") == home / "Documents/K-1.zip"


def test_the_last_folder_is_remembered_per_kind_while_it_exists(home: Path) -> None:
    stick = home / "stick"
    stick.mkdir()
    save_locations.remember(SaveKind.NOTICE, stick / "notice.pdf")
    assert save_locations.start_folder(SaveKind.NOTICE) == stick
    assert save_locations.start_folder(SaveKind.REPORT) == home
    stick.rmdir()
    assert save_locations.start_folder(SaveKind.NOTICE) == home
    save_locations.remember(SaveKind.RECOVERY, home / "sheet.pdf")  # never remembered
    assert QSettings().value("saveLocations/recovery") is None


def test_the_recovery_sheet_starts_on_a_removable_drive(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = home / "media" / "USB"
    stick.mkdir(parents=True)
    monkeypatch.setattr(save_locations, "removable_folders", lambda: [stick])
    assert save_locations.start_folder(SaveKind.RECOVERY) == stick
    assert save_locations.start_folder(SaveKind.REPORT) == home
    assert save_locations.on_removable_drive(stick / "sheet.pdf")
    assert not save_locations.on_removable_drive(home / "sheet.pdf")


class Marking(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return "[T] " + source if context == "SaveLocations" else None

    def isEmpty(self) -> bool:
        return False


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "disk is full"), (errno.EACCES, "No permission"),
     (errno.ENOENT, "does not exist"), (errno.EROFS, "read-only"), (errno.EIO, "reported")],
)  # fmt: skip
def test_disk_errors_are_said_through_the_translations(
    qapp, tmp_path: Path, code: int, words: str
) -> None:
    dest = tmp_path / "x" / "report.pdf"
    try:
        raise StorageError("English only") from OSError(code, os.strerror(code), str(dest))
    except StorageError as exc:
        error = exc
    marker = Marking()
    QCoreApplication.installTranslator(marker)
    try:
        text = save_locations.save_error_text(error, dest)
    finally:
        QCoreApplication.removeTranslator(marker)
    assert text is not None and text.startswith("[T] ") and words in text
    assert "English only" not in text
    assert save_locations.folder_problem(dest) is not None  # checked before writing, too
    assert save_locations.folder_problem(tmp_path / "fine.pdf") is None


def test_a_disabled_or_read_only_field_shows_no_grey_hint(qtbot) -> None:
    for field in (LineField(), TextField()):
        qtbot.addWidget(field)
        field.setPlaceholderText("What happened")
        assert field.placeholderText() == "What happened"
        field.setEnabled(False)
        assert field.placeholderText() == ""
        field.setEnabled(True)
        field.setReadOnly(True)
        assert field.placeholderText() == ""
        field.setReadOnly(False)
        assert field.placeholderText() == "What happened"


def test_an_unset_date_shows_no_date(qtbot) -> None:
    field = DateField("due")
    qtbot.addWidget(field)
    assert field.value() is None
    assert not any(ch.isdigit() for ch in field.edit.text())  # not today's date, greyed
    field.known.setChecked(True)
    assert field.value() is not None and field.edit.text()[:2] == "20"
