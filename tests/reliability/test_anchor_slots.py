"""The anchor's two slots: each save overwrites the older one in place, without an fsync.

A save used to cost two extra fsyncs and a rename (the anchor rewritten atomically); now the
database's own commit is the only durable write, and the anchor can only lag behind it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE, sample_incident
from reliability_support import FilledVault

from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault import anchor
from kasuhara_desktop.vault.anchor_writer import INTERVAL_SECONDS
from kasuhara_desktop.vault.header import load_header
from kasuhara_desktop.vault.vault import Vault


def slots(folder: Path) -> list[dict[str, object] | None]:
    raw = (folder / anchor.ANCHOR_NAME).read_bytes()
    assert len(raw) == 2 * anchor.SLOT_BYTES
    out: list[dict[str, object] | None] = []
    for part in (raw[: anchor.SLOT_BYTES], raw[anchor.SLOT_BYTES :]):
        try:
            out.append(json.loads(part))
        except ValueError:
            out.append(None)
    return out


def newest_id(folder: Path) -> int:
    return max(int(s["last_id"]) for s in slots(folder) if s)  # type: ignore[call-overload]


def test_saves_alternate_between_the_slots_and_never_fsync(
    filled: FilledVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        service = IncidentService(vault)
        service.add(sample_incident("一件目"))
        before = [s["last_id"] if s else None for s in slots(filled.folder)]
        synced: list[int] = []
        real_fsync = os.fsync
        monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
        service.add(sample_incident("二件目"))
        vault.settle_anchor()  # within a second of the first: written by the timer, or now
        after = [s["last_id"] if s else None for s in slots(filled.folder)]
        monkeypatch.setattr(os, "fsync", real_fsync)
        head, _ = anchor.db_head(vault.conn)
    # Exactly one slot changed, to the new head; the other still holds the previous anchor.
    assert sorted(after, key=str) != sorted(before, key=str)
    assert head in after and sum(a != b for a, b in zip(before, after, strict=True)) == 1
    # The only fsyncs of the save were SQLite's own (it calls fsync through its VFS, not
    # Python's os.fsync): the anchor added none.
    assert synced == []


def test_a_torn_newest_slot_falls_back_to_the_other_and_opens_without_alarm(
    filled: FilledVault,
) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        IncidentService(vault).add(sample_incident("一件目"))
        IncidentService(vault).add(sample_incident("二件目"))
    newest = newest_id(filled.folder)
    index = [int(s["last_id"]) if s else -1 for s in slots(filled.folder)].index(newest)  # type: ignore[call-overload]
    path = filled.folder / anchor.ANCHOR_NAME
    with open(path, "r+b") as fh:  # a power cut in the middle of rewriting that slot
        fh.seek(index * anchor.SLOT_BYTES + 10)
        fh.write(b"\x00" * 200)
    vault_id = load_header(filled.folder).vault_id
    found = anchor.read(filled.folder, filled.key, vault_id)
    assert found is not None and found.last_id < newest
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback_problems == []  # the database is ahead of the anchor: normal


def test_a_slot_that_does_not_authenticate_is_reported_not_passed_over(
    filled: FilledVault,
) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        IncidentService(vault).add(sample_incident("一件目"))
    path = filled.folder / anchor.ANCHOR_NAME
    raw = bytearray(path.read_bytes())
    doc = json.loads(raw[: anchor.SLOT_BYTES])
    doc["last_id"] = int(doc["last_id"]) + 100  # forged without the key
    forged = json.dumps(doc).encode()
    raw[: anchor.SLOT_BYTES] = forged + b" " * (anchor.SLOT_BYTES - 1 - len(forged)) + b"\n"
    path.write_bytes(bytes(raw))
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        [problem] = vault.rollback_problems
    assert "does not authenticate" in problem


def test_an_anchor_written_by_the_previous_version_is_read_and_then_converted(
    filled: FilledVault,
) -> None:
    vault_id = load_header(filled.folder).vault_id
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        last_id, head = anchor.db_head(vault.conn)
    # The one-document layout of before (indented JSON, no padding).
    path = filled.folder / anchor.ANCHOR_NAME
    doc = max((s for s in slots(filled.folder) if s), key=lambda s: int(s["last_id"]))  # type: ignore[call-overload]
    path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    found = anchor.read(filled.folder, filled.key, vault_id)
    assert found is not None and (found.last_id, found.head) == (last_id, head)
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback_problems == []
        IncidentService(vault).add(sample_incident("変換"))
    assert path.stat().st_size == 2 * anchor.SLOT_BYTES
    assert newest_id(filled.folder) > last_id


def test_a_burst_of_saves_is_recorded_within_a_second_without_another_save(
    filled: FilledVault,
) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        service = IncidentService(vault)
        for n in range(5):  # well within a second: one write now, the rest coalesced
            service.add(sample_incident(f"連続 {n}"))
        head, _ = anchor.db_head(vault.conn)
        assert newest_id(filled.folder) < head  # the burst's end is not written yet
        deadline = time.monotonic() + INTERVAL_SECONDS + 2.0
        while newest_id(filled.folder) < head and time.monotonic() < deadline:
            time.sleep(0.05)
        # The timer wrote it: nothing else happened in the vault.
        assert newest_id(filled.folder) == head


def test_lock_writes_what_a_burst_left_pending(filled: FilledVault) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        service = IncidentService(vault)
        for n in range(3):
            service.add(sample_incident(f"連続 {n}"))
        head, _ = anchor.db_head(vault.conn)
    assert newest_id(filled.folder) == head
