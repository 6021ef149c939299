"""The autosave table (schema v5): one row per open window, replaced in place, no audit."""

from __future__ import annotations

import pytest

from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.repositories import autosave as repo
from kasuhara_desktop.vault.vault import Vault


def test_put_replaces_the_row_of_a_slot_and_delete_removes_it(vault: Vault) -> None:
    with vault.transaction() as c:
        repo.put(c, slot="a", kind="editor", reference="", base_version=None, user="u",
                 draft='{"summary": "一"}')  # fmt: skip
        repo.put(c, slot="b", kind="guide", reference="K-2026-0001", base_version=3, user="v",
                 draft="{}", state='{"target": "closed"}')  # fmt: skip
    with vault.transaction() as c:
        repo.put(c, slot="a", kind="editor", reference="", base_version=None, user="u",
                 draft='{"summary": "一二"}')  # fmt: skip
    rows = repo.list_rows(vault.conn)
    assert [r.slot for r in rows] == ["a", "b"] or [r.slot for r in rows] == ["b", "a"]
    row = repo.get(vault.conn, "a")
    assert row is not None and row.draft == '{"summary": "一二"}' and row.saved_at
    assert [r.slot for r in repo.list_rows(vault.conn, "v")] == ["b"]
    guide = repo.get(vault.conn, "b")
    assert guide is not None and guide.base_version == 3 and guide.reference == "K-2026-0001"
    assert "一" not in repr(row)  # typed text never in a log line
    with vault.transaction() as c:
        repo.delete(c, "a")
    assert repo.get(vault.conn, "a") is None


def test_autosaves_write_no_audit_rows(vault: Vault) -> None:
    before = audit.head(vault.conn)
    with vault.transaction() as c:
        repo.put(c, slot="a", kind="editor", reference="", base_version=None, user="u",
                 draft="{}")  # fmt: skip
        repo.delete(c, "a")
    assert audit.head(vault.conn) == before
    assert audit.verify_chain(vault.conn) == []


def test_unknown_kind_is_refused(vault: Vault) -> None:
    with pytest.raises(ValueError, match="kind"), vault.transaction() as c:
        repo.put(c, slot="a", kind="notes", reference="", base_version=None, user="u", draft="")


def test_a_version_4_vault_gets_the_autosave_table_when_opened(vault_dir) -> None:
    from helpers import PASSPHRASE, make_vault

    from kasuhara_desktop.vault import migrate as migrate_mod
    from kasuhara_desktop.vault.connection import connect

    vault, key = make_vault(vault_dir)
    vault.close()
    (vault_dir / "vault.db").unlink()
    conn = connect(vault_dir / "vault.db", key, create=True)
    for _version, sql in migrate_mod.available_migrations()[:4]:
        for statement in migrate_mod._statements(sql):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert migrate_mod.current_version(v.conn) == migrate_mod.latest_version()
        assert repo.list_rows(v.conn) == []
        with v.transaction() as c:
            repo.put(c, slot="s", kind="guide", reference="", base_version=None, user="u",
                     draft="{}")  # fmt: skip
        assert [r.slot for r in repo.list_rows(v.conn)] == ["s"]
    assert len(list(vault_dir.glob("vault.db.v4-*.bak"))) == 1
