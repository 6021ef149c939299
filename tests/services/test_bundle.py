"""The evidence bundle: contents a standard tool can check, unique safe names, streaming,
AES encryption 7-Zip opens, damaged evidence left out, and verify catching every alteration."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import make_vault, sample_incident
from PIL import Image
from pypdf import PdfReader

from kasuhara_desktop.domain.errors import Cancelled, StorageError, ValidationError
from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.reports.report_data import EvidenceStatus
from kasuhara_desktop.services.bundle import build_bundle, report_name
from kasuhara_desktop.services.bundle_verify import verify_bundle
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService
from kasuhara_desktop.vault.vault import Vault

HOSTILE = '<b>&</b> "q" 🙂 עברית'
PASSWORD = "correct horse 馬 battery"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[Vault, str, Path]]:
    """A vault with one incident and five files, three of them named the same (but for case)."""
    vault, _ = make_vault(tmp_path / "vault")
    src = tmp_path / "src"
    (src / "a").mkdir(parents=True)
    (src / "b").mkdir()
    Image.new("RGB", (800, 600), "red").save(src / "a" / "写真.jpg", "JPEG")
    Image.new("RGB", (800, 600), "blue").save(src / "b" / "写真.jpg", "JPEG")
    (src / "c").mkdir()
    Image.new("RGB", (640, 480), "green").save(src / "c" / "写真.JPG", "JPEG")
    (src / "note.txt").write_text(HOSTILE, encoding="utf-8")
    (src / "con.txt").write_text("reserved name", encoding="utf-8")
    inc = IncidentService(vault).add(sample_incident(summary=HOSTILE))
    cctv = EvidenceSource(SourceKind.CCTV, "カメラ1", clock_offset_seconds=-30)
    EvidenceService(vault).add_files(
        inc.reference,
        [
            ImportRequest(src / "a" / "写真.jpg", HOSTILE, cctv),
            ImportRequest(src / "b" / "写真.jpg"),
            ImportRequest(src / "note.txt"),
            ImportRequest(src / "con.txt"),
            ImportRequest(src / "c" / "写真.JPG"),
        ],
    )
    yield vault, inc.reference, tmp_path
    vault.close()


def make(case: tuple[Vault, str, Path], name: str = "bundle.zip", **kw: object) -> Path:
    vault, reference, folder = case
    job = ReportService(vault).prepare_incident(reference)
    dest = folder / name
    build_bundle(job, dest, **kw)  # type: ignore[arg-type]
    return dest


def rewrite(src: Path, dest: Path, changes: dict[str, bytes | None]) -> Path:
    """Copy a ZIP, replacing (bytes) or dropping (None) some entries, adding new ones."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            if info.filename in changes:
                data = changes.pop(info.filename)
                if data is not None:
                    zout.writestr(info.filename, data)
            else:
                zout.writestr(info, zin.read(info.filename))
        for name, data in changes.items():
            if data is not None:
                zout.writestr(name, data)
    return dest


def test_bundle_contents_check_with_standard_tools(case, tmp_path: Path) -> None:
    path = make(case)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        files = {n: zf.read(n) for n in names}
    reference = case[1]
    evidence = sorted(n for n in names if n.startswith("evidence/"))
    assert evidence == [
        "evidence/evidence_con.txt",
        "evidence/note.txt",
        "evidence/写真 (2).jpg",
        "evidence/写真 (3).JPG",
        "evidence/写真.jpg",
    ]
    assert set(names) == {
        *evidence,
        report_name(reference),
        "manifest.json",
        "manifest.csv",
        "manifest.sha256",
        "SHA256SUMS",
        "README.txt",
    }
    # SHA256SUMS lists every other file, in sha256sum's format.
    sums = dict(reversed(line.split("  ", 1)) for line in files["SHA256SUMS"].decode().splitlines())
    assert set(sums) == set(names) - {"SHA256SUMS"}
    assert all(sha(files[n]) == h for n, h in sums.items())
    manifest_hash = sha(files["manifest.json"])
    assert files["manifest.sha256"].decode() == f"{manifest_hash}  manifest.json\n"
    # The manifest records what the logbook recorded; the report states the manifest's hash.
    manifest = json.loads(files["manifest.json"])
    by_file = {f["file"]: f for f in manifest["files"]}
    first = by_file["evidence/写真.jpg"]
    assert first["sha256"] == sha(files["evidence/写真.jpg"])
    assert first["size"] == len(files["evidence/写真.jpg"])
    assert first["source"] == {"kind": "cctv", "detail": "カメラ1", "clock_offset_seconds": -30}
    assert first["description"] == HOSTILE and first["imported_by"]
    report_text = "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(files[report_name(reference)])).pages
    ).replace("\n", "")
    assert manifest_hash in report_text
    rows = list(csv.DictReader(io.StringIO(files["manifest.csv"].decode("utf-8-sig"))))
    assert {r["file"] for r in rows} == set(evidence)
    readme = files["README.txt"].decode("utf-8-sig")
    for needle in ("sha256sum -c SHA256SUMS", "Get-FileHash", manifest_hash, "kasuhara bundle"):
        assert needle in readme
    # And the standard tool agrees, after unpacking.
    if shutil.which("sha256sum"):
        out = tmp_path / "unpacked"
        with zipfile.ZipFile(path) as zf:
            zf.extractall(out)
        done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True)
        assert done.returncode == 0, done.stdout


