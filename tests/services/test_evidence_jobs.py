"""The evidence service's own checks and plain-data jobs: the free-disk check refuses an import
that will not fit (for the GUI and the CLI alike), exports run from an ``ExportJob``."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import NamedTuple

import pytest
from helpers import sample_incident

from kasuhara_desktop.domain.errors import IntegrityError
from kasuhara_desktop.services import evidence_jobs
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.evidence_jobs import (
    FREE_SPACE_MARGIN,
    IMPORT_MARGIN,
    DestinationExistsError,
    NotEnoughSpaceError,
    TooLargeToShowError,
)
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault.vault import Vault


class Usage(NamedTuple):
    total: int
    used: int
    free: int


@pytest.fixture
def stored(vault: Vault, tmp_path: Path) -> tuple[EvidenceService, str, Path]:
    reference = IncidentService(vault).add(sample_incident()).reference
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 2000)
    return EvidenceService(vault), reference, photo


def test_an_import_that_will_not_fit_is_refused_before_any_work(
    stored: tuple[EvidenceService, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, reference, photo = stored
    size = photo.stat().st_size

    def disk_with(free: int) -> None:
        monkeypatch.setattr(evidence_jobs.shutil, "disk_usage", lambda _p: Usage(free, 0, free))

    # The import itself (the CLI's too) refuses what would leave the vault too little room.
    disk_with(size + IMPORT_MARGIN - 1)
    with pytest.raises(NotEnoughSpaceError, match="Not enough free disk space") as caught:
        service.add_files(reference, [ImportRequest(photo)])
    assert (caught.value.needed, caught.value.free) == (size, size + IMPORT_MARGIN - 1)
    assert service.items(reference) == [] and list(service.evidence_dir.iterdir()) == []
    # The GUI's up-front check asks for a comfortable margin.
    disk_with(size + FREE_SPACE_MARGIN - 1)
    with pytest.raises(NotEnoughSpaceError):
        service.check_room([ImportRequest(photo)])
    disk_with(size + FREE_SPACE_MARGIN)
    assert service.check_room([ImportRequest(photo)]) == size
    # A small stick with room for the file and the vault's minimum takes it.
    disk_with(size + IMPORT_MARGIN)
    assert len(service.add_files(reference, [ImportRequest(photo)])) == 1


def test_an_export_job_runs_on_another_thread_and_checks_the_hash(
    stored: tuple[EvidenceService, str, Path], tmp_path: Path
) -> None:
    service, reference, photo = stored
    [item] = service.add_files(reference, [ImportRequest(photo)])
    dest = tmp_path / "out" / "photo.jpg"
    dest.parent.mkdir()
    job = service.export_job(item.id, dest)
    assert repr(job.key) not in repr(job)  # the key is not printed with the job
    seen: list[tuple[int, int]] = []
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(job.run(lambda d, t: seen.append((d, t))))
    )
    worker.start()
    worker.join(60)
    assert result == [dest]
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == item.sha256
    assert seen[-1] == (item.size, item.size)
    with pytest.raises(DestinationExistsError):
        service.export_job(item.id, dest).run()


def test_a_damaged_file_fails_the_export_and_leaves_no_plaintext(
    stored: tuple[EvidenceService, str, Path], tmp_path: Path
) -> None:
    service, reference, photo = stored
    [item] = service.add_files(reference, [ImportRequest(photo)])
    job = service.export_job(item.id, tmp_path / "out.jpg")
    data = bytearray(job.source.read_bytes())
    data[-100] ^= 1
    job.source.write_bytes(bytes(data))
    with pytest.raises(IntegrityError):
        job.run()
    assert not (tmp_path / "out.jpg").exists()
    assert not service.file_missing(item.id)
    job.source.unlink()
    assert service.file_missing(item.id)


def test_a_picture_over_the_limit_is_not_read_into_memory(
    stored: tuple[EvidenceService, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, reference, photo = stored
    [item] = service.add_files(reference, [ImportRequest(photo)])
    assert service.read_all(item.id) == photo.read_bytes()
    monkeypatch.setattr(evidence_jobs, "MAX_IMAGE_BYTES", item.size - 1)
    with pytest.raises(TooLargeToShowError, match="too large"):
        service.read_all(item.id)
