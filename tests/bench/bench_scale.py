"""Benchmark: ten years of a busy shop (200,000 incidents, 2,000 evidence files) against plain SQL.

Run: ``python tests/bench/bench_scale.py [--incidents 200000] [--evidence 2000] [--dir DIR]``.
Not part of the test run (pytest ignores ``tests/bench``). Takes a few minutes at full size.

Every figure is a ratio to its baseline measured in this run on this machine, over the *same
data*: the incidents are generated twice from the same seed, through the repository's own save
(``repositories.incidents.insert``, one transaction for all), once into the vault and once into
a plain database of the same schema (SQLite through sqlcipher3 without a key: the same SQLite
build, the vault's pragmas, no encryption). Baselines:

* **bare SQL**: the plain database queried by hand-written SQL, the same statements the
  repositories run (count + first page; the full-text MATCH for searches), no program code;
* **program on plain**: the real services over the plain database (``bench_vault.PlainVault``):
  the ratio is the vault's own cost (page encryption, the anchor written after each commit).

Peak memory is the process's maximum resident set after each phase (``ru_maxrss``).
Targets (issue 19): list and search at most 2x bare SQL; saves at most 1.5x program on plain.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlcipher3.dbapi2 as sqlite3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vault import PlainVault
from helpers import sample_incident

from kasuhara_desktop.domain.models import Incident, ShopProfile
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.evidence_import import ImportRequest
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.repositories import incident_queries as queries
from kasuhara_desktop.vault.repositories import incidents as repo
from kasuhara_desktop.vault.vault import Vault

TZ = ZoneInfo("Asia/Tokyo")
PHRASES = ["土下座しろ", "馬鹿野郎", "返金しろ", "店長を出せ", "ネットに晒す", "殴るぞ",
           "Refund now", "ﾃﾝﾁｮｳ呼べ", "ＳＮＳに書く", "二度と来ない", "謝罪文を書け"]  # fmt: skip
PLACES = ["レジ前", "電話", "売場", "駐車場", "メール"]
QUERIES = [
    ("1 character, rare: 殴", "殴"),
    ("1 character, common: 店", "店"),
    ("2 characters: 土下", "土下"),
    ("3+ characters: 土下座", "土下座"),
    ("3+ characters, rare: 土下座して謝れ", "土下座して謝れ"),
    ("Latin: refund", "refund"),
    ("full-width Latin: ＲＥＦＵＮＤ", "ＲＥＦＵＮＤ"),
    ("half-width kana: ﾃﾝﾁｮｳ", "ﾃﾝﾁｮｳ"),
    ("full-width kana for half-width text: テンチョウ", "テンチョウ"),
    ("two terms: 返金 レジ前", "返金 レジ前"),
]
SUMMARY_SQL = (
    "SELECT reference, occurred_at, channel, status, summary,"
    " (SELECT group_concat(code) FROM incident_behaviours b WHERE b.incident_id = incidents.id),"
    " assessment, staff_care,"
    " (SELECT coalesce(sum(minutes), 0) FROM costs c WHERE c.incident_id = incidents.id),"
    " (SELECT coalesce(sum(amount_yen), 0) FROM costs c WHERE c.incident_id = incidents.id)"
    " FROM incidents WHERE occurred_utc >= ? AND occurred_utc < ? ORDER BY occurred_utc, id"
)
BASE = datetime(2016, 1, 1, 9, tzinfo=TZ)


def generated(n: int, start: int = 0) -> Iterator[Incident]:
    """The same ``n`` incidents every time (about one every 26 minutes over ten years)."""
    for i in range(start, start + n):
        inc = sample_incident(f"件 {i}: {PHRASES[i % len(PHRASES)]}")
        inc.occurred_at = BASE + timedelta(minutes=26 * i)
        inc.location = PLACES[(i * 3) % len(PLACES)]
        inc.quotes[0].words = PHRASES[(i * 7) % len(PHRASES)] if i % 997 else "土下座して謝れ"
        yield inc


def fill(store: Any, n: int) -> float:
    """``n`` incidents in one transaction through the repository; seconds taken."""
    start = time.perf_counter()
    with store.transaction() as conn:
        for inc in generated(n):
            repo.insert(conn, inc, store.user)
    return time.perf_counter() - start


def median_time(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: the first run reads (and in the vault decrypts) the pages
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_mib() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 2**20


def bare_page(conn: sqlite3.Connection, query: str) -> None:
    """The statements the repositories run for count + first page, without building objects."""
    f = IncidentFilter(search=query)
    conn.execute(*queries.count_query(f)).fetchone()
    conn.execute(*queries.list_query(conn, f, 0, 200, "Asia/Tokyo")).fetchall()


def service_page(service: IncidentService, query: str) -> None:
    f = IncidentFilter(search=query)
    service.count(f)
    service.find(f, limit=200)


def year_bounds(year: int) -> tuple[str, str]:
    return (f"{year - 1}-12-31T15:00:00", f"{year}-12-31T15:00:00")  # JST year in UTC keys


def add_evidence(vault: Vault, folder: Path, count: int) -> tuple[float, float]:
    """``count`` files of 64 KiB made on the fly, imported 100 per call into spread incidents.
    Returns the vault's seconds and the floor: the same bytes hashed and written with fsync."""
    src = folder / "evidence-src"
    src.mkdir()
    service = EvidenceService(vault)
    references = [s.reference for s in IncidentService(vault).find(IncidentFilter(), limit=20)]
    files = []
    for k in range(count):
        path = src / f"証拠{k:05d}.jpg"
        path.write_bytes(hashlib.sha256(str(k).encode()).digest() * 2048)
        files.append(path)
    start = time.perf_counter()
    for k in range(0, count, 100):
        batch = [ImportRequest(p) for p in files[k : k + 100]]
        service.add_files(references[(k // 100) % len(references)], batch)
    vault_s = time.perf_counter() - start
    floor_dir = folder / "floor"
    floor_dir.mkdir()
    start = time.perf_counter()
    for k, path in enumerate(files):
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        with open(floor_dir / str(k), "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    floor_s = time.perf_counter() - start
    for path in files:
        path.unlink()
    return vault_s, floor_s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=200_000)
    parser.add_argument("--evidence", type=int, default=2_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--runs", type=int, default=21, help="runs per query (median)")
    parser.add_argument("--dir", type=Path, default=None, help="where to put the databases")
    args = parser.parse_args()
    n = args.incidents
    rows: list[tuple[str, float, float | None, float | None]] = []  # vault, program, bare
    memory: list[tuple[str, float]] = [("start", peak_mib())]
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        vault, key = Vault.create(folder / "vault", ShopProfile(name="bench"), "owner", "pw",
                                  kdf=FAST_PARAMS)  # fmt: skip
        plain = PlainVault(folder / "plain.db")
        v_fill = fill(vault, n)
        memory.append(("after filling the vault", peak_mib()))
        p_fill = fill(plain, n)
        rows.append((f"fill {n} incidents, one transaction", v_fill, p_fill, None))
        memory.append(("after filling both", peak_mib()))
        # The same signed-in owner for both (the plain store has no users table to read).
        owner = Access("owner", "owner", Role.OWNER)
        v_service = IncidentService(vault, access=owner)
        p_service = IncidentService(plain, access=owner)  # type: ignore[arg-type]
        bare = sqlite3.connect(folder / "plain.db")
        for label, query in [("list: count + first 200", ""), *QUERIES]:
            v = median_time(lambda q=query: service_page(v_service, q), args.runs)  # type: ignore[misc]
            p = median_time(lambda q=query: service_page(p_service, q), args.runs)  # type: ignore[misc]
            b = median_time(lambda q=query: bare_page(bare, q), args.runs)  # type: ignore[misc]
            label = label if not query else f"search {label}"
            rows.append((label, v, p, b))
        memory.append(("after list and search", peak_mib()))
        last_year = (BASE + timedelta(minutes=26 * (n - 1))).year
        period = IncidentFilter(date_from=date(last_year, 1, 1), date_to=date(last_year, 12, 31))
        v = median_time(lambda: v_service.summary_rows(period), 5)
        p = median_time(lambda: p_service.summary_rows(period), 5)
        b = median_time(lambda: bare.execute(SUMMARY_SQL, year_bounds(last_year)).fetchall(), 5)
        rows.append((f"period summary rows, {last_year}", v, p, b))
        memory.append(("after the period summary", peak_mib()))
        saves = list(generated(args.saves, start=n))
        v = median_time(lambda: v_service.add(saves.pop()), args.saves - 2)
        saves = list(generated(args.saves, start=n))
        p = median_time(lambda: p_service.add(saves.pop()), args.saves - 2)
        rows.append(("save one incident (own transaction)", v, p, None))
        # The same without the anchor.json update after each commit (an in-place write of one
        # slot, vault/anchor.py): what is left is the database's share, encryption included.
        saves = list(generated(args.saves, start=n))
        vault.write_anchor = lambda **_: None  # type: ignore[method-assign]
        v = median_time(lambda: v_service.add(saves.pop()), args.saves - 2)
        del vault.write_anchor
        rows.append(("  the same, without rewriting anchor.json", v, p, None))
        if args.evidence:
            v_ev, floor_ev = add_evidence(vault, folder, args.evidence)
            rows.append((f"import {args.evidence} evidence files of 64 KiB", v_ev, None, floor_ev))
            memory.append(("after evidence", peak_mib()))
        start = time.perf_counter()
        report = verify_vault(vault)
        verify_s = time.perf_counter() - start
        memory.append(("after verify", peak_mib()))
        vault.close()
        bare.close()
        plain.conn.close()

        def open_vault() -> None:
            with Vault.open(folder / "vault", recovery_key=key) as reopened:
                service_page(IncidentService(reopened), "")

        def open_plain() -> None:
            conn = sqlite3.connect(folder / "plain.db")
            bare_page(conn, "")
            conn.close()

        rows.append(("open (recovery key) + count + first page", median_time(open_vault, 5),
                     None, median_time(open_plain, 5)))  # fmt: skip
    print_results(n, args, rows, memory, verify_s, report.ok if hasattr(report, "ok") else None)


def print_results(n: int, args: argparse.Namespace, rows: list[tuple[str, float, float | None,
                  float | None]], memory: list[tuple[str, float]], verify_s: float,
                  verify_ok: object) -> None:  # fmt: skip
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")  # fmt: skip
    print(f"{n} incidents, {args.evidence} evidence files; milliseconds (median)")
    print(f"| {'figure':55s} | {'vault':>9s} | {'program on plain':>22s} | {'bare SQL':>20s} |")
    print(f"|{'-' * 57}|{'-' * 11}|{'-' * 24}|{'-' * 22}|")
    for name, v, p, b in rows:
        ps = f"{p * 1000:9.2f} ({v / p:5.2f}x)" if p else ""
        bs = f"{b * 1000:9.2f} ({v / b:5.2f}x)" if b else ""
        print(f"| {name:55s} | {v * 1000:9.2f} | {ps:>22s} | {bs:>20s} |")
    print(f"verify (chain, revisions, {args.evidence} files): {verify_s:.2f} s, ok={verify_ok}")
    print("peak resident memory: " + "; ".join(f"{k} {m:.0f} MiB" for k, m in memory))
    print("targets: list and search at most 2x bare SQL; saves at most 1.5x program on plain")


if __name__ == "__main__":
    main()