def test_verify_accepts_an_intact_bundle(case) -> None:
    check = verify_bundle(make(case))
    assert check.ok, check.problems
    assert check.files_checked == 10 and not check.encrypted


def test_verify_names_an_altered_evidence_file(case, tmp_path: Path) -> None:
    path = make(case)
    bad = rewrite(path, tmp_path / "bad.zip", {"evidence/note.txt": b"changed"})
    check = verify_bundle(bad)
    assert not check.ok
    assert any(
        p.startswith("evidence/note.txt: SHA-256 differs from the manifest") for p in check.problems
    )
    assert any("SHA256SUMS" in p and "evidence/note.txt" in p for p in check.problems)


def test_verify_catches_an_altered_manifest_even_with_its_hash_file_updated(
    case, tmp_path: Path
) -> None:
    path = make(case)
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["files"][0]["imported_by"] = "someone else"
    raw = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    bad = rewrite(path, tmp_path / "bad.zip", {"manifest.json": raw})
    problems = verify_bundle(bad).problems
    assert any("does not match manifest.sha256" in p for p in problems)
    assert any("the report" in p and "states the manifest hash" in p for p in problems)
    # A forger who also rewrites manifest.sha256 and SHA256SUMS is still caught by the report.
    forged = f"{sha(raw)}  manifest.json\n".encode()
    with zipfile.ZipFile(path) as zf:
        sums = zf.read("SHA256SUMS").decode()
        sums = sums.replace(sha(zf.read("manifest.json")), sha(raw))
        sums = sums.replace(sha(zf.read("manifest.sha256")), sha(forged))
    worse = rewrite(
        path,
        tmp_path / "worse.zip",
        {"manifest.json": raw, "manifest.sha256": forged, "SHA256SUMS": sums.encode()},
    )
    problems = verify_bundle(worse).problems
    assert len(problems) == 1 and "states the manifest hash" in problems[0]


def test_verify_catches_missing_and_extra_files(case, tmp_path: Path) -> None:
    path = make(case)
    bad = rewrite(path, tmp_path / "bad.zip", {"evidence/写真.jpg": None, "evidence/x.jpg": b"x"})
    problems = verify_bundle(bad).problems
    assert any("evidence/写真.jpg: listed in the manifest but missing" in p for p in problems)
    assert any("evidence/x.jpg: unexpected evidence file" in p for p in problems)


def test_verify_refuses_what_is_not_a_bundle(tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="not a readable ZIP"):
        verify_bundle(tmp_path / "x.zip")
    with pytest.raises(ValidationError, match="no such file"):
        verify_bundle(tmp_path / "missing.zip")
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    problems = verify_bundle(empty).problems
    assert "manifest.json is missing or unreadable" in problems


