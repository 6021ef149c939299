"""The decrypting media device (read/seek semantics, threads, damage) and real playback."""

from __future__ import annotations

import random
import sys
import tempfile
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QIODevice, QObject, Signal, Slot

sys.path.insert(0, str(Path(__file__).parent))

import test_evidence_support as support
from test_evidence_support import (
    SEGMENT,
    add,
    dir_listing,
    flip_byte,
    record_video,
    segment_offset,
    stored,
    video_like_bytes,
    wait_idle,
    wav_bytes,
    write,
)

from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.ui.evidence.media_device import EncryptedMediaDevice
from kasuhara_desktop.ui.evidence.media_player import MediaPlayerDialog
from kasuhara_desktop.vault.vault import Vault

evidence_fixture = support.evidence_fixture
pane_fixture = support.pane_fixture
SIZE = 3 * SEGMENT + 1234  # four segments, the last one short


@pytest.fixture
def clip(evidence: tuple[EvidenceService, str], tmp_path: Path) -> tuple[bytes, str]:
    service, reference = evidence
    plain = video_like_bytes(SIZE)
    [item] = add(service, reference, write(tmp_path / "clip.mp4", plain))
    return plain, item.id


def open_device(service: EvidenceService, evidence_id: str) -> EncryptedMediaDevice:
    device = EncryptedMediaDevice(service.open_reader(evidence_id))
    assert device.open(QIODevice.OpenModeFlag.ReadOnly)
    return device


def test_read_and_seek_match_the_plaintext(evidence, clip) -> None:
    service, _ = evidence
    plain, evidence_id = clip
    device = open_device(service, evidence_id)
    assert not device.isSequential() and device.size() == SIZE
    assert device.bytesAvailable() == SIZE and not device.atEnd()
    assert bytes(device.read(100).data()) == plain[:100]
    assert device.pos() == 100
    # Across segment boundaries, forwards and backwards.
    for offset, n in [
        (SEGMENT - 10, 20),
        (2 * SEGMENT - 1, 2),
        (SEGMENT - 5, SEGMENT + 10),
        (0, SIZE),
        (SIZE - 7, 100),
        (3 * SEGMENT, 1234),
    ]:
        assert device.seek(offset)
        got = bytes(device.read(n).data())
        assert got == plain[offset : offset + n], (offset, n)
        assert device.pos() == offset + len(got)
    rng = random.Random(7)
    for _ in range(300):
        offset = rng.randrange(SIZE)
        n = rng.choice([1, 17, 4096, 65536, SEGMENT + 3])
        assert device.seek(offset)
        assert device.bytesAvailable() == SIZE - offset
        assert bytes(device.read(n).data()) == plain[offset : offset + n]
    assert device.seek(SIZE) and device.atEnd() and bytes(device.read(10).data()) == b""
    assert not device.seek(SIZE + 1) and not device.seek(-1)
    assert device.seek(5) and bytes(device.peek(4).data()) == plain[5:9] and device.pos() == 5
    device.seek(0)
    assert bytes(device.readAll().data()) == plain
    device.close()
    assert not device.isOpen()


def test_write_mode_is_refused(evidence, clip) -> None:
    service, _ = evidence
    device = EncryptedMediaDevice(service.open_reader(clip[1]))
    assert not device.open(QIODevice.OpenModeFlag.ReadWrite)
    device.close()


def test_concurrent_reads_from_threads(evidence, clip) -> None:
    """A demuxer thread streams while other threads read at random places and ask sizes."""
    service, _ = evidence
    plain, evidence_id = clip
    device = open_device(service, evidence_id)
    errors: list[str] = []
    streamed = bytearray()

    def stream() -> None:
        while True:
            chunk = bytes(device.read(32768).data())
            if not chunk:
                break
            streamed.extend(chunk)

    def random_reads(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(150):
            offset, n = rng.randrange(SIZE), rng.randrange(1, 200_000)
            if device.read_at(offset, n) != plain[offset : offset + n]:
                errors.append(f"read_at({offset}, {n})")
            if device.size() != SIZE:
                errors.append("size")

    threads = [threading.Thread(target=stream)]
    threads += [threading.Thread(target=random_reads, args=(s,)) for s in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert bytes(streamed) == plain
    device.close()


class Receiver(QObject):
    """Lives on the GUI thread: records what arrives (queued from other threads)."""

    got = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, int]] = []

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.messages.append((message, threading.get_ident()))
        self.got.emit(message)


