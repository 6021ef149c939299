"""Benchmark: unlock time, and 10,000 incidents inserted and listed, against plain sqlite3.

Run: ``python tests/bench/bench_vault.py [--incidents 10000]``. Not part of the test run.

Two baselines, both the same schema (the shipped migrations) in plain ``sqlite3``, measured in
this run on this machine:

* **The same program on plain sqlite3**: the real ``IncidentService`` and repositories, with
  the vault's pragmas, over an unencrypted ``sqlite3`` connection. The ratio is what the vault
  itself costs (SQLCipher's page encryption and page HMAC, the key, the vault object): the
  issue's "same schema in plain sqlite3" with the same work done on both sides.
* **Bare SQL**: the same rows (revision snapshot and audit rows included, prepared before the
  clock starts) written by hand-written SQL, one incident per transaction as the app commits.
  This ratio also charges the vault for all the program's own Python work (domain objects to
  rows, hashing the audit chain, building the search text and the JSON snapshot).

Target (issue 2): at most 1.5x.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

# Plain SQLite through sqlcipher3 without a key: the same SQLite build as the vault (the
# schema's full-text index needs SQLite 3.43+, newer than many systems' sqlite3), so the
# ratio is the encryption's share and nothing else.
import sqlcipher3.dbapi2 as sqlite3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from helpers import sample_incident

from kasuhara_desktop.domain.enums import Employment, TimelineKind
from kasuhara_desktop.domain.incident_json import incident_to_dict
from kasuhara_desktop.domain.models import ShopProfile, StaffMember, TimelineEntry
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault.kdf import calibrate
from kasuhara_desktop.vault.migrate import _statements, available_migrations, migrate
from kasuhara_desktop.vault.repositories import incidents as incident_repo
from kasuhara_desktop.vault.repositories import people, shop
from kasuhara_desktop.vault.search import index_tokens, register_functions
from kasuhara_desktop.vault.vault import Vault

TZ = ZoneInfo("Asia/Tokyo")


def median_time(work: Callable[[], None], runs: int = 101) -> float:
    """Median seconds of ``work`` over ``runs`` runs after one warm-up (the first run reads
    and, in the vault, decrypts the pages; later ones find them in the page cache)."""
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def incidents(n: int):  # type: ignore[no-untyped-def]
    base = datetime(2025, 1, 1, 9, 0, tzinfo=TZ)
    for i in range(n):
        at = base + timedelta(hours=7 * i)
        inc = sample_incident(f"件 {i} 返金要求と暴言")
        inc.occurred_at = at
        inc.timeline = [
            TimelineEntry(
                at=at + timedelta(minutes=m), kind=TimelineKind.NOTE, description=f"経過 {m}"
            )
            for m in range(5)
        ]
        yield inc


def bench_plain(folder: Path, n: int, *, bulk: bool = False) -> tuple[float, float]:
    conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   "temp_store = MEMORY", "secure_delete = ON"):  # fmt: skip
        conn.execute("PRAGMA " + pragma)
    register_functions(conn)
    for _, sql in available_migrations():
        for statement in _statements(sql):
            conn.execute(statement)
    conn.execute("INSERT INTO staff (name) VALUES ('佐藤')")
    # The same rows the vault writes (revision snapshot and audit rows included), prepared
    # before the clock starts so that only SQL is timed.
    prepared = [
        (
            inc,
            json.dumps(incident_to_dict(inc), ensure_ascii=False),
            index_tokens(incident_repo.search_text(inc)),
        )
        for inc in incidents(n)
    ]
    start = time.perf_counter()
    if bulk:
        conn.execute("BEGIN IMMEDIATE")
    for i, (inc, snapshot, tokens) in enumerate(prepared):
        if not bulk:
            conn.execute("BEGIN IMMEDIATE")
        person = conn.execute(
            "INSERT INTO persons (label, description) VALUES (?, ?)", ("客A", "黒い服")
        ).lastrowid
        cur = conn.execute(
            "INSERT INTO incidents (reference, occurred_at, occurred_utc, timezone, location,"
            " channel, summary, demand, status, version, created_at, created_by, updated_at,"
            " updated_by, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
            (f"K-{i}", inc.occurred_at.isoformat(), inc.occurred_at.isoformat(), "Asia/Tokyo",
             inc.location, "in_person", inc.summary, inc.demand, "draft", "x", "u", "x", "u",
             ""),
        )  # fmt: skip
        iid = cur.lastrowid
        conn.execute("INSERT INTO incident_search (rowid, grams) VALUES (?, ?)", (iid, tokens))
        conn.executemany(
            "INSERT INTO incident_behaviours (incident_id, code, position) VALUES (?, ?, ?)",
            [(iid, b.value, k) for k, b in enumerate(inc.behaviours)],
        )
        conn.executemany(
            "INSERT INTO timeline (incident_id, position, at, kind, description, by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(iid, k, t.at.isoformat(), t.kind.value, t.description, t.by)
             for k, t in enumerate(inc.timeline)],
        )  # fmt: skip
        conn.execute(
            "INSERT INTO quotes (incident_id, position, speaker, words) VALUES (?, 0, ?, ?)",
            (iid, "客", "馬鹿野郎"),
        )
        conn.execute(
            "INSERT INTO participants (incident_id, position, role, person_id)"
            " VALUES (?, 0, 'customer', ?)",
            (iid, person),
        )
        conn.execute(
            "INSERT INTO incident_revisions (incident_id, version, at, user, changed, snapshot)"
            " VALUES (?, 1, ?, 'u', '[]', ?)",
            (iid, inc.occurred_at.isoformat(), snapshot),
        )
        for entity in ("person", "incident"):
            conn.execute(
                "INSERT INTO audit (at, user, action, entity, entity_id, content_hash,"
                " prev_hash, hash) VALUES (?, 'u', 'create', ?, ?, ?, ?, ?)",
                (inc.occurred_at.isoformat(), entity, str(iid), "0" * 64, "0" * 64, "0" * 64),
            )
        conn.execute(
            "INSERT INTO participants (incident_id, position, role, staff_id)"
            " VALUES (?, 1, 'target', 1)",
            (iid,),
        )
        if not bulk:
            conn.execute("COMMIT")
    if bulk:
        conn.execute("COMMIT")
    insert_s = time.perf_counter() - start

    def list_page() -> None:
        conn.execute("SELECT count(*) FROM incidents").fetchone()
        conn.execute(
            "SELECT id, reference, occurred_at, channel, status, summary, location,"
            " (SELECT group_concat(code) FROM incident_behaviours b"
            "  WHERE b.incident_id = incidents.id)"
            " FROM incidents ORDER BY occurred_utc DESC LIMIT 200"
        ).fetchall()

    list_s = median_time(list_page)
    conn.close()
    return insert_s, list_s


# The pragmas vault/connection.py sets after the key.
VAULT_PRAGMAS = ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL",
                 "temp_store = MEMORY", "cache_size = -65536", "secure_delete = ON")  # fmt: skip


class PlainVault:
    """What ``IncidentService`` needs of a vault, over an unencrypted ``sqlite3`` database with
    the vault's own pragmas and schema (the first baseline)."""

    user = "owner"

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in VAULT_PRAGMAS:
            self.conn.execute("PRAGMA " + pragma)
        migrate(self.conn, path)
        with self.transaction() as conn:
            shop.save(conn, ShopProfile(name="bench"), self.user)
            owner = StaffMember(name=self.user, employment=Employment.OWNER)
            people.upsert_staff(conn, owner, self.user)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise


