"""Shared builders for the evidence pane tests (no tests here).

Imported by the ``test_evidence_*`` modules: a real vault with one incident, generated sample
files (a PNG drawn with QPainter, a WAV from the ``wave`` module, random "video" bytes), and a
way to damage a stored file. A test module uses the fixtures by binding them as module
attributes (``evidence_fixture = support.evidence_fixture``); they register under their
``name`` ("evidence", "pane").
"""

from __future__ import annotations

import io
import math
import os
import struct
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import sample_incident
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from kasuhara_desktop.domain.evidence import EvidenceItem
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.ui import tasks
from kasuhara_desktop.ui.evidence import EvidencePane
from kasuhara_desktop.vault.vault import Vault

HEADER = 32  # evidence file header bytes
SEGMENT = 1 << 20
TAG = 16


def png_bytes(width: int = 640, height: int = 480, fmt: str = "PNG") -> bytes:
    """A recognisable picture: sky, a counter, a figure, a caption."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe9f3"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(QRectF(0, height * 0.62, width, height * 0.38), QColor("#8d6e63"))
    p.fillRect(QRectF(width * 0.08, height * 0.5, width * 0.5, height * 0.14), QColor("#5d4037"))
    p.setBrush(QColor("#37474f"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(width * 0.75, height * 0.3), width * 0.05, width * 0.05)
    p.drawRoundedRect(QRectF(width * 0.69, height * 0.37, width * 0.12, height * 0.3), 10, 10)
    font = QFont()
    font.setPixelSize(max(10, height // 16))
    p.setFont(font)
    p.setPen(QColor("#263238"))
    p.drawText(
        QRectF(0, height * 0.05, width, height * 0.12),
        Qt.AlignmentFlag.AlignCenter,
        "CAM-1 2026-11-03 14:05:12",
    )
    p.end()
    buf = io.BytesIO()
    from PySide6.QtCore import QBuffer, QIODevice

    qbuf = QBuffer()
    qbuf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(qbuf, fmt)
    buf.write(bytes(qbuf.data().data()))
    return buf.getvalue()


def wav_bytes(seconds: float = 1.0, rate: int = 8000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = int(seconds * rate)
        w.writeframes(
            b"".join(
                struct.pack("<h", int(6000 * math.sin(2 * math.pi * 440 * i / rate)))
                for i in range(frames)
            )
        )
    return out.getvalue()


def video_like_bytes(size: int) -> bytes:
    """Random bytes that sniff as MP4 (not playable; fine for device and export tests)."""
    head = b"\x00\x00\x00\x18ftypmp42"
    return head + os.urandom(size - len(head))


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def add(service: EvidenceService, reference: str, *paths: Path) -> list[EvidenceItem]:
    return service.add_files(reference, [ImportRequest(p) for p in paths])


def stored(vault: Vault, item: EvidenceItem) -> Path:
    return vault.evidence_dir / f"{item.id}.khev"


def flip_byte(path: Path, offset: int) -> None:
    """Damage an encrypted file in place (one bit of ciphertext)."""
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x01]))


def segment_offset(index: int, inner: int = 0) -> int:
    """File offset of plaintext byte ``inner`` of segment ``index`` (default 1 MiB segments)."""
    return HEADER + index * (SEGMENT + TAG) + inner


def wait_idle(qtbot: object, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: not tasks.registry.running(), timeout=timeout)  # type: ignore[attr-defined]


def dir_listing(*folders: Path) -> set[str]:
    names: set[str] = set()
    for folder in folders:
        if folder.is_dir():
            names |= {str(p) for p in folder.rglob("*")}
    return names


@pytest.fixture(name="evidence")
def evidence_fixture(vault: Vault) -> tuple[EvidenceService, str]:
    reference = IncidentService(vault).add(sample_incident()).reference
    return EvidenceService(vault), reference


@pytest.fixture(name="pane")
def pane_fixture(qtbot: object, evidence: tuple[EvidenceService, str]) -> Iterator[EvidencePane]:
    service, reference = evidence
    widget = EvidencePane()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(760, 460)
    widget.set_services(service)
    widget.set_incident(reference)
    widget.show()
    yield widget
    widget.clear()
    wait_idle(qtbot)


def record_video(path: Path, frames: int = 20, timeout_ms: int = 15_000) -> bool:
    """A short MPEG-4 clip (10 frames a second) encoded by Qt's own FFmpeg backend.

    Returns False when this machine cannot encode (the caller then skips).
    """
    from PySide6.QtCore import QEventLoop, QSize, QTimer, QUrl
    from PySide6.QtMultimedia import (
        QMediaCaptureSession,
        QMediaFormat,
        QMediaRecorder,
        QVideoFrame,
        QVideoFrameInput,
    )

    session = QMediaCaptureSession()
    frame_input = QVideoFrameInput()
    session.setVideoFrameInput(frame_input)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    recorder.setMediaFormat(QMediaFormat(QMediaFormat.FileFormat.MPEG4))
    recorder.setVideoResolution(QSize(320, 240))
    recorder.setVideoFrameRate(10)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    sent = [0]

    def push() -> None:
        if sent[0] >= frames:
            recorder.stop()
            return
        n = sent[0]
        image = QImage.fromData(png_bytes(320, 240))
        painter = QPainter(image)
        painter.fillRect(QRectF(20 + n * 12, 170, 30, 30), QColor("#e53935"))
        painter.end()
        frame = QVideoFrame(image)
        frame.setStartTime(n * 100_000)
        frame.setEndTime((n + 1) * 100_000)
        if frame_input.sendVideoFrame(frame):
            sent[0] += 1

    loop = QEventLoop()
    frame_input.readyToSendVideoFrame.connect(push)
    recorder.recorderStateChanged.connect(
        lambda state: loop.quit() if state == QMediaRecorder.RecorderState.StoppedState else None
    )
    recorder.errorOccurred.connect(lambda *_a: loop.quit())
    recorder.record()
    QTimer.singleShot(50, push)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return sent[0] == frames and path.is_file() and path.stat().st_size > 1000
