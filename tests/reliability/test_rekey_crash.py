"""A kill at any moment of a rekey leaves a vault that opens with the old or the new key.

A child process runs the rekey service on a copy of one vault (an incident, two evidence files,
and a few MB of free pages so that ``PRAGMA rekey`` takes long enough to be hit) and is
SIGKILLed:

- at a *trace point*: the N-th file operation or SQL statement of the rekey (before or after
  it: ``os.replace``, ``os.link``, ``os.unlink``, ``os.fsync``, each ``execute`` of the vault's
  connection). A first run counts the points; CI kills at a spread sample of them, the full
  run at every one;
- at a random moment after the rekey started (mostly inside ``PRAGMA rekey``, which rewrites
  every page of the database in one transaction).

After each kill: the old or the new recovery key opens the vault (tried first, before any
passphrase open finishes the interrupted rekey; every other round the new key first, as for
someone who holds only the new sheet), the passphrase opens it, no pending header is
left, the incident and both evidence files are there and decrypt to the bytes imported (the
evidence files were not rewritten: their keys live in the database rows, which the rekey
re-encrypts), ``verify`` passes (audit chain, anchor), the other recovery key is refused, and
``vault.json.prev`` opens nothing the current key does not.

A read-only open (a write-protected copy) neither finishes nor undoes an interrupted rekey: it
opens what still opens with the old header, else says to copy the folder first.

``KASUHARA_FULL_REKEY_KILLS=N``: every trace point plus N random-moment kills (README).
"""

from __future__ import annotations

import hashlib
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from reliability_support import FilledVault

from kasuhara_desktop.domain.errors import WrongSecretError
from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.connection import connect
from kasuhara_desktop.vault.header import VaultHeader, load_header
from kasuhara_desktop.vault.rekey import PENDING_NAME
from kasuhara_desktop.vault.vault import Vault

FULL = os.environ.get("KASUHARA_FULL_REKEY_KILLS")
RANDOM_KILLS = int(FULL) if FULL else 3
SAMPLED_POINTS = 8  # trace points killed at in CI (spread over the whole rekey)

CHILD = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from helpers import PASSPHRASE
from kasuhara_desktop.services.rekey import rekey_vault, sheet_saver
from kasuhara_desktop.vault.vault import Vault

folder, kill_at, key_file = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
points = 0

def tick():
    global points
    points += 1
    if points == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

def traced(fn):
    def call(*args, **kwargs):
        tick()
        result = fn(*args, **kwargs)
        tick()
        return result
    return call

class Conn:
    def __init__(self, conn):
        self._conn = conn
    def execute(self, *args):
        return traced(self._conn.execute)(*args)
    def __getattr__(self, name):
        return getattr(self._conn, name)

vault = Vault.open(folder, passphrase=PASSPHRASE)
save = sheet_saver(vault, folder.parent / "new-sheet.pdf", "en")

def write_sheet(new_key):
    key_file.write_text(new_key.hex())  # for the test's checks only
    save(new_key)
    print("rekeying", flush=True)  # the random-moment kills aim after this line

for name in ("replace", "rename", "link", "unlink", "fsync"):
    setattr(os, name, traced(getattr(os, name)))
