"""A read-only, seekable ``QIODevice`` that decrypts an evidence file as it is read.

``QMediaPlayer.setSourceDevice`` hands it to FFmpeg, which reads and seeks from its own
threads; nothing decrypted is ever written anywhere. :class:`EvidenceReader` is thread-safe;
the device's own state (the position, the failure flag) is guarded by one lock.

PySide6 turns whatever a Python ``readData`` returns that is not ``bytes`` into 0, so a read
error cannot be reported as -1: after an integrity failure the device reports the end of the
data (0 bytes, ``atEnd()``, which makes Qt's FFmpeg glue answer ``AVERROR_EOF``), keeps the
reason in :attr:`failure` and emits ``integrity_failed`` once; a connection to a GUI object is
queued automatically because it is emitted on FFmpeg's thread.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QIODevice, QObject, Signal, SignalInstance

from ...domain.errors import IntegrityError, StorageError
from ...services.evidence_jobs import EvidenceReader

log = logging.getLogger(__name__)


class EncryptedMediaDevice(QIODevice):
    """Plaintext view of one evidence file for a media player.

    Signals:
        integrity_failed(str): a segment failed authentication; the reason (for a log or
            details, never containing content). Emitted once, from the reading thread.
        read_failed(str): the file could not be read (a removed drive...).
    """

    integrity_failed = Signal(str)
    read_failed = Signal(str)

    def __init__(self, reader: EvidenceReader, parent: QObject | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._reader = reader
        self._size = reader.size
        self._lock = threading.Lock()
        self._pos = 0
        self._failed = False
        self._failure = ""

    @property
    def failed(self) -> bool:
        """True once a read failed; the device then reports the end of the data."""
        with self._lock:
            return self._failed

    @property
    def failure(self) -> str:
        """Why reading stopped ("" while all is well)."""
        with self._lock:
            return self._failure

    # ------------------------------------------------------------ QIODevice

    def open(self, mode: QIODevice.OpenModeFlag = QIODevice.OpenModeFlag.ReadOnly) -> bool:
        if mode & QIODevice.OpenModeFlag.WriteOnly:
            self.setErrorString(self.tr("Evidence can only be read."))
            return False
        with self._lock:
            self._pos = 0
        # Unbuffered: the reader caches decrypted segments; a second buffer would only copy.
        return bool(
            super().open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)
        )

    def close(self) -> None:
        """Close the device and the reader (after the player has let go of it)."""
        super().close()
        self._reader.close()

    def isSequential(self) -> bool:
        return False

    def size(self) -> int:
        return self._size

    def seek(self, pos: int) -> bool:
        if not self.isOpen() or pos < 0 or pos > self._size:
            return False
        with self._lock:
            self._pos = pos
        return bool(super().seek(pos))

    def bytesAvailable(self) -> int:
        return max(0, self._size - self.pos())

    def atEnd(self) -> bool:
        return self.failed or bool(super().atEnd())

    def readData(self, maxlen: int) -> bytes:
        """Decrypt up to ``maxlen`` bytes at the current position (called on any thread)."""
        problem: tuple[SignalInstance, str] | None = None
        with self._lock:
            if self._failed or maxlen <= 0:
                return b""
            try:
                data = self._reader.read_at(self._pos, maxlen)
            except IntegrityError as exc:
                problem = (self.integrity_failed, str(exc))
                data = b""
            except (StorageError, OSError) as exc:
                problem = (self.read_failed, str(exc))
                data = b""
            except ValueError:  # the reader was closed under a late read: nothing more
                return b""
            if problem is not None:
                self._failed, self._failure = True, problem[1]
            self._pos += len(data)
        if problem is not None:
            log.warning("Evidence playback stopped: the file failed a check or a read.")
            problem[0].emit(problem[1])
        return data

    def writeData(self, data: bytes) -> int:  # type: ignore[override]
        return -1

    # ------------------------------------------------------------ for tests and tools

    def read_at(self, offset: int, n: int) -> bytes:
        """Positional read that leaves the device position alone (thread-safe)."""
        return self._reader.read_at(offset, n)
