"""Evidence files for the demo vault, made on the spot (nothing binary is shipped).

A "scan" of the threatening letter (PDF), a short call recording (WAV) and a CCTV still (PNG),
so that the evidence pane, the viewers and the reports have something real to show.
"""

from __future__ import annotations

import io
import math
import struct
import wave
import zlib
from dataclasses import replace
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.pdfgen.canvas import Canvas

from ..domain.evidence import EvidenceSource, SourceKind
from ..reports.fonts import find_japanese_font
from .demo_text import localise
from .evidence import EvidenceService, ImportRequest


def letter_pdf(language: str = "ja") -> bytes:
    """An A5 "scan" of the anonymous letter of the demo incident about ¥100,000."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A5)
    font = find_japanese_font().regular
    lines = ["さくらマート 店長 殿", "", "先日の対応について謝罪を求める。", "10万円を支払え。",
             "払わなければどうなっても知らないぞ。", "", "（差出人不明）"]  # fmt: skip
    lines = localise(lines, language)
    text = canvas.beginText(40, A5[1] - 60)
    text.setFont(font, 13, leading=24)
    for line in lines:
        text.textLine(line)
    canvas.drawText(text)
    canvas.save()
    return out.getvalue()


def call_wav(seconds: float = 2.0, rate: int = 8000) -> bytes:
    """A telephone-quality recording: two tones standing in for a raised voice."""
    frames = bytearray()
    for i in range(int(seconds * rate)):
        t = i / rate
        level = 0.5 + 0.5 * math.sin(2 * math.pi * 1.5 * t)
        sample = level * (math.sin(2 * math.pi * 220 * t) + 0.4 * math.sin(2 * math.pi * 440 * t))
        frames += struct.pack("<h", int(9000 * sample))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return out.getvalue()


def cctv_png(width: int = 320, height: int = 180) -> bytes:
    """A grey CCTV still: a counter, a figure, and a time stamp bar."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            v = 90 + (y * 60) // height
            if 120 < y < 150:
                v = 60  # the counter
            if 200 < x < 225 and 60 < y < 150:
                v = 30  # a standing figure
            if (x - 212) ** 2 + (y - 48) ** 2 < 130:
                v = 30  # its head
            if y < 14:
                v = 20 if (x // 8) % 2 else 230  # the time stamp bar
            row += bytes((v, v, v))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# (incident index in the demo file, name, bytes maker, description, source)
DEMO_FILES = (
    (2, "防犯カメラ 2026-02-21 21-11.png", cctv_png, "入口付近カメラ：肩を突き飛ばした直後",
     EvidenceSource(SourceKind.CCTV, "入口カメラ CAM-1", clock_offset_seconds=-95)),
    (3, "通話録音 2026-03-04 15-00.wav", call_wav, "30分経過後の終話までの録音（抜粋）",
     EvidenceSource(SourceKind.CALL_RECORDER, "店舗電話の録音機")),
    (11, "手紙 スキャン.pdf", letter_pdf, "本部宛てに届いた手紙のスキャン",
     EvidenceSource(SourceKind.SCAN, "事務所の複合機")),
)  # fmt: skip


def add_demo_evidence(
    evidence: EvidenceService, references: list[str], work_dir: Path, language: str = "ja"
) -> None:
    """Write each demo file into ``work_dir`` (a throwaway folder) and import it."""
    for index, name, make, description, source in DEMO_FILES:
        if index >= len(references):
            continue
        path = work_dir / localise(name, language)
        path.write_bytes(letter_pdf(language) if make is letter_pdf else make())
        source = replace(source, detail=localise(source.detail, language))
        request = ImportRequest(path, localise(description, language), source)
        evidence.add_files(references[index], [request])