vault._conn = Conn(vault._conn)
print("go", flush=True)
rekey_vault(vault, PASSPHRASE, write_sheet)
print("points", points, flush=True)
vault.close()
"""


def _pad(filled: FilledVault) -> None:
    """A few MB of free pages: the schema stays as it is, but every page is rekeyed."""
    conn = connect(filled.folder / "vault.db", filled.key)
    try:
        conn.execute("CREATE TABLE pad (x BLOB)")
        conn.executemany("INSERT INTO pad VALUES (?)", [(os.urandom(3000),) for _ in range(1500)])
        conn.execute("DROP TABLE pad")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _run_child(folder: Path, kill_at: int, delay: float | None) -> tuple[int, str, bool]:
    """Run the rekey child; its exit code, output, and whether a rollback journal is left."""
    tests_dir = str(Path(__file__).resolve().parents[1])
    key_file = folder.parent / "new-key.txt"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(kill_at), str(key_file), tests_dir],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert child.stdout is not None
    first = child.stdout.readline().decode()
    assert first.strip() == "go", child.stderr.read().decode() if child.stderr else first
    if delay is not None:
        child.stdout.readline()  # "rekeying": the sheet is written, PRAGMA rekey starts
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=120)
    assert child.returncode in (0, -signal.SIGKILL), err.decode()
    hot = (folder / "vault.db-journal").exists()
    return child.returncode, out.decode(), hot


def _opens_with_recovery(folder: Path, key: bytes | None) -> bool:
    if key is None:
        return False
    try:
        Vault.open(folder, recovery_key=key).close()
    except WrongSecretError:
        return False
    return True


def _check(
    filled: FilledVault, folder: Path, new_key: bytes | None, originals: dict, new_first: bool
) -> str:
    """Every promise after one kill; returns 'old' or 'new' (which key the vault has).

    ``new_first``: the new sheet's key is tried first (someone who has only the new sheet; with
    a hot journal of the rekey, that attempt must fail without harm)."""
    if new_first:
        new_opens = _opens_with_recovery(folder, new_key)
        old_opens = not new_opens and _opens_with_recovery(folder, filled.key)
    else:
        old_opens = _opens_with_recovery(folder, filled.key)
        new_opens = not old_opens and _opens_with_recovery(folder, new_key)
    assert old_opens or new_opens, "neither the old nor the new recovery key opens the vault"
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        state = "old" if vault.data_key == filled.key else "new"
        assert state == ("old" if old_opens else "new")
        assert not (folder / PENDING_NAME).exists()
        assert IncidentService(vault).get(filled.reference).reference == filled.reference
        evidence = EvidenceService(vault)
        for evidence_id, digest in originals.items():
            assert hashlib.sha256(evidence.read_all(evidence_id)).hexdigest() == digest
        rekey_rows = [r for r in audit.rows(vault.conn) if r.action == "rekey"]
        assert len(rekey_rows) == (0 if state == "old" else 1)  # noted once, when it happened
        report = verify_vault(vault)
        assert report.ok, [c for c in report.checks if not c.ok]
        current = vault.data_key
    other = new_key if state == "old" else filled.key
    assert not _opens_with_recovery(folder, other), "the other recovery key still opens it"
    load_header(folder, "vault.json.prev").check_key(current)  # the copy holds no revoked key
    if state == "old" and new_key is not None:
        # The abandoned key reached a sheet: it must not keep a MAC on the anchor either.
        assert b"mac_next" not in (folder / "anchor.json").read_bytes()  # in neither slot
    return state


@pytest.mark.timeout(1800)
def test_kill_at_any_moment_of_a_rekey_leaves_old_or_new_key(
    filled: FilledVault, tmp_path: Path
) -> None:
    _pad(filled)
    with Vault.open(filled.folder, recovery_key=filled.key) as vault:
        evidence = EvidenceService(vault)
        originals = {
            i: hashlib.sha256(evidence.read_all(i)).hexdigest() for i in filled.evidence_ids
        }
    pristine = tmp_path / "pristine"
    shutil.copytree(filled.folder, pristine)

    def fresh_round(n: int) -> Path:
        round_dir = tmp_path / f"round-{n}"
        shutil.copytree(pristine, round_dir / "vault")
        return round_dir / "vault"

    # A run without a kill counts the trace points (and must itself leave the new key).
    folder = fresh_round(0)
    code, out, _hot = _run_child(folder, 0, None)
    assert code == 0
    total = int(out.split()[-1])
    new_key = bytes.fromhex((folder.parent / "new-key.txt").read_text())
    assert _check(filled, folder, new_key, originals, new_first=False) == "new"

    rng = random.Random(int.from_bytes(secrets.token_bytes(4)))
    if FULL:
        points = list(range(1, total + 1))
    else:
        points = sorted(rng.sample(range(1, total + 1), min(SAMPLED_POINTS, total)))
    kills: list[tuple[int | None, float | None]] = [(p, None) for p in points]
    kills += [(None, rng.uniform(0.0, 0.15)) for _ in range(RANDOM_KILLS)]
    states: dict[str, int] = {"old": 0, "new": 0}
    hot_journals = 0  # kills inside PRAGMA rekey: the old key rolls the journal back
    for n, (point, delay) in enumerate(kills, start=1):
        folder = fresh_round(n)
        _code, _out, hot = _run_child(folder, point or 0, delay)
        hot_journals += hot
        key_file = folder.parent / "new-key.txt"
        new_key = bytes.fromhex(key_file.read_text()) if key_file.exists() else None
        try:
            states[_check(filled, folder, new_key, originals, new_first=n % 2 == 0)] += 1
        except AssertionError as exc:
            raise AssertionError(f"kill at point {point} / after {delay} s: {exc}") from exc
    print(
        f"rekey kills: {len(points)} of {total} trace points, {RANDOM_KILLS} random moments "
        f"({hot_journals} inside PRAGMA rekey); vault left with the {states} key, 0 unopenable"
    )
    assert sum(states.values()) == len(kills)


def test_a_read_only_open_leaves_an_interrupted_rekey_for_a_writable_one(
    filled: FilledVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read-only (a write-protected USB copy, or asked for): nothing is finished or undone."""
    from kasuhara_desktop.domain.errors import StorageError
    from kasuhara_desktop.services.rekey import rekey_vault
    from kasuhara_desktop.vault import rekey as vault_rekey

    folder, pending = filled.folder, filled.folder / PENDING_NAME
    keep = pytest.MonkeyPatch()
    keep.setattr(vault_rekey, "_remove_pending", lambda folder: None)

    def killed(vault: object, new_key: bytes) -> None:
        raise KeyboardInterrupt  # as if killed before PRAGMA rekey: the old key stays

    keep.setattr(vault_rekey, "_rekey_database", killed)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault, pytest.raises(KeyboardInterrupt):
        rekey_vault(vault, PASSPHRASE, lambda key: None)
    keep.undo()
    with Vault.open(folder, passphrase=PASSPHRASE, read_only=True) as vault:
        assert vault.data_key == filled.key and vault.read_only
    assert pending.exists()
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.rekey_note and "undone" in vault.rekey_note
    assert not pending.exists()

    keys: list[bytes] = []

    def killed_after_rekey(header: object, folder: Path) -> None:
        raise KeyboardInterrupt  # the database has the new key, vault.json the old one

    keep.setattr(VaultHeader, "save", killed_after_rekey)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault, pytest.raises(KeyboardInterrupt):
        rekey_vault(vault, PASSPHRASE, keys.append)
    keep.undo()
    new_key = keys[0]
    with pytest.raises(StorageError, match="copy the whole folder"):
        Vault.open(folder, passphrase=PASSPHRASE, read_only=True)
    assert pending.exists()
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.data_key == new_key and "finished" in (vault.rekey_note or "")
    assert not pending.exists()