def test_integrity_failure_ends_the_data_and_signals_the_gui(
    qtbot, vault: Vault, evidence, clip
) -> None:
    service, _ = evidence
    plain, evidence_id = clip
    flip_byte(stored(vault, service.get(evidence_id)), segment_offset(2, 500))
    device = open_device(service, evidence_id)
    receiver = Receiver()
    device.integrity_failed.connect(receiver.on_failed)
    assert bytes(device.read(1000).data()) == plain[:1000]  # segment 0 is fine
    result: dict[str, object] = {}

    def demuxer() -> None:  # the way FFmpeg reads: from its own thread
        device.seek(2 * SEGMENT + 10)
        buf = bytearray(4096)
        result["n"] = device.read(buf, 4096)
        result["at_end"] = device.atEnd()

    with qtbot.waitSignal(receiver.got, timeout=5000):
        thread = threading.Thread(target=demuxer)
        thread.start()
        thread.join(10)
    # PySide6 cannot return -1 from a Python readData: no bytes, end of data, and the signal.
    assert result == {"n": 0, "at_end": True}
    assert device.failed and "segment 2" in device.failure
    assert receiver.messages[0][1] == threading.get_ident()  # delivered on the GUI thread
    assert device.read_at(0, 10) == plain[:10]  # positional reads of good segments still work
    assert bytes(device.read(10).data()) == b""  # but the stream stays ended
    device.close()


def test_reads_after_close_are_harmless(evidence, clip) -> None:
    service, _ = evidence
    device = open_device(service, clip[1])
    device._reader.close()  # a late FFmpeg read after the window closed the reader
    assert device.readData(100) == b""
    assert not device.failed  # not a damaged file: just nothing more to read
    device.close()


# ------------------------------------------------------------------ real playback

# Qt Multimedia on a headless test machine: no PipeWire/VA-API libraries and no sound card.
# These are the backend's notes about its environment, not problems of the code under test.
# pytest-qt uses only the closest qt_log_ignore mark, so the conftest's offscreen pattern is
# repeated here.
MEDIA_NOISE = pytest.mark.qt_log_ignore(
    r"does not support propagateSizeHints",
    r"^Couldn't (load|resolve) (pipewire|va)",
    r"^PulseAudioService: pa_context_connect\(\) failed",
    r"^No audio device detected",
)
# When the stream ends early at a damaged segment, FFmpeg notes it: a last packet without a
# timestamp, or (damage in the first segment) no media at all. Expected in the damage tests.
DAMAGED_MEDIA_NOISE = pytest.mark.qt_log_ignore(
    *MEDIA_NOISE.args,
    r"^QFFmpeg::Demuxer received AVPacket with pts == AV_NOPTS_VALUE",
    r"^Could not open media\. FFmpeg error description: Invalid data found",
)


@MEDIA_NOISE
def test_wav_plays_through_the_device_without_any_temp_file(
    qtbot, vault: Vault, evidence, pane, tmp_path: Path, monkeypatch
) -> None:
    # A fresh temp folder that Python, Qt (QDir::tempPath) and FFmpeg would all use.
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    src = write(tmp_path / "call recording.wav", wav_bytes(1.5))
    pane.add_files([src], ask=False)
    wait_idle(qtbot)
    [item] = pane.model.items()

    def files_now() -> set[str]:
        found = dir_listing(temp, vault.folder)
        found |= {str(p) for p in Path.cwd().glob("evidence*")}  # FFmpeg's URL hint
        return {f for f in found if Path(f).is_file() and not f.endswith("-journal")}

    before = files_now()
    player = pane.open_viewer(item)
    assert isinstance(player, MediaPlayerDialog) and player.player is not None
    try:
        qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    except AssertionError:
        if player.player.error() != player.player.Error.NoError:
            pytest.skip(f"no usable media backend here: {player.player.errorString()}")
        raise
    assert abs(player.player.duration() - 1500) < 100
    assert tempfile.gettempdir() == str(temp)
    player.toggle()
    qtbot.waitUntil(lambda: player.player is None or player.player.position() > 0, timeout=10_000)
    assert not player.damaged and player.message.isHidden()
    assert files_now() == before
    assert list(temp.iterdir()) == []
    device = player.device
    assert device is not None and device.isOpen()
    pane.clear()  # locking: the player stops and lets go of the device
    assert player.player is None and player.device is None
    # The player is stopped from the event loop (no deadlock with FFmpeg's reading thread),
    # and only then is the device closed.
    qtbot.waitUntil(lambda: not shiboken6.isValid(device) or not device.isOpen())
    assert not pane.viewers
    assert files_now() == before


