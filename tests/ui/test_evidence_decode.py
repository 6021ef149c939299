"""Decoding pictures off the GUI thread: upright, exact pixels, no Qt image plug-ins."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
import test_evidence_support as support
from PIL import Image
from PySide6.QtGui import QColor, QImage

from kasuhara_desktop.ui.evidence.jobs import (
    THUMBNAIL_SIZE,
    UndecodableImageError,
    load_image,
    make_thumbnail,
)
from kasuhara_desktop.vault.evidence_reader import EvidenceReader

evidence_fixture = support.evidence_fixture

EXIF_ORIENTATION = 0x0112
ROTATED_90_CW = 6  # "the camera was turned": show the picture turned 90° clockwise


def jpeg_on_its_side(width: int = 300, height: int = 200) -> bytes:
    """A JPEG stored landscape whose EXIF says to show it portrait (a phone held upright)."""
    img = Image.new("RGB", (width, height), "#2e7d32")
    img.paste((200, 30, 30), (0, 0, width // 4, height // 4))  # red mark, top left as stored
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = ROTATED_90_CW
    out = io.BytesIO()
    img.save(out, "JPEG", quality=95, exif=exif.tobytes())
    return out.getvalue()


def stored_item(evidence, tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    service, reference = evidence
    [item] = support.add(service, reference, support.write(tmp_path / name, data))
    return service, item


def test_a_phone_photo_is_turned_upright(evidence, tmp_path: Path) -> None:
    service, item = stored_item(evidence, tmp_path, "phone.jpg", jpeg_on_its_side())
    image = load_image(service.open_reader(item.id), item)
    assert (image.width(), image.height()) == (200, 300)
    # Turned 90° clockwise, the stored top-left mark ends up top right.
    top_right = QColor(image.pixel(image.width() - 5, 5))
    assert top_right.red() > 150 and top_right.green() < 90


def test_pixels_and_transparency_come_through_exactly(evidence, tmp_path: Path) -> None:
    img = Image.new("RGBA", (7, 3), (10, 20, 30, 0))
    img.putpixel((6, 2), (250, 128, 1, 255))
    out = io.BytesIO()
    img.save(out, "PNG")
    service, item = stored_item(evidence, tmp_path, "odd.png", out.getvalue())
    image = load_image(service.open_reader(item.id), item)
    assert (image.width(), image.height()) == (7, 3) and image.hasAlphaChannel()
    assert QColor.fromRgba(image.pixel(6, 2)).getRgb() == (250, 128, 1, 255)
    assert QColor.fromRgba(image.pixel(0, 0)).alpha() == 0


def test_thumbnail_is_a_small_upright_png(evidence, tmp_path: Path) -> None:
    service, item = stored_item(evidence, tmp_path, "phone.jpg", jpeg_on_its_side(3000, 2000))
    data = make_thumbnail(service.open_reader(item.id), item)
    assert data.startswith(b"\x89PNG")
    thumb = QImage.fromData(data)
    assert thumb.height() <= THUMBNAIL_SIZE.height() and thumb.width() <= THUMBNAIL_SIZE.width()
    assert thumb.height() > thumb.width()  # portrait, as the phone was held


def test_bytes_that_are_no_picture_are_said_so(evidence, tmp_path: Path) -> None:
    service, item = stored_item(evidence, tmp_path, "fake.png", b"\x89PNG\r\n\x1a\n" + b"x" * 500)
    with pytest.raises(UndecodableImageError, match="cannot be shown"):
        load_image(service.open_reader(item.id), item)
    assert make_thumbnail(service.open_reader(item.id), item) == b""


def test_many_threads_decode_while_the_gui_thread_decodes_too(evidence, tmp_path: Path) -> None:
    """Qt's image plug-ins share one lock; decoding through them from several threads with a
    Python-made QBuffer could freeze the program. Workers now decode without Qt."""
    service, item = stored_item(evidence, tmp_path, "cam.png", support.png_bytes(800, 600))
    png = support.png_bytes(64, 48)
    errors: list[BaseException] = []

    def work(readers: list[EvidenceReader]) -> None:
        try:
            while readers:
                assert make_thumbnail(readers.pop(), item)
                assert not load_image(readers.pop(), item).isNull()
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    # Readers are opened on this thread, as the app does (they need the vault's connection).
    batches = [[service.open_reader(item.id) for _ in range(16)] for _ in range(4)]
    threads = [threading.Thread(target=work, args=(batch,)) for batch in batches]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        assert not QImage.fromData(png).isNull()  # the GUI thread's own decoding
    for t in threads:
        t.join()
    assert errors == []
