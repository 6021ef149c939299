"""A kill during an export, a report or a bundle leaves no plaintext under any name.

A child process exports an evidence file, writes the incident report and bundles the incident
(plain ZIP: the audio file is stored, so its bytes appear as they are) in a loop, to new names,
and is SIGKILLed at a random moment. After each kill the output folder and the child's temp
folder hold only completed targets (each export byte-identical to the original), and no other
file anywhere there holds the plaintext marker.

CI runs ``KILLS`` kills (a few seconds each); ``KASUHARA_FULL_KILLS=N`` runs N.
"""

from __future__ import annotations

import os
import random
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE, make_vault, sample_incident

from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService

KILLS = int(os.environ.get("KASUHARA_FULL_KILLS", "6"))
TARGET = re.compile(r"^(export-\d+\.m4a|bundle-\d+\.zip|report-\d+\.pdf)$")

CHILD = """
import sys
from kasuhara_desktop.cli import main
vault, evidence_id, reference, out = sys.argv[1:5]
print("ready", flush=True)
i = 0
while True:
    i += 1
    base = ["--vault", vault]
    main(base + ["evidence", "export", evidence_id, f"{out}/export-{i}.m4a"])
    main(base + ["bundle", reference, "-o", f"{out}/bundle-{i}.zip"])
    main(base + ["report", reference, "-o", f"{out}/report-{i}.pdf"])
"""


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _tmp_newcomers(since: float) -> list[Path]:
    """Files directly in the system temp folder created or changed since ``since``."""
    found = []
    with os.scandir(tempfile.gettempdir()) as it:
        for entry in it:
            try:
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime >= since:
                    found.append(Path(entry.path))
            except OSError:
                continue
    return found


def _wait_for_target(folder: Path, deadline: float) -> None:
    while time.monotonic() < deadline and not any(TARGET.match(p.name) for p in folder.iterdir()):
        time.sleep(0.05)


def _holds(path: Path, marker: bytes) -> bool:
    try:
        with open(path, "rb") as fh:
            return marker in fh.read(64 << 20)
    except OSError:
        return False


@pytest.mark.timeout(900)
def test_no_plaintext_left_after_kills(tmp_path: Path) -> None:
    marker = b"KASUHARA-LEAK-MARKER-" + secrets.token_hex(8).encode()
    original = (marker + b"\n") * (3_000_000 // (len(marker) + 1))
    source = tmp_path / "src" / "通話.m4a"
    source.parent.mkdir()
    source.write_bytes(original)
    vault, _key = make_vault(tmp_path / "vault")
    with vault:
        reference = IncidentService(vault).add(sample_incident()).reference
        (item,) = EvidenceService(vault).add_files(reference, [ImportRequest(source)])
    source.unlink()  # from here the plaintext exists only in what the child writes
    out, child_tmp = tmp_path / "out", tmp_path / "child-tmp"
    out.mkdir()
    child_tmp.mkdir()
    env = {**os.environ, "KASUHARA_PASSPHRASE": PASSPHRASE, "TMPDIR": str(child_tmp)}
    rng = random.Random(int.from_bytes(secrets.token_bytes(4)))
    started = time.time()
    hits: list[str] = []
    completed = 0
    for round_no in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tmp_path / "vault"), item.id, reference, str(out)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == b"ready"
            if round_no == 0:  # at least one kill after a finished output, even under load
                _wait_for_target(out, time.monotonic() + 120)
            time.sleep(rng.uniform(0.0, 4.0))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            if child.stdout is not None:
                child.stdout.close()
        for path in _files(out):
            if TARGET.match(path.name):
                completed += 1
                if path.suffix == ".m4a" and path.read_bytes() != original:
                    hits.append(f"incomplete target {path.name}")
                path.unlink()  # each round judges what that kill left
            else:
                hits.append(f"stray file {path.name}")
        hits += [f"child temp {p}" for p in _files(child_tmp) if _holds(p, marker)]
        for p in _files(child_tmp):
            p.unlink()
    hits += [f"system temp {p}" for p in _tmp_newcomers(started) if _holds(p, marker)]
    assert hits == [], f"{len(hits)} leaks after {KILLS} kills: {hits[:5]}"
    assert completed > 0, "no kill came after a finished output: the loop never ran"
