"""Capture times read from real files: EXIF of a Pillow-made JPEG, mvhd of a hand-built MP4."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from capture_samples import exif_jpeg, mp4

from kasuhara_desktop.domain.capture_time import (
    CaptureSource,
    parse_exif_time,
    read_capture_time,
)


def read(path: Path, mime: str):
    with open(path, "rb") as fh:
        found = read_capture_time(fh, mime)
        assert fh.tell() == 0  # left at the start, ready to be encrypted
    return found


def test_exif_original_time_with_its_offset(tmp_path: Path) -> None:
    path = exif_jpeg(tmp_path / "a.jpg", "2026:05:01 14:03:22", "+09:00")
    found = read(path, "image/jpeg")
    assert found is not None and found.source is CaptureSource.EXIF
    assert found.at == datetime(2026, 5, 1, 14, 3, 22, tzinfo=timezone(timedelta(hours=9)))


def test_exif_without_offset_stays_naive_not_guessed(tmp_path: Path) -> None:
    found = read(exif_jpeg(tmp_path / "a.jpg", "2026:05:01 14:03:22"), "image/jpeg")
    assert found is not None and found.at == datetime(2026, 5, 1, 14, 3, 22)
    assert found.at.tzinfo is None


@pytest.mark.parametrize("original", [None, "0000:00:00 00:00:00", "    :  :     :  :  "])
def test_photo_without_an_original_time_is_unknown(tmp_path: Path, original) -> None:
    # The IFD0 DateTime (2030, an edit time) is there but is not the capture time.
    assert read(exif_jpeg(tmp_path / "a.jpg", original), "image/jpeg") is None


def test_parse_exif_time_negative_offset() -> None:
    at = parse_exif_time("2026:01:02 03:04:05\x00", "-05:30")
    assert at is not None and at.utcoffset() == -timedelta(hours=5, minutes=30)


@pytest.mark.parametrize("version", [0, 1])
@pytest.mark.parametrize("moov_last", [True, False])
def test_mp4_movie_header_creation_time(tmp_path: Path, version: int, moov_last: bool) -> None:
    created = datetime(2026, 4, 30, 22, 15, 7, tzinfo=UTC)
    path = mp4(tmp_path / "clip.mp4", created, version=version, moov_last=moov_last)
    found = read(path, "video/mp4")
    assert found is not None and found.source is CaptureSource.CONTAINER
    assert found.at == created


def test_mp4_with_zero_creation_time_is_unknown(tmp_path: Path) -> None:
    assert read(mp4(tmp_path / "clip.mp4", None), "video/mp4") is None


def test_truncated_or_junk_files_are_unknown_not_errors(tmp_path: Path) -> None:
    created = datetime(2026, 4, 30, tzinfo=UTC)
    whole = mp4(tmp_path / "clip.mp4", created).read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole[: len(whole) - 60])  # inside mvhd
    assert read(cut, "video/mp4") is None
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    assert read(junk, "image/jpeg") is None


def test_wav_has_no_capture_time(tmp_path: Path) -> None:
    wav = tmp_path / "call.wav"
    wav.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(100))
    assert read(wav, "audio/wav") is None