def test_encrypted_bundle(case) -> None:
    path = make(case, password=PASSWORD, lang="en")
    with zipfile.ZipFile(path) as zf:
        assert all(i.flag_bits & 1 for i in zf.infolist())
    assert verify_bundle(path, PASSWORD).ok
    with pytest.raises(ValidationError, match="encrypted"):
        verify_bundle(path)
    with pytest.raises(ValidationError, match="wrong password"):
        verify_bundle(path, "not the password")
    with pytest.raises(ValidationError, match="at least 8"):
        make(case, "short.zip", password="short")
    seven = shutil.which("7z")
    if seven is None:
        pytest.skip("7-Zip is not installed")
    done = subprocess.run([seven, "t", f"-p{PASSWORD}", str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and "Everything is Ok" in done.stdout
    listing = subprocess.run(
        [seven, "l", "-slt", f"-p{PASSWORD}", str(path)], capture_output=True, text=True
    ).stdout
    assert "AES-256" in listing


def test_damaged_evidence_is_left_out_and_said_so(case) -> None:
    vault, reference, folder = case
    items = EvidenceService(vault).items(reference)
    stored = vault.evidence_dir / f"{items[2].id}.khev"
    data = bytearray(stored.read_bytes())
    data[-20] ^= 0x01  # the last segment: found only after part of the file was written
    stored.write_bytes(bytes(data))
    job = ReportService(vault).prepare_incident(reference)
    result = build_bundle(job, folder / "b.zip", lang="en")
    assert [ev.item.original_name for ev in result.left_out] == ["note.txt"]
    assert result.left_out[0].status is EvidenceStatus.DAMAGED
    check = verify_bundle(folder / "b.zip")
    assert check.ok and any("note.txt" in n for n in check.notes)
    with zipfile.ZipFile(folder / "b.zip") as zf:
        assert "evidence/note.txt" not in zf.namelist()
        statuses = {
            f["original_name"]: f["status"] for f in json.loads(zf.read("manifest.json"))["files"]
        }
        pdf = zf.read(report_name(reference))
    assert statuses["note.txt"] == "damaged"
    assert "DAMAGED" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_deleted_evidence_is_listed_not_included(case) -> None:
    vault, reference, _ = case
    service = EvidenceService(vault)
    service.delete(service.items(reference)[3].id, "誤って取り込んだ")
    path = make(case)
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    deleted = [f for f in manifest["files"] if f["status"] == "deleted"]
    assert [(f["file"], f["deleted_reason"]) for f in deleted] == [(None, "誤って取り込んだ")]
    assert verify_bundle(path).ok


def test_incident_without_evidence(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    try:
        inc = IncidentService(vault).add(sample_incident())
        job = ReportService(vault).prepare_incident(inc.reference)
        build_bundle(job, tmp_path / "b.zip")
    finally:
        vault.close()
    check = verify_bundle(tmp_path / "b.zip")
    assert check.ok and check.files_checked == 5


def test_cancel_and_bad_targets_leave_nothing(case) -> None:
    vault, reference, folder = case
    job = ReportService(vault).prepare_incident(reference)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(Cancelled):
        build_bundle(job, folder / "b.zip", should_cancel=lambda: True)
    with pytest.raises(StorageError, match="does not exist"):
        build_bundle(job, folder / "missing" / "b.zip")
    with pytest.raises(ValidationError, match="is a folder"):
        build_bundle(job, folder / "src")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_full_disk_leaves_nothing(case, monkeypatch: pytest.MonkeyPatch) -> None:
    vault, reference, folder = case
    job = ReportService(vault).prepare_incident(reference)
    before = sorted(p.name for p in folder.iterdir())

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="disk is full"):
        build_bundle(job, folder / "b.zip")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_large_evidence_streams_without_holding_the_file(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    big = tmp_path / "clip.mp4"
    with big.open("wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypisom" + b"\x00" * 12)
        for _ in range(24):
            fh.write(os.urandom(1 << 20))
    try:
        inc = IncidentService(vault).add(sample_incident())
        EvidenceService(vault).add_files(inc.reference, [ImportRequest(big)])
        job = ReportService(vault).prepare_incident(inc.reference)
        build_bundle(job, tmp_path / "warm-up.zip")  # fonts and caches load once per process
        (tmp_path / "warm-up.zip").unlink()
        tracemalloc.start()
        build_bundle(job, tmp_path / "b.zip")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        vault.close()
    assert peak < 12 * (1 << 20), f"peak {peak >> 20} MiB for a 24 MiB file"
    assert verify_bundle(tmp_path / "b.zip").ok
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "clip.mp4", "v"]
