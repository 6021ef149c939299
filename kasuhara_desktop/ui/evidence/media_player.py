"""Play an audio or video evidence file, streamed through the decrypting device (no temp file).

``QMediaPlayer`` reads the :class:`EncryptedMediaDevice` from FFmpeg's threads; the original
file extension is passed as a URL hint so FFmpeg picks the right demuxer. Closing the window
(or ``release()``, which locking calls) stops the player, detaches the device and closes the
reader. A segment that fails authentication stops playback with the integrity message.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import IntegrityError
from ...domain.evidence import EvidenceItem
from ...services.evidence import EvidenceService
from ..dialogs.messages import error_text
from .evidence_info import EvidenceInfo
from .icons import type_icon
from .media_device import EncryptedMediaDevice
from .texts import extension, fill, integrity_message


def clock(ms: int) -> str:
    """ "1:02:03" or "2:03" for a duration in milliseconds."""
    s = max(0, ms) // 1000
    h, m, s = s // 3600, s // 60 % 60, s % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


# Players (and their devices) being stopped: kept alive here until Qt has deleted them.
_RETIRING: set[QObject] = set()


def retire_player(player: QMediaPlayer, device: EncryptedMediaDevice | None) -> None:
    """Stop and delete ``player`` from the event loop, then close ``device``.

    ``QMediaPlayer.stop()`` (and its destructor) wait for FFmpeg's reading thread, and that
    thread may be waiting for the GIL inside ``device.readData``. Called from Python, with the
    GIL held, that is a deadlock: the window would freeze for good. Posted to the event loop,
    the stop and the deletion run in C++ with the GIL free; only then is the device closed.
    """
    for signal in (player.durationChanged, player.positionChanged,
                   player.playbackStateChanged, player.errorOccurred):  # fmt: skip
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect()
    # Not deleted with the dialog (which may happen from Python, GIL held): only from here.
    for obj in (player, device):
        if obj is not None:
            obj.setParent(None)
            _RETIRING.add(obj)

    def deleted(*_args: object) -> None:
        _RETIRING.discard(player)
        if device is not None:
            device.close()  # closes the decrypting reader too
            device.deleteLater()
            _RETIRING.discard(device)

    player.destroyed.connect(deleted)
    QMetaObject.invokeMethod(player, "stop", Qt.ConnectionType.QueuedConnection)
    player.deleteLater()


class MediaPlayerDialog(QDialog):
    """Non-modal player for one recording; open it with ``open()`` or ``show()``.

    Signals:
        integrity_failed(str, str): the evidence id and why its check failed.
    """

    integrity_failed = Signal(str, str)

    def __init__(
        self, service: EvidenceService, evidence_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPlayer")
        self.setWindowTitle(self.tr("Evidence recording"))
        self.setAccessibleName(self.tr("Evidence recording"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.evidence_id = evidence_id
        self.damaged = False
        self.device: EncryptedMediaDevice | None = None
        self.player: QMediaPlayer | None = None
        self.video: QVideoWidget | None = None

        self.screen_area = QVBoxLayout()
        self.message = QLabel(self)
        self.message.setObjectName("playerMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self.no_sound = QLabel(self)  # playing with no sound device would say nothing at all
        self.no_sound.setObjectName("playerNoSound")
        self.no_sound.setTextFormat(Qt.TextFormat.PlainText)
        self.no_sound.setWordWrap(True)
        self.no_sound.hide()
        self.info = EvidenceInfo(self)
        style = self.style()
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playerPlay")
        self.play_button.setAccessibleName(self.tr("Play or pause"))
        self.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setObjectName("playerPosition")
        self.position.setAccessibleName(self.tr("Position"))
        self.position.sliderMoved.connect(self._seek)
        self.time_label = QLabel("0:00 / 0:00", self)
        self.time_label.setObjectName("playerTime")
        self.time_label.setAccessibleName(self.tr("Time"))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("playerVolume")
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(110)
        volume_icon = QLabel(self)
        volume_icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume).pixmap(16))
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time_label)
        controls.addSpacing(12)
        controls.addWidget(volume_icon)
        controls.addWidget(self.volume)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.screen_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.no_sound)
        layout.addLayout(controls)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle)
        self._start(service)

    # ------------------------------------------------------------ set-up

    def _start(self, service: EvidenceService) -> None:
        try:
            item = service.get(self.evidence_id)
            check = service.last_checks(item.incident_reference).get(item.id)
            self.info.show_item(item, service.timezone, check)
            self.setWindowTitle(fill(self.tr("%1 — evidence"), item.original_name))
            reader = service.open_reader(self.evidence_id)
        except Exception as exc:
            self._show_failure(exc)
            return
        if item.kind == "video":
            self.resize(860, 640)
        else:
            self.resize(620, 360)
        self.device = EncryptedMediaDevice(reader, self)
        self.device.open()
        self.device.integrity_failed.connect(self._on_integrity_failed)
        self.device.read_failed.connect(self._on_read_failed)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.audio.setVolume(self.volume.value() / 100)
        self.volume.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))
        self.player.setAudioOutput(self.audio)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._check_sound)
        self._check_sound()
        self._make_screen(item)
        self.player.durationChanged.connect(self._on_duration)
        self.player.positionChanged.connect(self._on_position)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        ext = extension(item)
        self.player.setSourceDevice(self.device, QUrl(f"evidence.{ext}" if ext else "evidence"))

    def _make_screen(self, item: EvidenceItem) -> None:
        if item.kind == "video" and self.player is not None:
            self.video = QVideoWidget(self)
            self.video.setObjectName("playerVideo")
            self.video.setAccessibleName(self.tr("Video"))
            self.video.setMinimumSize(320, 180)
            self.player.setVideoOutput(self.video)
            self.screen_area.addWidget(self.video, 1)
            return
        icon = QLabel(self)
        icon.setObjectName("playerAudioIcon")
        icon.setPixmap(type_icon(item.kind, extension(item)))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setAccessibleName(self.tr("Audio recording"))
        self.screen_area.addWidget(icon, 1)

    # ------------------------------------------------------------ controls

    @property
    def playing(self) -> bool:
        playing = QMediaPlayer.PlaybackState.PlayingState
        return self.player is not None and self.player.playbackState() == playing

    @Slot()
    def toggle(self) -> None:
        if self.player is None or self.damaged:
            return
        self.player.pause() if self.playing else self.player.play()

    @Slot(int)
    def _seek(self, ms: int) -> None:
        if self.player is not None:
            self.player.setPosition(ms)

    @Slot("qlonglong")
    def _on_duration(self, ms: int) -> None:
        self.position.setRange(0, max(0, ms))
        self._update_time()

    @Slot("qlonglong")
    def _on_position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(ms)
        self._update_time()

    def _update_time(self) -> None:
        if self.player is not None:
            self.time_label.setText(f"{clock(self.player.position())} / "
                                    f"{clock(self.player.duration())}")  # fmt: skip

    @Slot(QMediaPlayer.PlaybackState)
    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        pixmap = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(pixmap))

    @Slot()
    def _check_sound(self) -> None:
        """Say so when the computer has no sound output (plugged in later: it is used)."""
        if self.player is None:  # released (closed, locked): nothing plays any more
            return
        if QMediaDevices.audioOutputs():
            self.audio.setDevice(QMediaDevices.defaultAudioOutput())
            self.no_sound.hide()
            return
        self.no_sound.setText(self.tr(
            "No sound output was found on this computer (no speakers or headphones, or sound "
            "is turned off): the recording plays without sound. Connect speakers or "
            "headphones; they are used as soon as the computer finds them."))  # fmt: skip
        self.no_sound.show()

    # ------------------------------------------------------------ failures

    @Slot(str)
    def _on_integrity_failed(self, _reason: str) -> None:
        self._show_failure(IntegrityError(_reason))

    @Slot(str)
    def _on_read_failed(self, reason: str) -> None:
        self._show_text(fill(self.tr("The recording could not be read: %1"), reason))
        self.release()

    @Slot(QMediaPlayer.Error, str)
    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        if self.device is not None and self.device.failed:
            self._show_failure(IntegrityError(self.device.failure))
            return
        self._show_text(fill(self.tr("This recording cannot be played here (%1). Export it and "
                                     "open it in another player."), text))  # fmt: skip

    def _show_failure(self, exc: BaseException) -> None:
        self.damaged = isinstance(exc, IntegrityError)
        self._show_text(integrity_message() if self.damaged else (error_text(exc) or ""))
        if self.damaged:
            self.release()
            # Later, so that a failure found in the constructor reaches connected slots too.
            QTimer.singleShot(
                0, self, lambda: self.integrity_failed.emit(self.evidence_id, str(exc))
            )

    def _show_text(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.message.show()
        for w in (self.play_button, self.position):
            w.setEnabled(False)
        if self.video is not None:
            self.video.hide()

    # ------------------------------------------------------------ leaving

    def release(self) -> None:
        """Stop, detach the device and close the reader (close and locking call it)."""
        player, device = self.player, self.device
        self.player = self.device = None
        if player is not None:
            retire_player(player, device)
        elif device is not None:
            device.close()
            device.deleteLater()

    def clear(self) -> None:
        """For locking: stop playing and forget the file."""
        self.release()
        self.info.clear()

    def done(self, result: int) -> None:
        self.release()
        super().done(result)
