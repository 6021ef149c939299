"""The evidence import itself bounds what the CLI bounds, so the GUI's path is held to it too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import sample_incident

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault.vault import Vault


def _evidence_files(vault: Vault) -> list[str]:
    return sorted(p.name for p in vault.evidence_dir.iterdir())


def test_a_clock_offset_of_decades_is_refused_before_any_work(vault: Vault, tmp_path: Path) -> None:
    reference = IncidentService(vault).add(sample_incident()).reference
    photo = tmp_path / "cam.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"x" * 100)
    source = EvidenceSource(SourceKind.CCTV, "", 10**30)
    with pytest.raises(ValidationError, match="clock"):
        EvidenceService(vault).add_files(reference, [ImportRequest(photo, "", source)])
    assert EvidenceService(vault).items(reference) == [] and _evidence_files(vault) == []


def test_a_file_name_that_is_not_utf8_is_refused(vault: Vault, tmp_path: Path) -> None:
    reference = IncidentService(vault).add(sample_incident()).reference
    raw = os.path.join(os.fsencode(tmp_path), b"\xff\xfe-cam.jpg")
    with open(raw, "wb") as fh:
        fh.write(b"\xff\xd8\xff\xe0" + b"x" * 100)
    path = Path(os.fsdecode(raw))  # what a file dialog hands over: surrogate escapes
    with pytest.raises(ValidationError, match="not valid UTF-8"):
        EvidenceService(vault).add_files(reference, [ImportRequest(path)])
    assert EvidenceService(vault).items(reference) == [] and _evidence_files(vault) == []
