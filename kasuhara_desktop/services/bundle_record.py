"""What a finished bundle is, and keeping in the logbook that it was made.

Apart from ``bundle`` so that the report service can record a bundle (the incident report lists
each bundle's manifest hash) without importing the module that builds bundles on top of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.evidence import BundleRecord
from ..infra import clock
from ..reports.report_data import ReportEvidence
from ..vault import evidence_times
from ..vault.vault import Vault


@dataclass(frozen=True)
class BundleResult:
    path: Path
    manifest_sha256: str
    report_name: str
    evidence: list[ReportEvidence]
    encrypted: bool
    reference: str = ""
    made_at: datetime | None = None
    archive_format: str = "zip"
    # An encrypted bundle's README.txt, unencrypted beside it (readable without the password).
    readme_path: Path | None = None

    @property
    def left_out(self) -> list[ReportEvidence]:
        return [ev for ev in self.evidence if ev.failed]


def record_bundle(vault: Vault, result: BundleResult) -> None:
    """Keep in the logbook that ``result`` was made (audited), so the incident report lists
    its manifest hash. On the connection's thread, after :func:`build_bundle`."""
    record = BundleRecord(
        made_at=result.made_at or clock.now_seconds(),
        made_by=vault.user,
        manifest_sha256=result.manifest_sha256,
        file_name=result.path.name,
        archive_format=result.archive_format,
        encrypted=result.encrypted,
    )
    with vault.transaction() as conn:
        evidence_times.record_bundle(conn, result.reference, record, vault.user)