def run_service(service: IncidentService, n: int, *, bulk: bool) -> tuple[float, float]:
    """Insert ``n`` incidents through ``service``, then time the first list page."""
    batch = list(incidents(n))
    start = time.perf_counter()
    if bulk:
        service.add_many(batch)
    else:
        for inc in batch:
            service.add(inc)
    insert_s = time.perf_counter() - start

    def list_page() -> None:
        service.count(IncidentFilter())
        service.find(IncidentFilter(), limit=200)

    return insert_s, median_time(list_page)


def bench_program_plain(folder: Path, n: int, *, bulk: bool = False) -> tuple[float, float]:
    store = PlainVault(folder / "program-plain.db")
    try:
        owner = Access("owner", "owner", Role.OWNER)  # the plain store has no users table
        return run_service(IncidentService(store, access=owner), n, bulk=bulk)  # type: ignore[arg-type]
    finally:
        store.conn.close()


def bench_vault(folder: Path, n: int, *, bulk: bool = False) -> tuple[float, float, float, str]:
    params = calibrate()
    vault, _ = Vault.create(folder / "vault", ShopProfile(name="bench"), "owner", "pw", kdf=params)
    vault.close()
    start = time.perf_counter()
    vault = Vault.open(folder / "vault", passphrase="pw")
    unlock_s = time.perf_counter() - start
    insert_s, list_s = run_service(IncidentService(vault), n, bulk=bulk)
    vault.close()
    desc = f"Argon2id t={params.time_cost} m={params.memory_kib} KiB p={params.parallelism}"
    return unlock_s, insert_s, list_s, desc


def ratio(vault_s: float, base_s: float) -> str:
    return f"{vault_s / base_s:.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the databases")
    args = parser.parse_args()
    n = args.incidents
    rows = []
    unlock = ""
    for bulk in (False, True):
        with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            folder = Path(tmp)
            bare = bench_plain(folder, n, bulk=bulk)
            program = bench_program_plain(folder, n, bulk=bulk)
            unlock_s, v_insert, v_list, desc = bench_vault(folder, n, bulk=bulk)
            unlock = f"unlock: {unlock_s:.3f} s ({desc})"
        how = "all in one transaction (import)" if bulk else "one transaction each (saves)"
        rows.append((f"insert, {how}", v_insert, program[0], bare[0]))
        if not bulk:
            rows.append(("list: count + first 200, newest first", v_list, program[1], bare[1]))
    print(unlock)
    print(f"{n} incidents, 5 timeline entries each; seconds (list: median milliseconds of 101)")
    print(f"{'':40s} {'vault':>8s} {'program on sqlite3':>20s} {'bare SQL on sqlite3':>21s}")
    for name, v, p, b in rows:
        scale = 1000 if name.startswith("list") else 1
        print(f"{name:40s} {v * scale:8.2f} {p * scale:10.2f} ({ratio(v, p):>6s})"
              f" {b * scale:10.2f} ({ratio(v, b):>6s})")  # fmt: skip
    print("target: at most 1.5x")


if __name__ == "__main__":
    main()