@DAMAGED_MEDIA_NOISE
def test_damaged_recording_shows_the_integrity_message(
    qtbot, vault: Vault, evidence, pane, tmp_path: Path
) -> None:
    service, reference = evidence
    long_wav = wav_bytes(140.0)  # > 2 MiB at 8 kHz, 16 bit: three segments
    [item] = add(service, reference, write(tmp_path / "long call.wav", long_wav))
    flip_byte(stored(vault, item), segment_offset(1, 1000))
    pane.set_incident(None)
    pane.set_incident(reference)
    player = pane.open_viewer(item)
    assert isinstance(player, MediaPlayerDialog)
    assert player.player is not None
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    player.player.setPosition(100_000)  # 1.6 MB into the file: the damaged segment
    player.toggle()
    qtbot.waitUntil(lambda: player.damaged, timeout=15_000)
    assert "integrity check" in player.message.text()
    assert player.player is None  # released
    qtbot.waitUntil(lambda: pane.model.state(item.id).value == "damaged", timeout=5000)
    player.close()


@DAMAGED_MEDIA_NOISE
def test_a_damaged_header_is_reported_before_playing(
    qtbot, vault: Vault, evidence, pane, tmp_path
) -> None:
    service, reference = evidence
    [item] = add(service, reference, write(tmp_path / "call.wav", wav_bytes(0.5)))
    flip_byte(stored(vault, item), 8)  # inside the header: the nonce prefix
    pane.refresh()
    player = pane.open_viewer(item)
    assert isinstance(player, MediaPlayerDialog)
    if not player.damaged:  # the header parses; the first segment then fails to authenticate
        assert player.player is not None
        player.toggle()
    qtbot.waitUntil(lambda: player.damaged, timeout=10_000)
    assert "integrity check" in player.message.text() and player.player is None
    qtbot.waitUntil(lambda: pane.model.state(item.id).value == "damaged", timeout=5000)
    player.close()


# Video on the offscreen platform: no GPU, so frames are converted on the CPU (noted once).
VIDEO_NOISE = pytest.mark.qt_log_ignore(
    *MEDIA_NOISE.args,
    r"ensureRhi.*No RHI backend",
    r"Invalid frameRate 0",  # the test recorder
)


@VIDEO_NOISE
def test_video_plays_in_the_video_widget(qtbot, vault: Vault, evidence, pane, tmp_path) -> None:
    service, reference = evidence
    clip = tmp_path / "CAM1_140500.mp4"
    if not record_video(clip):
        pytest.skip("this machine cannot encode a sample video")
    [item] = add(service, reference, clip)
    assert item.kind == "video"
    pane.refresh()
    player = pane.open_viewer(item)
    assert isinstance(player, MediaPlayerDialog) and player.video is not None
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    assert 1500 <= player.player.duration() <= 2500
    assert player.player.hasVideo()
    player.toggle()
    qtbot.waitUntil(lambda: player.player.position() > 200, timeout=10_000)
    assert not player.damaged
    qtbot.waitUntil(lambda: player.video.videoSink().videoFrame().isValid(), timeout=5000)
    assert player.video.videoSink().videoFrame().size().width() == 320  # decoded frames
    player.close()
    assert player.player is None
