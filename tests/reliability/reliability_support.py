"""Shared by the reliability tests: a closed vault with records and evidence, and listings."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from helpers import make_vault, sample_incident

from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService


@dataclass(frozen=True)
class FilledVault:
    """A closed vault holding one incident with two evidence files."""

    folder: Path
    key: bytes
    reference: str
    evidence_ids: tuple[str, ...]

    def evidence_file(self, index: int = 0) -> Path:
        return self.folder / "evidence" / f"{self.evidence_ids[index]}.khev"


def fill_vault(folder: Path, sources_dir: Path) -> FilledVault:
    vault, key = make_vault(folder)
    with vault:
        reference = IncidentService(vault).add(sample_incident()).reference
        sources = []
        for name in ("レジ前.jpg", "通話.m4a"):
            path = sources_dir / name
            path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(3000))
            sources.append(ImportRequest(path))
        items = EvidenceService(vault).add_files(reference, sources)
    return FilledVault(folder, key, reference, tuple(i.id for i in items))


def listing(folder: Path) -> list[str]:
    """Every path under ``folder`` (files, folders, pipes...), relative and sorted."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def reading_commands(filled: FilledVault, out: Path) -> list[list[str]]:
    """The CLI commands that only read the vault (writing their output to ``out``)."""
    v = ["--vault", str(filled.folder)]
    return [
        [*v, "incident", "list"],
        [*v, "incident", "show", filled.reference],
        [*v, "verify"],
        [*v, "evidence", "export", filled.evidence_ids[0], str(out / "export.jpg")],
        [*v, "report", filled.reference, "-o", str(out / "report.pdf")],
        [*v, "backup", str(out / "backup")],
    ]
