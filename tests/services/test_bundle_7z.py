"""The encrypted 7z bundle: names hidden without the password, opened by the system 7-Zip and by
py7zr, files matching SHA256SUMS, and a big evidence file streamed (not held in memory)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import py7zr
import pytest
from helpers import make_vault, sample_incident

from kasuhara_desktop.domain.errors import Cancelled, ValidationError
from kasuhara_desktop.services.bundle import build_bundle, report_name
from kasuhara_desktop.services.bundle_verify import verify_bundle
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService
from kasuhara_desktop.vault.vault import Vault

PASSWORD = "correct horse 馬 battery"
SECRET_NAME = "田中様の顔写真-secretname.txt"


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[Vault, str, Path]]:
    vault, _ = make_vault(tmp_path / "vault")
    src = tmp_path / "src"
    src.mkdir()
    (src / SECRET_NAME).write_text("what the customer said", encoding="utf-8")
    inc = IncidentService(vault).add(sample_incident())
    EvidenceService(vault).add_files(inc.reference, [ImportRequest(src / SECRET_NAME)])
    yield vault, inc.reference, tmp_path
    vault.close()


def make(case: tuple[Vault, str, Path], name: str = "bundle.7z") -> Path:
    vault, reference, folder = case
    job = ReportService(vault).prepare_incident(reference)
    dest = folder / name
    result = build_bundle(job, dest, password=PASSWORD, archive_format="7z", lang="en")
    assert result.encrypted
    return dest


def seven() -> str:
    found = shutil.which("7z") or shutil.which("7zz")
    if found is None:
        pytest.skip("7-Zip is not installed (build/setup.sh --test installs p7zip-full)")
    return found


def run7z(*args: str) -> subprocess.CompletedProcess[str]:
    # stdin closed: 7z would otherwise prompt for the password it was not given.
    return subprocess.run(
        [seven(), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False
    )


def test_names_are_hidden_and_7zip_opens_it(case, tmp_path: Path) -> None:
    path = make(case)
    _, reference, _ = case
    raw = path.read_bytes()
    assert raw[:6] == b"7z\xbc\xaf\x27\x1c"
    for secret in (SECRET_NAME, report_name(reference), "manifest", "what the customer said"):
        assert secret.encode("utf-8") not in raw
        assert secret.encode("utf-16-le") not in raw  # 7z stores names as UTF-16
    hidden = run7z("l", "-pwrong password", str(path))
    assert hidden.returncode != 0 and "secretname" not in hidden.stdout
    listing = run7z("l", "-slt", f"-p{PASSWORD}", str(path))
    assert listing.returncode == 0, listing.stderr
    assert "secretname" in listing.stdout and "7zAES" in listing.stdout
    tested = run7z("t", f"-p{PASSWORD}", str(path))
    assert tested.returncode == 0 and "Everything is Ok" in tested.stdout
    out = tmp_path / "out"
    assert run7z("x", f"-p{PASSWORD}", f"-o{out}", str(path)).returncode == 0
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True,
                          text=True, check=False)  # fmt: skip
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert f"evidence/{SECRET_NAME}: OK" in sums.stdout
    readme = (out / "README.txt").read_text(encoding="utf-8-sig")
    assert "7-Zip" in readme and "Keka" in readme


def test_py7zr_reads_it_with_the_password_only(case) -> None:
    path = make(case)
    with py7zr.SevenZipFile(path, password=PASSWORD) as archive:
        names = archive.getnames()
    assert f"evidence/{SECRET_NAME}" in names and "SHA256SUMS" in names
    with pytest.raises(py7zr.exceptions.PasswordRequired), py7zr.SevenZipFile(path) as archive:
        archive.getnames()


@pytest.mark.slow
def test_big_evidence_is_streamed(tmp_path: Path) -> None:
    """A 200 MB file (sparse: zeros) goes in without its plaintext being held in memory."""
    vault, _ = make_vault(tmp_path / "vault")
    try:
        big = tmp_path / "big.mp4"
        with big.open("wb") as fh:
            fh.truncate(int(os.environ.get("KASUHARA_BIG_MB", "200")) << 20)
        inc = IncidentService(vault).add(sample_incident())
        EvidenceService(vault).add_files(inc.reference, [ImportRequest(big)])
        big.unlink()
        job = ReportService(vault).prepare_incident(inc.reference)
        tracemalloc.start()
        try:
            build_bundle(job, tmp_path / "b.7z", password=PASSWORD, archive_format="7z")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    finally:
        vault.close()
    # The report PDF and fonts take ~40 MiB whatever the evidence size (measured: 38 MiB peak
    # with 50 MB of evidence, 7 MiB more for 500 MB); holding the file would take 200 MB.
    assert peak < 64 << 20, f"peak {peak >> 20} MiB"
    assert run7z("t", f"-p{PASSWORD}", str(tmp_path / "b.7z")).returncode == 0


def test_verify_reads_it_and_refuses_damage(case) -> None:
    path = make(case)
    check = verify_bundle(path, PASSWORD)
    assert check.ok and check.encrypted and check.files_checked == 6
    with pytest.raises(ValidationError, match="encrypted"):
        verify_bundle(path)
    with pytest.raises(ValidationError, match="wrong password"):
        verify_bundle(path, "not the password")
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF  # inside the evidence stream
    path.write_bytes(bytes(raw))
    with pytest.raises(ValidationError, match="damaged"):
        verify_bundle(path, PASSWORD)


def test_damaged_evidence_is_left_out_and_cancel_leaves_nothing(case, tmp_path: Path) -> None:
    """A file failing its check midway restarts the 7z without it; a cancel leaves no file."""
    vault, reference, folder = case
    bad = tmp_path / "damaged.bin"
    bad.write_bytes(os.urandom(3 << 20))  # several segments: the damage is found mid-stream
    EvidenceService(vault).add_files(reference, [ImportRequest(bad)])
    item = next(i for i in EvidenceService(vault).items(reference) if i.original_name == bad.name)
    stored = vault.evidence_dir / f"{item.id}.khev"
    data = bytearray(stored.read_bytes())
    data[-20] ^= 0x01
    stored.write_bytes(bytes(data))
    job = ReportService(vault).prepare_incident(reference)
    result = build_bundle(job, folder / "b.7z", password=PASSWORD, archive_format="7z")
    assert [ev.item.original_name for ev in result.left_out] == [bad.name]
    check = verify_bundle(folder / "b.7z", PASSWORD)
    assert check.ok and any(bad.name in n for n in check.notes)
    with py7zr.SevenZipFile(folder / "b.7z", password=PASSWORD) as archive:
        assert f"evidence/{bad.name}" not in archive.getnames()
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(Cancelled):
        build_bundle(job, folder / "c.7z", password=PASSWORD, archive_format="7z",
                     should_cancel=lambda: True)  # fmt: skip
    assert sorted(p.name for p in folder.iterdir()) == before
