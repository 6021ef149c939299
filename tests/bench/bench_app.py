"""Benchmark: a vault of 50,000 incidents opened and listed, a search over it, and cold start.

Run: ``python tests/bench/bench_app.py [--incidents 50000]``. Not part of the test run.

Baselines, measured in the same run on the same machine:
- list and search: the *same data* exported unencrypted (``sqlcipher_export``) and queried with
  plain ``sqlite3`` using equivalent SQL (no program code);
- cold start: a bare PySide6 process that shows one empty window, against the program's process
  showing its unlock window (both timed from process start to the window on screen).
Targets (issue 4): cold start at most 2x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

# Plain SQLite through sqlcipher3 without a key: the same SQLite build (the search index needs
# 3.43+, newer than many systems' sqlite3).
import sqlcipher3.dbapi2 as sqlite3  # noqa: E402
from helpers import sample_incident  # noqa: E402

from kasuhara_desktop.domain.models import ShopProfile  # noqa: E402
from kasuhara_desktop.domain.query import IncidentFilter  # noqa: E402
from kasuhara_desktop.services.incidents import IncidentService  # noqa: E402
from kasuhara_desktop.vault import search as search_index  # noqa: E402
from kasuhara_desktop.vault.kdf import FAST_PARAMS  # noqa: E402
from kasuhara_desktop.vault.vault import Vault  # noqa: E402

TZ = ZoneInfo("Asia/Tokyo")
WORDS = ["土下座しろ", "馬鹿野郎", "返金しろ", "店長を出せ", "ネットに晒す", "refund now"]


def fill(folder: Path, n: int) -> bytes:
    vault, key = Vault.create(folder, ShopProfile(name="bench"), "owner", "pw", kdf=FAST_PARAMS)
    service = IncidentService(vault)
    base = datetime(2020, 1, 1, 9, tzinfo=TZ)
    batch = []
    for i in range(n):
        inc = sample_incident(f"件 {i}: {WORDS[i % len(WORDS)]}")
        inc.occurred_at = base + timedelta(hours=3 * i)
        inc.quotes[0].words = WORDS[(i * 7) % len(WORDS)] if i % 97 else "土下座して謝れ"
        batch.append(inc)
        if len(batch) == 5000:
            service.add_many(batch)
            batch = []
    service.add_many(batch)
    vault.conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(folder / "plain.db"),))
    vault.conn.execute("SELECT sqlcipher_export('plaintext')")
    vault.conn.execute("DETACH DATABASE plaintext")
    vault.close()
    return key


def timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


LIST_SQL = (
    "SELECT id, reference, occurred_at, channel, status, summary, location,"
    " (SELECT group_concat(code) FROM incident_behaviours b WHERE b.incident_id = incidents.id)"
    " FROM incidents {where} ORDER BY occurred_utc DESC, id DESC LIMIT 200"
)


def plain_open_and_list(path: Path, search: str | None) -> None:
    conn = sqlite3.connect(path)
    # The same full-text index query the program runs (vault/search.py).
    found, args = search_index.where_clause(search or "")
    where = f"WHERE {found}" if found else ""
    conn.execute("SELECT count(*) FROM incidents " + where, args).fetchone()
    conn.execute(LIST_SQL.format(where=where), args).fetchall()
    conn.close()


def vault_open_and_list(folder: Path, key: bytes, search: str | None) -> None:
    # The real path minus Argon2id (it is tuned to take ~0.5 s on purpose; bench_vault.py
    # reports it): opening with the recovery key does everything else an unlock does.
    vault = Vault.open(folder, recovery_key=key)
    service = IncidentService(vault)
    query = IncidentFilter(search=search or "")
    service.count(query)
    service.find(query, limit=200)
    vault.close()


APP_CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from kasuhara_desktop.ui.shell import AppShell, create_application
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.i18n import install_translators, apply_fonts
app = create_application()
install_translators("ja"); apply_fonts("ja")
shell = AppShell(AppSettings(), lambda v: None, "ja", None, None)
shell.show_unlock(Path(sys.argv[1]))
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

BARE_CHILD = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(560, 300); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def cold_start(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True, timeout=120)  # fmt: skip
    assert "shown" in out.stdout, out.stderr
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=50_000)
    n = parser.parse_args().incidents
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        start = time.perf_counter()
        key = fill(folder, n)
        print(f"built {n} incidents in {time.perf_counter() - start:.1f} s")
        plain = folder / "plain.db"
        for label, search in (
            ("open + count + first page", None),
            ("open + search 土下座 (count + first page)", "土下座"),
        ):
            p = timed(lambda s=search: plain_open_and_list(plain, s))  # type: ignore[misc]
            v = timed(lambda s=search: vault_open_and_list(folder, key, s))  # type: ignore[misc]
            print(f"{label}: plain SQL {p * 1000:.1f} ms, program {v * 1000:.1f} ms, "
                  f"ratio {v / p:.2f}x")  # fmt: skip
        (folder / "plain.db").unlink()
        cold_start(BARE_CHILD)  # warm the OS file cache for both
        bare = statistics.median(cold_start(BARE_CHILD) for _ in range(5))
        app = statistics.median(cold_start(APP_CHILD, str(folder)) for _ in range(5))
        print(f"cold start to window: bare PySide6 {bare:.2f} s, unlock window {app:.2f} s, "
              f"ratio {app / bare:.2f}x (target at most 2x)")  # fmt: skip


if __name__ == "__main__":
    main()
