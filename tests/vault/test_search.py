"""The incident search through the full-text index (vault/search.py): every query length, widths,
case, edits and deletes kept in step, the index rebuilt by its migration, nothing stored folded."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from helpers import PASSPHRASE, make_vault, sample_incident

from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault import migrate as migrate_mod
from kasuhara_desktop.vault import search, search_rebuild
from kasuhara_desktop.vault.repositories import incident_queries
from kasuhara_desktop.vault.repositories import incidents as repo
from kasuhara_desktop.vault.vault import Vault

SUMMARIES = {
    "dogeza": "客が土下座しろと要求",
    "refund": "Refund demanded, ＳＨＯＵＴＥＤ at staff",
    "kana": "ﾃﾝﾁｮｳを出せと怒鳴る",
    "other": "電話で長時間の苦情",
    "nordic": "Kunden ropte om BLÅBÆR, שלום עברית",
}


@pytest.fixture
def found(vault: Vault) -> dict[str, str]:
    """Reference of each sample by its key, saved through the service (the real save path)."""
    service = IncidentService(vault)
    out = {}
    for key, summary in SUMMARIES.items():
        inc = sample_incident(summary)
        inc.quotes[0].words = "黙れ" if key == "other" else "馬鹿野郎"
        out[key] = service.add(inc).reference
    return out


def refs(vault: Vault, query: str) -> set[str]:
    service = IncidentService(vault)
    listed = {s.reference for s in service.find(IncidentFilter(search=query), limit=50)}
    assert service.count(IncidentFilter(search=query)) == len(listed)
    return listed


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("土", {"dogeza"}),  # one character
        ("求", {"dogeza"}),  # one character found only as the last of its text (end marker)
        ("下座", {"dogeza"}),  # two
        ("土下座", {"dogeza"}),  # three: the phrase of two bigrams
        ("土下座しろ", {"dogeza"}),
        ("座土", set()),  # both characters present, not in that order
        ("黙", {"other"}),  # a quote's words are searched too
        ("refund", {"refund"}),  # Latin, case folded
        ("ＲＥＦＵＮＤ", {"refund"}),  # full-width query, half-width text
        ("shouted", {"refund"}),  # full-width text, half-width query
        ("d", {"refund", "nordic"}),  # one Latin letter (last of its word in "refund")
        ("テンチョウ", {"kana"}),  # full-width kana query, half-width kana text
        ("ﾃﾝﾁｮｳ", {"kana"}),
        ("土下座 要求", {"dogeza"}),  # every term must match
        ("土下座 電話", set()),
        ("馬鹿", {"dogeza", "refund", "kana", "nordic"}),
        ("blåbær", {"nordic"}),  # Norwegian letters, case folded
        ("עברית", {"nordic"}),  # right-to-left text
        ("æ", {"nordic"}),
        ("demanded,shouted", set()),  # words are not joined across the space in the text
    ],
)
def test_search_finds_by_substring(
    vault: Vault, found: dict[str, str], query: str, keys: set[str]
) -> None:
    assert refs(vault, query) == {found[k] for k in keys}


def test_special_characters_are_text_not_query_syntax(vault: Vault, found: dict[str, str]) -> None:
    IncidentService(vault).add(sample_incident('"NEAR" AND * (x) 100%_off'))
    assert len(refs(vault, '"near"')) == 1
    assert len(refs(vault, "100%_")) == 1
    assert refs(vault, "*") == refs(vault, "(x)") == refs(vault, '"near" and')
    assert refs(vault, "%") == refs(vault, "100%")


def test_an_edit_reindexes_in_the_same_save(vault: Vault, found: dict[str, str]) -> None:
    service = IncidentService(vault)
    inc = service.get(found["dogeza"])
    inc.summary = "謝罪を強要"
    service.update(inc.reference, inc, inc.version)
    assert refs(vault, "土下座") == set()
    assert refs(vault, "強要") == {found["dogeza"]}
    # The stored text is exact: only the index is folded.
    assert service.get(found["refund"]).summary == SUMMARIES["refund"]


def test_a_failed_save_leaves_the_index_as_it_was(vault: Vault, found: dict[str, str]) -> None:
    inc = sample_incident("消えるはずの行")
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        repo.insert(conn, inc, vault.user)
        raise RuntimeError("power cut")
    assert refs(vault, "消える") == set()
    rows = vault.conn.execute(f"SELECT count(*) FROM {search.TABLE}").fetchone()[0]
    assert rows == len(SUMMARIES)


def test_the_migration_rebuilds_the_index_from_the_old_column(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    ref = IncidentService(vault).add(sample_incident("土下座を強要")).reference
    # Put the database back as it was before the index: the folded text in the column.
    shipped = migrate_mod.available_migrations()
    mine = next(v for v, sql in shipped if "CREATE VIRTUAL TABLE incident_search" in sql)
    folded = repo.search_text(repo.get(vault.conn, ref))
    with vault.transaction() as conn:
        conn.execute(f"DROP TABLE {search.TABLE}")
        conn.execute("UPDATE incidents SET search_text = ?", (folded,))
    vault.conn.execute(f"PRAGMA user_version = {mine - 1}")
    vault.close()
    # Later migrations (other issues) already ran on this database: ship up to the index only.
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(migrate_mod, "available_migrations", lambda: shipped[:mine])
        with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
            assert refs(v, "土") == refs(v, "強要") == {ref}
            assert refs(v, "電話") == set()
            column = v.conn.execute("SELECT search_text FROM incidents").fetchall()
            assert column == [("",)]


def test_tokens_and_query_agree() -> None:
    tokens = search.index_tokens("ab 土")
    assert tokens == "000061000062 000062000000 00571f000000"
    assert search.match_expression("AB") == '"000061000062"'
    assert search.match_expression("土") == '"00571f"*'
    assert search.match_expression("  \u3000 ") is None


@pytest.mark.parametrize("limit", [0, 10_000])  # the time index walked, or each match looked up
def test_a_page_is_the_same_either_way(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    monkeypatch.setattr(incident_queries, "_LOOKUP_LIMIT", limit)
    service = IncidentService(vault)
    batch = []
    for i in range(30):
        inc = sample_incident(f"件{i} " + ("土下座" if i % 3 else "返金"))
        inc.occurred_at += timedelta(hours=(i * 7) % 30)  # saved out of time order
        batch.append(inc)
    saved = service.add_many(batch)
    wanted = sorted(
        (s for s in saved if "土下座" in s.summary), key=lambda s: (s.occurred_at, s.id)
    )
    page = service.find(IncidentFilter(search="土下座"), offset=2, limit=5)
    assert [s.reference for s in page] == [s.reference for s in reversed(wanted)][2:7]
    assert service.count(IncidentFilter(search="土下座")) == 20
    # With another filter the count goes through the incidents (and still uses the index).
    drafts = IncidentFilter(search="土下座", statuses=frozenset({IncidentStatus.DRAFT}))
    assert service.count(drafts) == len(service.find(drafts)) == 20
    closed = IncidentFilter(search="土下座", statuses=frozenset({IncidentStatus.CLOSED}))
    assert service.count(closed) == 0


def test_the_index_is_rebuilt_from_the_records(vault: Vault, found: dict[str, str]) -> None:
    with vault.transaction() as conn:
        search.clear(conn)
    assert refs(vault, "土下座") == set()
    with vault.transaction() as conn:
        assert search_rebuild.rebuild_search_index(conn) == len(SUMMARIES)
    assert refs(vault, "土下座") == {found["dogeza"]}
    assert refs(vault, "ｒｅｆｕｎｄ") == {found["refund"]}


def test_every_incident_is_read_in_batches(vault: Vault) -> None:
    saved = IncidentService(vault).add_many([sample_incident(f"件{i}") for i in range(7)])
    assert [i.reference for i in repo.iter_all(vault.conn, batch=3)] == [s.reference for s in saved]
