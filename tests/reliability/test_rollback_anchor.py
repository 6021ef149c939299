"""Rolled-back history is caught: ``anchor.json`` records the newest acknowledged audit row.

Before, an older ``vault.db`` put back, or a ``-wal`` deleted or truncated after the process
died, silently lost acknowledged commits and ``verify`` passed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli, sample_incident
from reliability_support import FilledVault

from kasuhara_desktop.services import backup as backup_service
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault import anchor
from kasuhara_desktop.vault.connection import connect
from kasuhara_desktop.vault.header import load_header
from kasuhara_desktop.vault.vault import Vault


def failed(folder: Path) -> dict[str, list[str]]:
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        report = verify_vault(vault)
    return {c.name: c.problems for c in report.checks if not c.ok}


def test_an_older_database_put_back_is_named_and_nothing_is_swept(
    filled: FilledVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = filled.folder / "vault.db"
    older = tmp_path / "vault.db.older"
    shutil.copy2(db, older)
    source = tmp_path / "後.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0 added after the copy")
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        [added] = EvidenceService(vault).add_files(filled.reference, [ImportRequest(source)])
        IncidentService(vault).add(sample_incident("後の記録"))
    shutil.copy2(older, db)

    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        [problem] = vault.rollback_problems
    assert "acknowledged change(s) are missing" in problem
    assert "restore the newest backup" in problem
    # Not swept, not even quarantined: the newer database's file stays where it was.
    assert (filled.folder / "evidence" / f"{added.id}.khev").is_file()
    assert not (filled.folder / "evidence" / "quarantine").exists()
    code, out, err = run_cli(capsys, "--vault", str(filled.folder), "verify")
    assert code == 1
    assert "FAIL rollback_anchor" in out and "the database ends at audit row" in out
    assert "rollback_anchor" in err
    # Every other command says so too, instead of working on an older history in silence.
    code, out, err = run_cli(capsys, "--vault", str(filled.folder), "incident", "list")
    assert code == 0
    assert "warning: the database ends at audit row" in err and "kasuhara verify" in err


def _copy_while_open(source: Path, dest: Path, wal: str) -> None:
    """The folder as a kill leaves it, its ``-wal`` then lost (``wal='gone'``), cut short or
    with a flipped byte (SQLite then ignores every frame from the damaged one on)."""
    dest.mkdir()
    for name in ("vault.json", "vault.json.prev", "vault.db", "anchor.json"):
        shutil.copy2(source / name, dest / name)
    shutil.copytree(source / "evidence", dest / "evidence")
    if wal == "truncated":
        data = (source / "vault.db-wal").read_bytes()
        (dest / "vault.db-wal").write_bytes(data[: len(data) // 2])
    elif wal == "damaged":
        data = bytearray((source / "vault.db-wal").read_bytes())
        data[len(data) // 2] ^= 0x40
        (dest / "vault.db-wal").write_bytes(bytes(data))


@pytest.mark.parametrize("wal", ["gone", "truncated", "damaged"])
def test_a_lost_truncated_or_damaged_wal_after_a_kill_is_caught(
    filled: FilledVault, tmp_path: Path, wal: str
) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        service = IncidentService(vault)
        for n in range(3):
            service.add(sample_incident(f"記録 {n}"))
        # Saves within a second share one anchor write (vault/anchor_writer.py): the kill comes
        # after it (test_anchor_slots checks that it comes within a second without any save).
        vault.settle_anchor()
        assert (filled.folder / "vault.db-wal").stat().st_size > 0
        _copy_while_open(filled.folder, tmp_path / "killed", wal)
    problems = failed(tmp_path / "killed")
    assert "acknowledged change(s) are missing" in problems["rollback_anchor"][0]


def test_a_cut_chain_tail_is_caught(filled: FilledVault) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        IncidentService(vault).add(sample_incident("後の記録"))
        last = vault.conn.execute("SELECT max(id) FROM audit").fetchone()[0]
        vault.conn.execute("DELETE FROM audit WHERE id >= ?", (last - 1,))
    problems = failed(filled.folder)
    assert f"the anchor records {last}" in problems["rollback_anchor"][0]
    assert "2 acknowledged change(s) are missing" in problems["rollback_anchor"][0]


def test_a_kill_between_commit_and_anchor_leaves_the_database_ahead_without_alarm(
    filled: FilledVault,
) -> None:
    before = (filled.folder / "anchor.json").read_bytes()
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        IncidentService(vault).add(sample_incident("後の記録"))
    (filled.folder / "anchor.json").write_bytes(before)  # the anchor write never happened
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback_problems == []
        assert verify_vault(vault).ok
        IncidentService(vault).add(sample_incident("次の記録"))
    assert (filled.folder / "anchor.json").read_bytes() != before  # caught up at the next commit


def _as_made_before_anchors(folder: Path) -> None:
    (folder / "anchor.json").unlink()
    header = load_header(folder)
    header.anchored = False
    header.save(folder)


def test_an_old_vault_gets_its_anchor_quietly_then_a_missing_one_is_reported(
    filled: FilledVault,
) -> None:
    _as_made_before_anchors(filled.folder)
    assert "anchored" not in json.loads((filled.folder / "vault.json").read_text())
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback_problems == []
        assert verify_vault(vault).ok
    assert (filled.folder / "anchor.json").is_file()
    assert load_header(filled.folder).anchored

    (filled.folder / "anchor.json").unlink()
    problems = failed(filled.folder)
    assert "anchor.json is missing although this vault wrote one" in problems["rollback_anchor"][0]


def test_a_forged_or_foreign_anchor_is_reported(filled: FilledVault) -> None:
    path = filled.folder / "anchor.json"
    doc = json.loads(path.read_bytes()[: anchor.SLOT_BYTES])  # the first of its two slots
    doc["last_id"] = 1  # rolled back by hand to match an older database: the MAC no longer fits
    path.write_text(json.dumps(doc))
    assert "does not authenticate" in failed(filled.folder)["rollback_anchor"][0]
    # Made with another key (another vault's, or a guess): refused the same way.
    anchor.write(filled.folder, b"\x01" * 32, load_header(filled.folder).vault_id, 1, "0" * 64)
    assert "does not authenticate" in failed(filled.folder)["rollback_anchor"][0]


def test_backup_and_restore_carry_a_matching_anchor(filled: FilledVault, tmp_path: Path) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        backup_service.backup(vault, tmp_path / "backup")
        IncidentService(vault).add(sample_incident("バックアップの後"))
    assert failed(tmp_path / "backup") == {}
    restored = backup_service.restore(tmp_path / "backup", tmp_path / "restored",
                                      passphrase=PASSPHRASE)  # fmt: skip
    with restored:
        assert restored.rollback_problems == []
        assert [r[0] for r in restored.conn.execute(
            "SELECT action FROM audit ORDER BY id DESC LIMIT 1")] == ["restore"]  # fmt: skip
        assert verify_vault(restored).ok
    # The restored folder's anchor records the restore row: cutting it off is caught.
    conn = connect(tmp_path / "restored" / "vault.db", filled.key)
    with conn:
        conn.execute("DELETE FROM audit WHERE action = 'restore'")
    conn.close()
    assert "rollback_anchor" in failed(tmp_path / "restored")


def test_an_anchor_written_for_a_key_change_authenticates_with_either_key(
    filled: FilledVault,
) -> None:
    vault_id = load_header(filled.folder).vault_id
    new_key = b"\x02" * 32
    conn = connect(filled.folder / "vault.db", filled.key)
    last_id, head = anchor.db_head(conn)
    conn.close()
    anchor.write(filled.folder, filled.key, vault_id, last_id, head, also_key=new_key)
    assert anchor.read(filled.folder, filled.key, vault_id) is not None
    assert anchor.read(filled.folder, new_key, vault_id) is not None  # the kill came after
    with pytest.raises(anchor.AnchorError, match="does not authenticate"):
        anchor.read(filled.folder, b"\x03" * 32, vault_id)
    anchor.write(filled.folder, new_key, vault_id, last_id, head)  # the change is done
    with pytest.raises(anchor.AnchorError, match="does not authenticate"):
        anchor.read(filled.folder, filled.key, vault_id)  # the old key is void for it


@pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")
def test_the_window_warns_at_unlock_when_the_database_was_rolled_back(
    filled: FilledVault, tmp_path: Path, qtbot: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kasuhara_desktop.app import build_services
    from kasuhara_desktop.ui.app_settings import AppSettings
    from kasuhara_desktop.ui.main_window import MainWindow
    from kasuhara_desktop.ui.session import Session

    db = filled.folder / "vault.db"
    older = tmp_path / "vault.db.older"
    shutil.copy2(db, older)
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        IncidentService(vault).add(sample_incident("後の記録"))
    shutil.copy2(older, db)

    vault = Vault.open(filled.folder, passphrase=PASSPHRASE)
    session = Session(vault, build_services)
    window = MainWindow(session, AppSettings(), unlock_fn=None, users_fn=lambda _f: [])
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        window.show()
        box = window.findChild(QMessageBox, "rollbackNotice")
        assert box is not None and box.isVisible()
        assert "Saved work is missing" in box.windowTitle()
        assert "restore the newest backup" in box.text()
        assert "the database ends at audit row" in box.detailedText()
    finally:
        window.close()
        session.close_vault()


@pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")
def test_no_warning_at_unlock_when_nothing_is_missing(filled: FilledVault, qtbot: object) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kasuhara_desktop.app import build_services
    from kasuhara_desktop.ui.app_settings import AppSettings
    from kasuhara_desktop.ui.main_window import MainWindow
    from kasuhara_desktop.ui.session import Session

    session = Session(Vault.open(filled.folder, passphrase=PASSPHRASE), build_services)
    window = MainWindow(session, AppSettings(), unlock_fn=None, users_fn=lambda _f: [])
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        window.show()
        assert window.findChild(QMessageBox, "rollbackNotice") is None
    finally:
        window.close()
        session.close_vault()
