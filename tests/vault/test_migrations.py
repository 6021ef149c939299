"""Schema migrations: from a hand-built older schema, backups, and a too-new database."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE, make_vault

from kasuhara_desktop.domain.errors import VaultTooNewError
from kasuhara_desktop.vault import migrate as migrate_mod
from kasuhara_desktop.vault.connection import connect
from kasuhara_desktop.vault.vault import Vault


def test_new_vault_is_at_the_latest_version(vault: Vault) -> None:
    assert migrate_mod.current_version(vault.conn) == migrate_mod.latest_version()


def test_migration_from_an_older_schema_keeps_data_and_backs_up(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A hand-built "version 1" world: the program ships only 0001; we then ship a 0002.
    vault, key = make_vault(vault_dir)
    vault.close()
    shipped = migrate_mod.available_migrations()
    extra = (
        len(shipped) + 1,
        "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n"
        "INSERT INTO later_feature (note) SELECT name FROM shop;",
    )
    monkeypatch.setattr(migrate_mod, "available_migrations", lambda: [*shipped, extra])
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert migrate_mod.current_version(v.conn) == len(shipped) + 1
        assert v.conn.execute("SELECT note FROM later_feature").fetchall() == [("テスト商店",)]
    backups = list(vault_dir.glob("vault.db.v*.bak"))
    assert len(backups) == 1
    # The backup is still encrypted and opens with the same key at the old version.
    conn = connect(backups[0], key)
    assert migrate_mod.current_version(conn) == len(shipped)
    conn.close()


def test_failed_migration_rolls_back(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    shipped = migrate_mod.available_migrations()
    broken = (len(shipped) + 1, "CREATE TABLE half (id INTEGER);\nTHIS IS NOT SQL;")
    monkeypatch.setattr(migrate_mod, "available_migrations", lambda: [*shipped, broken])
    with pytest.raises(Exception, match="syntax"):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert migrate_mod.current_version(v.conn) == len(shipped)
        names = {r[0] for r in v.conn.execute("SELECT name FROM sqlite_master")}
        assert "half" not in names


def test_database_newer_than_program_is_refused(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.conn.execute("PRAGMA user_version = 999")
    vault.close()
    with pytest.raises(VaultTooNewError, match="newer"):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    assert not (vault_dir / ".lock").exists()


def test_a_hand_built_version_1_vault_is_upgraded(vault_dir: Path) -> None:
    """A vault as the first release wrote it (schema 1, built here by hand) opens today."""
    from kasuhara_desktop.services.incidents import IncidentService
    from kasuhara_desktop.services.verify import verify_vault

    vault, key = make_vault(vault_dir)
    vault.close()
    # Rebuild vault.db by hand with the schema-1 SQL only and one incident row.
    (vault_dir / "vault.db").unlink()
    conn = connect(vault_dir / "vault.db", key, create=True)
    [(_, v1_sql)] = [m for m in migrate_mod.available_migrations() if m[0] == 1]
    for statement in migrate_mod._statements(v1_sql):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO shop (id, name) VALUES (1, '古い店')")
    conn.execute(
        "INSERT INTO incidents (reference, occurred_at, occurred_utc, timezone, channel, summary,"
        " status, version, created_at, created_by, updated_at, updated_by)"
        " VALUES ('K-2025-0001', '2025-06-01T10:00:00+09:00', '2025-06-01T01:00:00', 'Asia/Tokyo',"
        " 'phone', '旧版で記録', 'draft', 1, '2025-06-01T01:00:00+00:00', 'owner',"
        " '2025-06-01T01:00:00+00:00', 'owner')"
    )
    conn.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert migrate_mod.current_version(v.conn) == migrate_mod.latest_version()
        inc = IncidentService(v).get("K-2025-0001")
        assert inc.summary == "旧版で記録"
        assert inc.assessment.facts_confirmed is False and inc.staff_care == []
        # The hand-made row has no audit record: verify says so rather than passing silently.
        problems = {c.name: c.problems for c in verify_vault(v).checks}
        assert problems["records_match_audit"] == ["K-2025-0001 has no audit record"]
    assert len(list(vault_dir.glob("vault.db.v1-*.bak"))) == 1


def test_version_3_vault_keeps_behaviours_and_people_through_version_4(vault_dir: Path) -> None:
    """v4 rebuilds the behaviours table and the person index: nothing recorded is lost."""
    from helpers import sample_incident

    from kasuhara_desktop.services.incidents import IncidentService
    from kasuhara_desktop.services.verify import verify_vault

    vault, key = make_vault(vault_dir)
    vault.close()
    # Populate it (the insert SQL is the same at v3 and v4), then turn the schema back into
    # v3's exactly, as a v3 program would have left it, and open it again.
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        service = IncidentService(v)
        added = [service.add(sample_incident(f"件 {i}")) for i in range(3)]
        behaviours = {a.reference: service.get(a.reference).behaviours for a in added}
    conn = connect(vault_dir / "vault.db", key)
    conn.execute("BEGIN")
    conn.execute(
        "CREATE TABLE old_behaviours (incident_id INTEGER NOT NULL REFERENCES incidents (id)"
        " ON DELETE CASCADE, code TEXT NOT NULL, position INTEGER NOT NULL,"
        " PRIMARY KEY (incident_id, code))"
    )
    conn.execute("INSERT INTO old_behaviours SELECT * FROM incident_behaviours")
    conn.execute("DROP TABLE incident_behaviours")
    conn.execute("ALTER TABLE old_behaviours RENAME TO incident_behaviours")
    conn.execute("CREATE INDEX incident_behaviours_code ON incident_behaviours (code)")
    conn.execute("DROP INDEX participants_person")
    conn.execute("CREATE INDEX participants_person ON participants (person_id)")
    conn.execute("PRAGMA user_version = 3")
    conn.execute("COMMIT")
    conn.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert migrate_mod.current_version(v.conn) == 4
        service = IncidentService(v)
        for reference, codes in behaviours.items():
            assert service.get(reference).behaviours == codes
            assert service.get(reference).participants[0].person is not None
        table_sql = v.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'incident_behaviours'"
        ).fetchone()[0]
        assert "WITHOUT ROWID" in table_sql
        assert verify_vault(v).ok
    assert len(list(vault_dir.glob("vault.db.v3-*.bak"))) == 1
