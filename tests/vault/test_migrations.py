"""Schema migrations: from a hand-built older schema, backups, and a too-new database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers import PASSPHRASE, make_vault
from schema_rollback import undo_after

from kasuhara_desktop.domain.errors import VaultTooNewError
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.services.incidents import IncidentService
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


def test_a_version_3_vault_keeps_every_part_through_version_4(vault_dir: Path) -> None:
    """v4 rebuilds the behaviour, timeline and participant tables: nothing recorded is lost,
    order is kept, and a repeated position (never written by the program) does not stop it."""
    from kasuhara_desktop.services.incidents import IncidentService

    vault, key = make_vault(vault_dir)
    vault.close()
    (vault_dir / "vault.db").unlink()
    conn = connect(vault_dir / "vault.db", key, create=True)
    for _version, sql in migrate_mod.available_migrations()[:3]:
        for statement in migrate_mod._statements(sql):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO shop (id, name) VALUES (1, '店')")
    conn.execute("INSERT INTO staff (id, name) VALUES (1, '佐藤')")
    conn.execute("INSERT INTO persons (id, label) VALUES (1, '客A')")
    conn.execute(
        "INSERT INTO incidents (id, reference, occurred_at, occurred_utc, timezone, channel,"
        " summary, status, version, created_at, created_by, updated_at, updated_by)"
        " VALUES (1, 'K-2026-0001', '2026-06-01T10:00:00+09:00', '2026-06-01T01:00:00',"
        " 'Asia/Tokyo', 'in_person', '<b>&</b>', 'draft', 1, '2026-06-01T01:00:00+00:00',"
        " 'owner', '2026-06-01T01:00:00+00:00', 'owner')"
    )
    conn.executemany(
        "INSERT INTO incident_behaviours (incident_id, code, position) VALUES (1, ?, ?)",
        [("threats_abuse", 1), ("forced_kneeling", 0)],
    )
    conn.executemany(
        "INSERT INTO timeline (incident_id, position, at, kind, description) VALUES (1, ?, ?,"
        " 'note', ?)",
        [(0, "2026-06-01T10:00:00+09:00", "一"), (1, "2026-06-01T10:05:00+09:00", "二"),
         (1, "2026-06-01T10:09:00+09:00", "三 🙏")],
    )  # fmt: skip
    conn.execute(
        "INSERT INTO participants (incident_id, position, role, person_id) VALUES (1, 0,"
        " 'customer', 1)"
    )
    conn.execute(
        "INSERT INTO participants (incident_id, position, role, staff_id) VALUES (1, 1,"
        " 'target', 1)"
    )
    conn.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert migrate_mod.current_version(v.conn) == migrate_mod.latest_version()
        inc = IncidentService(v).get("K-2026-0001")
        assert [b.value for b in inc.behaviours] == ["forced_kneeling", "threats_abuse"]
        assert [t.description for t in inc.timeline] == ["一", "二", "三 🙏"]
        assert [(p.role.value, p.person, p.staff) for p in inc.participants] == [
            ("customer", inc.participants[0].person, None),
            ("target", None, inc.participants[1].staff),
        ]
        assert inc.participants[0].person is not None
        assert inc.participants[0].person.label == "客A"
        assert inc.participants[1].staff is not None
        assert inc.participants[1].staff.name == "佐藤"
        for table in ("incident_behaviours", "timeline", "participants"):
            table_sql = v.conn.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()[0]
            assert "WITHOUT ROWID" in table_sql, table
        assert [r[0] for r in v.conn.execute("PRAGMA foreign_key_check")] == []
        assert [r[0] for r in v.conn.execute("PRAGMA integrity_check")] == ["ok"]
    assert len(list(vault_dir.glob("vault.db.v3-*.bak"))) == 1


def back_to_v7(conn: Any) -> None:
    """Undo schemas v8 (evidence times, bundles made), v9 (search index) and every later one."""
    undo_after(conn, 7)


def test_version_5_evidence_gets_empty_check_columns(vault_dir: Path) -> None:
    """Schema v6 adds the last check to every evidence row; rows from before have none."""
    vault, key = make_vault(vault_dir)
    vault.close()
    conn = connect(vault_dir / "vault.db", key)  # back to v5 by hand, as an old program left it
    for column in ("last_check_result", "last_check_at", "last_check_by"):
        conn.execute(f"ALTER TABLE evidence DROP COLUMN {column}")
    conn.execute("ALTER TABLE incidents DROP COLUMN offence_answers")  # v7
    back_to_v7(conn)
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        columns = {row[1] for row in v.conn.execute("PRAGMA table_info(evidence)")}
        assert {"last_check_result", "last_check_at", "last_check_by"} <= columns


def test_version_6_incidents_get_no_offence_answers_and_keep_new_ones(vault_dir: Path) -> None:
    """Schema v7 stores the answers to the offence elements' questions with the incident."""
    from kasuhara_desktop.domain.element_answers import ElementAnswer

    vault, key = make_vault(vault_dir)
    old = IncidentService(vault).add(Incident(occurred_at=datetime.now(UTC), summary="旧"))
    vault.close()
    conn = connect(vault_dir / "vault.db", key)
    conn.execute("ALTER TABLE incidents DROP COLUMN offence_answers")
    back_to_v7(conn)
    conn.execute("PRAGMA user_version = 6")
    conn.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        service = IncidentService(v)
        inc = service.get(old.reference)
        assert inc.offence_answers == {}
        inc.offence_answers = {"injury": ElementAnswer(False, by="店長")}
        service.update(inc.reference, inc, inc.version)
        assert service.get(inc.reference).offence_answers["injury"].value is False


