"""verify reads the logbook in pages: its peak memory does not grow with the number of incidents.

At 200,000 incidents the revision check held every snapshot at once (977 MiB resident); these
tests measure the checks' peak allocation (tracemalloc) on a small and a four times larger
logbook, and a held-everything implementation would show about four times the peak.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import pytest
from helpers import OWNER, sample_incident

from kasuhara_desktop.services import verify
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.repositories import incidents as repo
from kasuhara_desktop.vault.vault import Vault

# Long summaries make each snapshot large, so holding them all would be plain to see.
_SUMMARY = "お客様が返金を求めて大声で怒鳴り続けた。" * 40


def _add_incidents(vault: Vault, count: int) -> None:
    with vault.transaction() as conn:
        for _ in range(count):
            repo.insert(conn, sample_incident(_SUMMARY), OWNER)
    # The anchor's coalesced write (a timer thread, within a second) must not land inside a
    # measurement: tracemalloc counts every thread's allocations.
    vault.settle_anchor()


def _peak(check: Callable[[], list[str]]) -> int:
    tracemalloc.start()
    try:
        assert check() == []
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _peaks(
    vault: Vault, check: Callable[[], list[str]], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, int]:
    # Pages of 100 rows: both sizes span several pages, so both peaks are the plateau.
    monkeypatch.setattr(verify, "PAGE_ROWS", 100)
    _add_incidents(vault, 600)
    small = _peak(check)
    _add_incidents(vault, 1800)  # 2,400 in all: four times as many
    return small, _peak(check)


def test_revision_check_memory_stays_flat(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _peaks(vault, lambda: verify._revisions_match_audit(vault.conn), monkeypatch)
    assert large < small * 1.5, (small, large)


def test_record_check_memory_stays_flat(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _peaks(vault, lambda: verify._records_match_audit(vault.conn), monkeypatch)
    assert large < small * 1.5, (small, large)


def test_chain_check_memory_stays_flat(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _peaks(vault, lambda: audit.verify_chain(vault.conn), monkeypatch)
    assert large < small * 1.5, (small, large)


def test_streamed_revision_check_still_finds_a_changed_version(vault: Vault) -> None:
    _add_incidents(vault, 1200)  # more than two pages of each stream
    reference = vault.conn.execute("SELECT reference FROM incidents WHERE id = 1100").fetchone()[0]
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE incident_revisions SET snapshot = replace(snapshot, '怒鳴り', '話し')"
            " WHERE incident_id = 1100"
        )
    assert verify._revisions_match_audit(vault.conn) == [
        f"{reference} version 1 was changed after it was saved"
    ]
