"""Evidence in a real vault: import, view, export, delete, verify, crash safety."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from helpers import OWNER, PASSPHRASE, folder_hashes, sample_incident

from kasuhara_desktop.domain.errors import IntegrityError, NotFoundError, UserError, ValidationError
from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.vault import Vault

JPEG = b"\xff\xd8\xff\xe0" + os.urandom(5000)


@pytest.fixture
def ref(vault: Vault) -> str:
    return IncidentService(vault).add(sample_incident()).reference


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_import_records_metadata_and_stores_no_plaintext(
    vault: Vault, ref: str, tmp_path: Path
) -> None:
    src = write(tmp_path / "防犯カメラ 2026-11-03.jpg", JPEG)
    source = EvidenceSource(SourceKind.CCTV, "レジ上カメラ", clock_offset_seconds=-95)
    [item] = EvidenceService(vault).add_files(ref, [ImportRequest(src, "殴る瞬間 <b>&", source)])
    assert item.sha256 == hashlib.sha256(JPEG).hexdigest()
    assert (item.size, item.mime, item.original_name) == (len(JPEG), "image/jpeg", src.name)
    assert item.source == source and item.description == "殴る瞬間 <b>&"
    assert item.imported_by == vault.user and item.file_modified_at is not None
    stored = list(vault.evidence_dir.iterdir())
    assert len(stored) == 1 and item.id in stored[0].name
    assert JPEG[100:200] not in stored[0].read_bytes()
    assert src.name.encode() not in stored[0].read_bytes()


def test_type_is_detected_by_content_not_extension(vault: Vault, ref: str, tmp_path: Path) -> None:
    src = write(tmp_path / "recording.jpg", b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(100))
    [item] = EvidenceService(vault).add_files(ref, [ImportRequest(src)])
    assert item.mime == "audio/wav"


def test_read_all_decrypts_into_memory(vault: Vault, ref: str, tmp_path: Path) -> None:
    service = EvidenceService(vault)
    [item] = service.add_files(ref, [ImportRequest(write(tmp_path / "a.jpg", JPEG))])
    assert service.read_all(item.id) == JPEG
    with service.open_reader(item.id) as reader:
        assert reader.read_at(10, 20) == JPEG[10:30]


def test_export_round_trip_and_no_overwrite(vault: Vault, ref: str, tmp_path: Path) -> None:
    service = EvidenceService(vault)
    [item] = service.add_files(ref, [ImportRequest(write(tmp_path / "a.jpg", JPEG))])
    out = tmp_path / "out" / "copy.jpg"
    out.parent.mkdir()
    service.export(item.id, out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == item.sha256
    out.write_bytes(b"user's other file")
    with pytest.raises(ValidationError, match="exists"):
        service.export(item.id, out)
    assert out.read_bytes() == b"user's other file"
    service.export(item.id, out, overwrite=True)
    assert out.read_bytes() == JPEG


def test_all_or_nothing_when_one_file_is_bad(vault: Vault, ref: str, tmp_path: Path) -> None:
    service = EvidenceService(vault)
    good = write(tmp_path / "good.jpg", JPEG)
    before = folder_hashes(vault.evidence_dir)
    for bad, message in [
        (tmp_path / "missing.jpg", "not there"),
        (tmp_path, "is a folder"),
    ]:
        with pytest.raises(UserError, match=message):
            service.add_files(ref, [ImportRequest(good), ImportRequest(bad)])
    assert service.items(ref) == []
    assert folder_hashes(vault.evidence_dir) == before


def test_unknown_incident_is_refused_before_any_work(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        EvidenceService(vault).add_files(
            "K-1999-0001", [ImportRequest(write(tmp_path / "a", JPEG))]
        )
    assert list(vault.evidence_dir.iterdir()) == []


def test_cancel_leaves_nothing(vault: Vault, ref: str, tmp_path: Path) -> None:
    from kasuhara_desktop.domain.errors import Cancelled

    src = write(tmp_path / "big.bin", os.urandom(3 << 20))
    with pytest.raises(Cancelled):
        EvidenceService(vault).add_files(ref, [ImportRequest(src)], should_cancel=lambda: True)
    assert list(vault.evidence_dir.iterdir()) == []
    assert EvidenceService(vault).items(ref) == []


def test_delete_needs_a_reason_and_crypto_erases(vault: Vault, ref: str, tmp_path: Path) -> None:
    service = EvidenceService(vault)
    [item] = service.add_files(ref, [ImportRequest(write(tmp_path / "a.jpg", JPEG))])
    with pytest.raises(ValidationError, match="reason"):
        service.delete(item.id, "  ")
    service.delete(item.id, "撮影対象が無関係の客だった")
    gone = service.get(item.id)
    assert gone.deleted and gone.deleted_reason == "撮影対象が無関係の客だった"
    assert list(vault.evidence_dir.iterdir()) == []
    assert vault.conn.execute("SELECT file_key FROM evidence").fetchone()[0] is None
    with pytest.raises(UserError, match="deleted"):
        service.read_all(item.id)
    actions = [
        r[0] for r in vault.conn.execute("SELECT action FROM audit WHERE entity = 'evidence'")
    ]
    assert actions == ["import", "delete"]
    assert verify_vault(vault).ok


def test_verify_names_tampered_and_missing_files(vault: Vault, ref: str, tmp_path: Path) -> None:
    service = EvidenceService(vault)
    a, b = service.add_files(
        ref,
        [
            ImportRequest(write(tmp_path / "a.jpg", JPEG)),
            ImportRequest(write(tmp_path / "b.jpg", JPEG)),
        ],
    )
    assert verify_vault(vault).ok
    path_a = next(p for p in vault.evidence_dir.iterdir() if a.id in p.name)
    data = bytearray(path_a.read_bytes())
    data[-40] ^= 1
    path_a.write_bytes(bytes(data))
    next(p for p in vault.evidence_dir.iterdir() if b.id in p.name).unlink()
    report = verify_vault(vault)
    [files] = [c for c in report.checks if c.name == "evidence_files"]
    assert len(files.problems) == 2
    assert any("a.jpg" in p and "failed authentication" in p for p in files.problems)
    assert any("b.jpg" in p and "missing" in p for p in files.problems)
    with pytest.raises(IntegrityError):
        service.read_all(a.id)


def test_leftovers_are_swept_and_unknown_files_kept_aside_at_open(
    vault_dir: Path, tmp_path: Path
) -> None:
    from helpers import make_vault

    vault, _ = make_vault(vault_dir)
    ref = IncidentService(vault).add(sample_incident()).reference
    [item] = EvidenceService(vault).add_files(ref, [ImportRequest(write(tmp_path / "a.jpg", JPEG))])
    vault.close()
    (vault_dir / "evidence" / ("ab" * 16 + ".khev")).write_bytes(b"orphan")
    (vault_dir / "evidence" / ("cd" * 16 + ".khev.part")).write_bytes(b"half")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        names = sorted(p.name for p in v.evidence_dir.iterdir())
        assert names == [f"{item.id}.khev", "quarantine"]
        # The staging copy is the program's own; a file no record knows is kept, not deleted.
        kept = [p.name for p in (v.evidence_dir / "quarantine").iterdir()]
        assert kept == ["ab" * 16 + ".khev"]


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
    from kasuhara_desktop.vault.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), passphrase=sys.argv[2])
    EvidenceService(vault).add_files(sys.argv[3], [ImportRequest(Path(sys.argv[4]))])
    """
)


