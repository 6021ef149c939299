"""After printing, the program says the document went to the printer; saving a notice starts in
an existing folder and says where it went; playing with no sound device says so."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).parent))

import test_evidence_support as support
from test_evidence_support import wait_idle, wav_bytes, write

from kasuhara_desktop.ui.evidence.media_player import MediaPlayerDialog
from kasuhara_desktop.ui.notices import pdf_panel
from kasuhara_desktop.ui.notices.pdf_panel import PdfPanel

evidence_fixture = support.evidence_fixture
pane_fixture = support.pane_fixture


def tiny_pdf(pages: int = 2) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out)
    for n in range(pages):
        c.drawString(72, 720, f"page {n + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


@pytest.fixture
def panel(qtbot) -> PdfPanel:
    widget = PdfPanel()
    qtbot.addWidget(widget)
    widget.set_pdf(tiny_pdf(), "N-2026-0001.pdf", final=True)
    return widget


def test_printing_says_the_pages_went_to_the_printer(
    panel: PdfPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(tmp_path / "printed.pdf"))
        return p

    monkeypatch.setattr(pdf_panel, "new_printer", printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not panel.print_pdf()
    assert panel.status.text() == ""  # cancelled: nothing was printed, nothing is claimed
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert panel.print_pdf()
    assert "2" in panel.status.text() and "printer" in panel.status.text()


def test_saving_a_notice_starts_in_an_existing_folder_and_says_where(
    panel: PdfPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    proposed: list[str] = []
    dest = tmp_path / "saved.pdf"

    def dialog(_parent, _title, directory, _filter):
        proposed.append(directory)
        return str(dest), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    assert panel.save_pdf() == dest
    assert Path(proposed[0]).parent.is_dir() and Path(proposed[0]).name == "N-2026-0001.pdf"
    assert str(dest) in panel.status.text()
    assert dest.read_bytes() == panel.data


def test_saving_into_a_folder_that_is_gone_says_so_and_writes_nothing(
    panel: PdfPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    gone = tmp_path / "removed-stick" / "n.pdf"
    shown: list[BaseException] = []
    monkeypatch.setattr(pdf_panel, "show_error", lambda _w, exc, *a: shown.append(exc))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(gone), "")))
    assert panel.save_pdf() is None
    assert str(gone.parent) in panel.status.text() and len(shown) == 1
    assert not gone.parent.exists()


@pytest.mark.qt_log_ignore(r".*")
def test_playing_without_a_sound_device_says_so(
    qtbot, pane, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane.add_files([write(tmp_path / "call.wav", wav_bytes(0.5))], ask=False)
    wait_idle(qtbot)
    [item] = pane.model.items()
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    player = pane.open_viewer(item)
    assert isinstance(player, MediaPlayerDialog)
    assert player.no_sound.isVisible() and "sound" in player.no_sound.text()
    pane.clear()