def test_version_16_incidents_keep_their_one_day_for_both_complaint_holders(
    vault_dir: Path,
) -> None:
    """Schema v17 gives the staff member harmed their own day; until then one day stood for
    both holders, so it is kept for both and the deadlines shown do not change."""
    vault, key = make_vault(vault_dir)
    service = IncidentService(vault)
    day = date(2026, 11, 3)
    known = service.add(
        Incident(occurred_at=datetime.now(UTC), summary="旧", offender_known_on=day)
    )
    unknown = service.add(Incident(occurred_at=datetime.now(UTC), summary="不明"))
    vault.close()
    conn = connect(vault_dir / "vault.db", key)
    undo_after(conn, 16)
    conn.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        service = IncidentService(v)
        old = service.get(known.reference)
        assert (old.offender_known_on, old.offender_known_to_staff_on) == (day, day)
        still = service.get(unknown.reference)
        assert (still.offender_known_on, still.offender_known_to_staff_on) == (None, None)
        old.offender_known_to_staff_on = date(2026, 11, 20)
        service.update(old.reference, old, old.version)
        again = service.get(old.reference)
        assert (again.offender_known_on, again.offender_known_to_staff_on) == (
            day, date(2026, 11, 20)
        )  # fmt: skip


def test_records_saved_before_v17_still_verify_after_the_upgrade(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A v16 program hashed an incident without the staff member's day; after the upgrade
    (which copies the one day) verify must not call every record "changed outside the
    program", and a raw edit of the new column is still caught."""
    from kasuhara_desktop.services.verify import verify_vault
    from kasuhara_desktop.vault.repositories import incidents as repo

    def as_v16(inc: Incident) -> dict[str, Any]:
        content = repo.incident_to_dict(inc)
        content.pop("offender_known_to_staff_on")
        return content

    vault, key = make_vault(vault_dir)
    with monkeypatch.context() as m:
        m.setattr(repo, "content_of", as_v16)  # saved as the v16 program saved
        service = IncidentService(vault)
        day = date(2026, 11, 3)
        known = service.add(
            Incident(occurred_at=datetime.now(UTC), summary="旧", offender_known_on=day)
        )
        service.add(Incident(occurred_at=datetime.now(UTC), summary="不明"))
    vault.close()
    conn = connect(vault_dir / "vault.db", key)
    undo_after(conn, 16)
    conn.close()

    def problems(v: Vault) -> list[str]:
        return [p for c in verify_vault(v).checks for p in c.problems]

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert problems(v) == []
        v.conn.execute(
            "UPDATE incidents SET offender_known_to_staff_on = '2026-06-01' WHERE reference = ?",
            (known.reference,),
        )
        assert problems(v) == [f"{known.reference} was changed outside the program"]
