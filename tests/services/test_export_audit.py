"""Exports leave a trace: who exported which evidence, who saved which report (issue 16.3).

Imports, deletions, notices and bundles were audited already; an evidence export or a saved
report left nothing, so the logbook could not show who took data out of it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from helpers import OWNER, PASSPHRASE, make_vault, sample_incident

from kasuhara_desktop.domain.errors import Cancelled
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.vault import Vault


def rows(vault: Vault, action: str) -> list[tuple[str, str, str]]:
    return [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in vault.conn.execute(
            "SELECT user, entity, entity_id FROM audit WHERE action = ? ORDER BY id", (action,)
        )
    ]


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Vault, str, str]:
    vault, _ = make_vault(tmp_path / "v")
    reference = IncidentService(vault).add(sample_incident("返金しろと怒鳴った")).reference
    source = tmp_path / "写真.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0 a photo" * 100)
    [item] = EvidenceService(vault).add_files(reference, [ImportRequest(source)])
    return vault, reference, item.id


def test_an_evidence_export_names_who_exported_it_and_not_where(
    filled: tuple[Vault, str, str], tmp_path: Path
) -> None:
    vault, _reference, evidence_id = filled
    dest = tmp_path / "出力" / "secret-place.jpg"
    dest.parent.mkdir()
    EvidenceService(vault).export(evidence_id, dest)
    assert rows(vault, "export") == [(OWNER, "evidence", evidence_id)]
    assert b"secret-place" not in b"".join(
        str(r[0]).encode() for r in vault.conn.execute("SELECT content_hash FROM audit")
    )
    assert verify_vault(vault).ok
    vault.close()


def test_a_cancelled_export_records_nothing(filled: tuple[Vault, str, str], tmp_path: Path) -> None:
    vault, _reference, evidence_id = filled
    with pytest.raises(Cancelled):
        EvidenceService(vault).export(evidence_id, tmp_path / "x.jpg", should_cancel=lambda: True)
    assert rows(vault, "export") == []
    vault.close()


def test_the_gui_path_records_after_its_worker(filled: tuple[Vault, str, str]) -> None:
    vault, _reference, evidence_id = filled
    assert EvidenceService(vault).record_export(evidence_id) is True
    assert rows(vault, "export") == [(OWNER, "evidence", evidence_id)]
    assert verify_vault(vault).ok
    vault.close()


def test_saved_reports_and_summaries_are_recorded_with_their_hash(
    filled: tuple[Vault, str, str], tmp_path: Path
) -> None:
    vault, reference, _evidence_id = filled
    service = ReportService(vault)
    report = tmp_path / "report.pdf"
    service.write_incident_report(reference, report, "ja")
    start = end = IncidentService(vault).get(reference).occurred_at.date()
    summary = tmp_path / "summary.pdf"
    service.write_summary(start, end, summary, "en")
    assert rows(vault, "make")[-2:] == [
        (OWNER, "document", reference),
        (OWNER, "document", f"{start.isoformat()}..{end.isoformat()}"),
    ]
    [(content_hash,)] = vault.conn.execute(
        "SELECT content_hash FROM audit WHERE entity = 'document' AND entity_id = ?",
        (reference,),
    ).fetchall()
    from kasuhara_desktop.vault.audit import canonical_hash

    expected = {
        "kind": "incident_report",
        "subject": reference,
        "sha256": hashlib.sha256(report.read_bytes()).hexdigest(),
    }
    assert content_hash == canonical_hash(expected)  # the PDF a lawyer holds can be matched
    assert verify_vault(vault).ok
    vault.close()


def test_a_read_only_vault_still_exports_and_says_nothing_was_recorded(
    filled: tuple[Vault, str, str], tmp_path: Path
) -> None:
    vault, _reference, evidence_id = filled
    folder = vault.folder
    vault.close()
    with Vault.open(folder, passphrase=PASSPHRASE, read_only=True) as ro:
        service = EvidenceService(ro)
        dest = tmp_path / "ro.jpg"
        service.export(evidence_id, dest)
        assert dest.is_file()
        assert service.record_export(evidence_id) is False
