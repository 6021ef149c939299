"""A kill at any moment loses no acknowledged write, and the vault still verifies.

A child process adds incidents (some with an evidence file) in a loop and prints each reference
only after the service call has returned, that is, after the commit was acknowledged. It is
SIGKILLed at a random moment. After each kill the vault must open, hold every acknowledged
incident with its evidence, and pass every ``verify`` check, including the rollback anchor
(a kill between the commit and the anchor write leaves the database ahead of the anchor, which
is not damage).

CI runs ``KILLS`` kills; ``KASUHARA_FULL_WRITE_KILLS=N`` runs N (the README gives a full run).
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE, make_vault

from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.vault import Vault

KILLS = int(os.environ.get("KASUHARA_FULL_WRITE_KILLS", "5"))

CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from helpers import PASSPHRASE, sample_incident
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault.vault import Vault
folder, round_no = Path(sys.argv[1]), sys.argv[2]
with Vault.open(folder, passphrase=PASSPHRASE) as vault:
    incidents, evidence = IncidentService(vault), EvidenceService(vault)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        ref = incidents.add(sample_incident(f"ack {round_no}-{i}")).reference
        files = 0
        if i % 3 == 0:
            photo = folder.parent / f"photo-{round_no}-{i}.jpg"
            photo.write_bytes(b"\\xff\\xd8\\xff\\xe0" + bytes(range(256)) * 64)
            evidence.add_files(ref, [ImportRequest(photo)])
            files = 1
        sys.stdout.write(f"{ref} ack {round_no}-{i} {files}\\n")
        sys.stdout.flush()
"""


def _read_lines(stream: object, sink: list[str]) -> None:
    # A line cut short by the kill (no newline yet) was never an acknowledgement.
    for raw in stream:  # type: ignore[attr-defined]
        if raw.endswith(b"\n"):
            sink.append(raw.decode().strip())


@pytest.mark.timeout(900)
def test_kills_lose_no_acknowledged_write(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)[0].close()
    tests_dir = str(Path(__file__).resolve().parents[1])
    rng = random.Random(int.from_bytes(secrets.token_bytes(4)))
    acknowledged: dict[str, tuple[str, int]] = {}
    for round_no in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), str(round_no), tests_dir],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        lines: list[str] = []
        reader = threading.Thread(target=_read_lines, args=(child.stdout, lines), daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + 120
            while "ready" not in lines and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.1, 2.0))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            reader.join(timeout=30)
            if child.stdout is not None:
                child.stdout.close()
        for line in lines[1:]:
            assert len(line.split(" ")) == 4, f"unexpected child output: {line!r}"
            ref, summary_a, summary_b, files = line.split(" ")
            acknowledged[ref] = (f"{summary_a} {summary_b}", int(files))

        with Vault.open(folder, passphrase=PASSPHRASE) as vault:
            assert vault.rollback_problems == []
            found = IncidentService(vault).find(IncidentFilter(), limit=1_000_000)
            stored = {i.reference: i for i in found}
            evidence = EvidenceService(vault)
            lost = [ref for ref in acknowledged if ref not in stored]
            assert lost == [], f"round {round_no}: acknowledged but lost: {lost}"
            for ref, (summary, files) in acknowledged.items():
                assert stored[ref].summary == summary
                assert len(evidence.items(ref, include_deleted=False)) >= files
            report = verify_vault(vault)
            assert report.ok, [c for c in report.checks if not c.ok]
    assert acknowledged, "no write was acknowledged before any kill: the loop never ran"
    print(f"{KILLS} kills, {len(acknowledged)} acknowledged writes, 0 lost")  # for the README