@pytest.mark.slow
def test_killed_during_import_leaves_a_consistent_vault(vault_dir: Path, tmp_path: Path) -> None:
    from helpers import make_vault

    vault, _ = make_vault(vault_dir)
    ref = IncidentService(vault).add(sample_incident()).reference
    vault.close()
    big = tmp_path / "cctv.mp4"
    with open(big, "wb") as fh:
        for _ in range(200):
            fh.write(os.urandom(1 << 20))
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_dir), PASSPHRASE, ref, str(big)]
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(vault_dir.joinpath("evidence").glob("*.part")):
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert EvidenceService(v).items(ref) == []
        assert list(v.evidence_dir.iterdir()) == []
        assert verify_vault(v).ok


def test_verify_lists_an_unreadable_file_and_goes_on(
    vault: Vault, ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kasuhara_desktop.domain.errors import StorageError
    from kasuhara_desktop.vault import evidence_store

    service = EvidenceService(vault)
    a, _b = service.add_files(
        ref,
        [
            ImportRequest(write(tmp_path / "a.jpg", JPEG)),
            ImportRequest(write(tmp_path / "b.jpg", JPEG)),
        ],
    )
    real = evidence_store.EvidenceReader

    class FlakyReader(real):  # type: ignore[misc, valid-type]
        def verify(self, *args: object, **kw: object) -> None:
            if a.id in str(self.path):
                raise StorageError("Could not read it: I/O error")
            super().verify(*args, **kw)

    monkeypatch.setattr(evidence_store, "EvidenceReader", FlakyReader)
    problems = service.verify()
    assert len(problems) == 1 and "a.jpg" in problems[0] and "could not be read" in problems[0]


def test_check_results_are_kept_with_their_time_across_reopening(
    vault: Vault, ref: str, tmp_path: Path
) -> None:
    service = EvidenceService(vault)
    good, bad = service.add_files(
        ref,
        [
            ImportRequest(write(tmp_path / "a.jpg", JPEG)),
            ImportRequest(write(tmp_path / "b.jpg", JPEG)),
        ],
    )
    assert service.last_checks(ref) == {}  # never checked
    at = service.record_checks({good.id: "intact", bad.id: "damaged"})
    folder = vault.folder
    vault.close()
    reopened = Vault.open(folder, user=OWNER, passphrase=PASSPHRASE)
    try:
        checks = EvidenceService(reopened).last_checks(ref)
        assert {k: v.result for k, v in checks.items()} == {good.id: "intact", bad.id: "damaged"}
        assert checks[good.id].at == at and checks[good.id].by == OWNER
        actions = [r[0] for r in reopened.conn.execute("SELECT action FROM audit")]
        assert actions.count("check") == 2  # one row per file, like import and delete
        assert verify_vault(reopened).ok  # the audit chain still checks out
    finally:
        reopened.close()


def test_unknown_check_result_is_refused(vault: Vault, ref: str, tmp_path: Path) -> None:
    service = EvidenceService(vault)
    (item,) = service.add_files(ref, [ImportRequest(write(tmp_path / "a.jpg", JPEG))])
    with pytest.raises(ValidationError):
        service.record_checks({item.id: "fine"})
    assert service.last_checks(ref) == {}


def test_a_deleted_file_keeps_no_check(vault: Vault, ref: str, tmp_path: Path) -> None:
    service = EvidenceService(vault)
    (item,) = service.add_files(ref, [ImportRequest(write(tmp_path / "a.jpg", JPEG))])
    service.record_checks({item.id: "intact"})
    service.delete(item.id, "wrong file")
    assert service.last_checks(ref) == {}
