"""The sweep at open deletes only the program's own leftovers; anything else no record points to
is moved into ``evidence/quarantine/``, kept byte for byte, and reported by ``verify``.

Before, every file without a live row was deleted at open: a file someone put into the folder,
and every evidence file of records that a rolled-back (restored older) database does not have.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli, sample_incident
from reliability_support import FilledVault, listing

from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault import anchor
from kasuhara_desktop.vault.connection import connect
from kasuhara_desktop.vault.header import load_header
from kasuhara_desktop.vault.vault import Vault

UNKNOWN_ID = "ab" * 16


def quarantine(v: FilledVault) -> Path:
    return v.folder / "evidence" / "quarantine"


def test_foreign_files_are_quarantined_not_deleted(
    filled: FilledVault, capsys: pytest.CaptureFixture[str]
) -> None:
    evidence = filled.folder / "evidence"
    (evidence / "メモ.txt").write_bytes(b"the owner's own note")
    (evidence / f"{UNKNOWN_ID}.khev").write_bytes(b"an evidence file no record knows")
    (evidence / "photos").mkdir()
    (evidence / "photos" / "a.jpg").write_bytes(b"jpeg")
    with Vault.open(filled.folder, passphrase=PASSPHRASE):
        pass
    q = quarantine(filled)
    assert (q / "メモ.txt").read_bytes() == b"the owner's own note"
    assert (q / f"{UNKNOWN_ID}.khev").read_bytes() == b"an evidence file no record knows"
    assert (q / "photos" / "a.jpg").read_bytes() == b"jpeg"
    assert sorted(p.name for p in evidence.iterdir()) == sorted(
        [f"{i}.khev" for i in filled.evidence_ids] + ["quarantine"]
    )
    code, out, err = run_cli(capsys, "--vault", str(filled.folder), "verify")
    assert code == 1
    assert "FAIL evidence_quarantine" in out
    assert "evidence/quarantine/メモ.txt" in out and f"quarantine/{UNKNOWN_ID}.khev" in out
    assert "evidence_quarantine" in err
    # Reported, never deleted: still there after more opens.
    for _ in range(2):
        with Vault.open(filled.folder, passphrase=PASSPHRASE):
            pass
    assert (q / "メモ.txt").exists() and (q / "photos" / "a.jpg").exists()


def test_evidence_of_a_rolled_back_database_is_kept_and_comes_back(
    filled: FilledVault, tmp_path: Path
) -> None:
    db = filled.folder / "vault.db"
    older = tmp_path / "vault.db.older"
    shutil.copy2(db, older)
    new_source = tmp_path / "後から.jpg"
    new_source.write_bytes(b"\xff\xd8\xff\xe0 added after the copy")
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        [added] = EvidenceService(vault).add_files(filled.reference, [ImportRequest(new_source)])
    newer = tmp_path / "vault.db.newer"
    shutil.copy2(db, newer)
    added_bytes = (filled.folder / "evidence" / f"{added.id}.khev").read_bytes()

    shutil.copy2(older, db)  # the database rolled back: the newer file has no row
    # Accepted as an explicit act (as a restore does): a fresh anchor for the older head, else
    # the open reports the rollback and sweeps nothing (test_rollback_anchor.py).
    conn = connect(db, filled.key)
    anchor.write_for(conn, filled.folder, filled.key, load_header(filled.folder).vault_id)
    conn.close()
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        report = verify_vault(vault)
    assert (quarantine(filled) / f"{added.id}.khev").read_bytes() == added_bytes
    assert [c.name for c in report.checks if not c.ok] == ["evidence_quarantine"]
    for evidence_id in filled.evidence_ids:
        assert (filled.folder / "evidence" / f"{evidence_id}.khev").is_file()

    shutil.copy2(newer, db)  # the newer database is back: its file is returned to its place
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        assert EvidenceService(vault).read_all(added.id) == new_source.read_bytes()
        assert verify_vault(vault).ok
    assert list(quarantine(filled).iterdir()) == []


def test_only_the_programs_own_leftovers_are_deleted(filled: FilledVault, tmp_path: Path) -> None:
    evidence = filled.folder / "evidence"
    (evidence / f"{UNKNOWN_ID}.khev.part").write_bytes(b"half of an interrupted import")
    (evidence / "notes.part").write_bytes(b"not the program's name: kept")
    # A deleted record whose file removal was interrupted: its key is gone, the file is noise.
    source = tmp_path / "消す.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0 to delete")
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        [gone] = EvidenceService(vault).add_files(filled.reference, [ImportRequest(source)])
    leftover = (evidence / f"{gone.id}.khev").read_bytes()
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        EvidenceService(vault).delete(gone.id, "間違えて追加")
    (evidence / f"{gone.id}.khev").write_bytes(leftover)
    with Vault.open(filled.folder, passphrase=PASSPHRASE):
        pass
    assert not (evidence / f"{UNKNOWN_ID}.khev.part").exists()
    assert not (evidence / f"{gone.id}.khev").exists()
    assert not (quarantine(filled) / f"{gone.id}.khev").exists()
    assert (quarantine(filled) / "notes.part").read_bytes() == b"not the program's name: kept"


def test_a_name_already_in_quarantine_is_not_overwritten(filled: FilledVault) -> None:
    evidence = filled.folder / "evidence"
    (evidence / "a.txt").write_bytes(b"first")
    with Vault.open(filled.folder, passphrase=PASSPHRASE):
        pass
    (evidence / "a.txt").write_bytes(b"second")
    with Vault.open(filled.folder, passphrase=PASSPHRASE):
        pass
    kept = sorted(p.read_bytes() for p in quarantine(filled).iterdir())
    assert kept == [b"first", b"second"]


def test_a_clean_vault_gets_no_quarantine_folder(filled: FilledVault) -> None:
    before = listing(filled.folder)
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        IncidentService(vault).add(sample_incident("もう一件"))
        assert verify_vault(vault).ok
    assert listing(filled.folder) == before


def test_a_kill_between_commit_and_rename_is_finished_at_open(
    filled: FilledVault, tmp_path: Path
) -> None:
    """The file waits as ``<id>.khev.ready`` until its row is committed; a kill right after the
    commit leaves it so, and the next open puts it in place instead of quarantining it."""
    final = filled.evidence_file(0)
    ready = final.with_name(final.name + ".ready")
    final.rename(ready)  # the state a kill between the commit and the rename leaves
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        assert final.is_file() and not ready.exists()
        assert verify_vault(vault).ok
    assert not quarantine(filled).exists()


def test_a_kill_before_the_commit_leaves_nothing_after_open(filled: FilledVault) -> None:
    """A complete encrypted file whose row was never committed is the program's own leftover."""
    unknown = filled.folder / "evidence" / ("ab" * 16 + ".khev.ready")
    unknown.write_bytes(b"encrypted bytes of an import that never committed")
    staging = filled.folder / "evidence" / ("cd" * 16 + ".khev.ready.part")
    staging.write_bytes(b"half an import")
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        assert not unknown.exists() and not staging.exists()
        assert verify_vault(vault).ok
    assert not quarantine(filled).exists()


def test_an_import_leaves_only_final_names(filled: FilledVault, tmp_path: Path) -> None:
    source = tmp_path / "新しい.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0" + b"x" * 5000)
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        [item] = EvidenceService(vault).add_files(filled.reference, [ImportRequest(source)])
    names = [p.name for p in (filled.folder / "evidence").iterdir()]
    assert f"{item.id}.khev" in names
    assert not [n for n in names if n.endswith((".ready", ".part"))]
