"""The evidence bundle: one ZIP that a lawyer or the police can check with standard tools.

Contents: ``evidence/`` (the decrypted originals under safe, unique names), the incident report
(PDF), ``manifest.json`` and ``manifest.csv`` (file, SHA-256, size, source, capture time, who
imported it and when), ``manifest.sha256`` (the manifest's own hash, which the report prints
too), ``SHA256SUMS`` (every other file, for ``sha256sum -c``) and ``README.txt``. With a
password it is a 7z archive by default (AES-256 with encrypted headers: ``bundle_7z``), or a
WinZip-AES ZIP for older tools (names visible, weak key derivation) when asked.

Evidence is streamed from its encrypted file into the ZIP segment by segment: never whole in
memory, never as a plaintext temporary file. The ZIP is written under a temporary name beside
the target and renamed only when complete. A file that fails its check is left out and listed
as damaged (the report says so); ``bundle_verify`` rechecks a finished bundle.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain.errors import Cancelled, IntegrityError, StorageError, ValidationError
from ..domain.evidence import safe_file_name
from ..infra import clock
from ..infra.atomic_files import AtomicFile
from ..reports.images import make_thumbnail
from ..reports.output import storage_error
from ..reports.report_data import EvidenceStatus, ReportEvidence
from . import bundle_text
from .bundle_7z import SevenZipSink
from .bundle_record import BundleResult
from .report_evidence import THUMBNAIL_MAX_BYTES, EvidenceFile, Phases, Progress, ShouldCancel
from .reports import IncidentReportJob, build_incident_pdf

FORMAT = "kasuhara-bundle/2"  # 2: each time apart with its source ("times"), no "captured"
MANIFEST, MANIFEST_CSV, MANIFEST_SHA = "manifest.json", "manifest.csv", "manifest.sha256"
SUMS, README, EVIDENCE = "SHA256SUMS", "README.txt", "evidence/"
MIN_PASSWORD = 8
_STORED_KINDS = ("image", "video", "audio")
FORMATS = ("7z", "zip")  # with a password; without one the bundle is always a plain ZIP
_Archive = zipfile.ZipFile | SevenZipSink


class _Restart(Exception):  # noqa: N818 - internal signal, never leaves this module
    """A file failed midway: write the ZIP again without it."""

    def __init__(self, evidence_id: str, status: ReportEvidence) -> None:
        super().__init__(evidence_id)
        self.evidence_id = evidence_id
        self.status = status


def report_name(reference: str) -> str:
    return f"report_{safe_file_name(reference, 'incident')}.pdf"


def unique_names(files: Sequence[EvidenceFile]) -> dict[str, str]:
    """evidence id → ``evidence/<safe name>``, unique even ignoring case (Windows, macOS)."""
    taken: set[str] = set()
    names: dict[str, str] = {}
    for f in files:
        base = safe_file_name(f.item.original_name)
        stem, dot, ext = base.rpartition(".")
        if not dot:
            stem, ext = base, ""
        candidate, n = base, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem} ({n})" + (f".{ext}" if ext else "")
        taken.add(candidate.casefold())
        names[f.item.id] = EVIDENCE + candidate
    return names


def check_password(password: str | None) -> None:
    if password is not None and len(password) < MIN_PASSWORD:
        raise ValidationError(
            f"The bundle password must have at least {MIN_PASSWORD} characters; "
            "give it to the recipient separately (by phone or in person), not with the file."
        )


def _zip_time(when: datetime | None, zone: tzinfo) -> tuple[int, int, int, int, int, int]:
    local = (when or clock.now()).astimezone(zone)
    if local.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (local.year, local.month, local.day, local.hour, local.minute, local.second)


def _open_zip(fh: BinaryIO, password: str | None, fmt: str = "zip") -> _Archive:
    if password is not None and fmt == "7z":
        return SevenZipSink(fh, password)
    if password is None:
        return zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        import pyzipper
    except ImportError:  # pragma: no cover - a declared dependency
        raise ValidationError(
            "Encrypted bundles need the pyzipper package; install it or make the bundle "
            "without a password."
        ) from None
    zf = pyzipper.AESZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True,
                             encryption=pyzipper.WZ_AES)  # fmt: skip
    zf.setpassword(password.encode("utf-8"))
    zf.setencryption(pyzipper.WZ_AES, nbits=256)
    return zf  # type: ignore[no-any-return]


class _Writer:
    """Writes one bundle into an open file; ``excluded`` files were found damaged before."""

    def __init__(
        self,
        job: IncidentReportJob,
        lang: str,
        excluded: dict[str, ReportEvidence],
        progress: Progress | None,
        should_cancel: ShouldCancel | None,
        encrypted: bool,
        archive_format: str = "zip",
    ) -> None:
        self.job = job
        self.encrypted = encrypted
        self.archive_format = archive_format
        self.lang = lang
        self.excluded = excluded
        self.cancel = should_cancel
        self.names = unique_names([f for f in job.files if not f.item.deleted])
        self.zone = _zone(job.data.incident.timezone)
        self.sums: list[tuple[str, str]] = []
        size = sum(f.item.size for f in job.files if not f.item.deleted)
        self.phases = Phases(progress, [4 if size else 0, 1])
        self.total_bytes = size or 1
        self.done_bytes = 0
        self.dest_name = ""
        self.public_readme = ""
        self.made_at: datetime | None = None

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("Making the bundle was cancelled; no file was written.")

    def _entry(self, zf: _Archive, name: str, data: bytes, when: datetime) -> None:
        self.sums.append((name, hashlib.sha256(data).hexdigest()))
        if isinstance(zf, SevenZipSink):
            zf.add_bytes(name, data, when)
            return
        info = getattr(zf, "zipinfo_cls", zipfile.ZipInfo)(name, _zip_time(when, self.zone))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, data)

    def _stream(self, zf: _Archive, f: EvidenceFile) -> ReportEvidence:
        """Copy one evidence file into the archive, checking its SHA-256 on the way."""
        item, name = f.item, self.names[f.item.id]
        try:
            reader = f.open()
        except FileNotFoundError:
            return ReportEvidence(item, EvidenceStatus.MISSING, f"{f.path} does not exist")
        except (IntegrityError, StorageError) as exc:
            return ReportEvidence(item, EvidenceStatus.DAMAGED, str(exc))
        # The entry's time is the file's own time on the PC, as a ZIP entry's time means.
        when = item.file_modified_at or item.imported_at
        keep = item.kind == "image" and item.size <= THUMBNAIL_MAX_BYTES
        image: list[bytes] = []
        digest = hashlib.sha256()
        on_progress = self.phases.phase(0)

        def take(chunk: bytes) -> None:
            self._check_cancel()
            digest.update(chunk)
            if keep:
                image.append(chunk)
            self.done_bytes += len(chunk)
            if on_progress is not None:
                on_progress(self.done_bytes, self.total_bytes)

        with reader:
            try:
                if isinstance(zf, SevenZipSink):
                    zf.add_stream(name, reader.iter_plaintext(), item.size, when, take)
                else:
                    info = getattr(zf, "zipinfo_cls", zipfile.ZipInfo)(
                        name, _zip_time(when, self.zone)
                    )
                    info.file_size = item.size
                    info.external_attr = 0o644 << 16
                    info.compress_type = (
                        zipfile.ZIP_STORED if item.kind in _STORED_KINDS else zipfile.ZIP_DEFLATED
                    )
                    with zf.open(info, "w") as dst:
                        for chunk in reader.iter_plaintext():
                            take(chunk)
                            dst.write(chunk)
            except (IntegrityError, StorageError) as exc:
                damaged = ReportEvidence(item, EvidenceStatus.DAMAGED, str(exc))
                raise _Restart(item.id, damaged) from exc
        if digest.hexdigest() != item.sha256.lower():
            problem = (f"the content does not match its recorded SHA-256 (recorded "
                       f"{item.sha256}, found {digest.hexdigest()})")  # fmt: skip
            raise _Restart(item.id, ReportEvidence(item, EvidenceStatus.DAMAGED, problem))
        self.sums.append((name, digest.hexdigest()))
        thumb = make_thumbnail(b"".join(image)) if keep else None
        return ReportEvidence(item, EvidenceStatus.OK, thumbnail=thumb, bundle_name=name)

    def write(self, zf: _Archive) -> tuple[str, list[ReportEvidence]]:
        checked: list[ReportEvidence] = []
        for f in self.job.files:
            self._check_cancel()
            if f.item.deleted:
                checked.append(ReportEvidence(f.item, EvidenceStatus.DELETED))
            elif f.item.id in self.excluded:
                checked.append(self.excluded[f.item.id])
            else:
                checked.append(self._stream(zf, f))
        now = clock.now_seconds()
        data = self.job.data
        rname = report_name(data.incident.reference)
        manifest = bundle_text.manifest(data, checked, rname, now, FORMAT)
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
        pdf = io.BytesIO()
        build_incident_pdf(self.job, pdf, self.lang, checked=checked, manifest_sha256=manifest_sha,
                           progress=self.phases.phase(1), should_cancel=self.cancel)  # fmt: skip
        self._entry(zf, rname, pdf.getvalue(), now)
        self._entry(zf, MANIFEST, manifest_bytes, now)
        self._entry(zf, MANIFEST_CSV, bundle_text.manifest_csv(manifest), now)
        self._entry(zf, MANIFEST_SHA, f"{manifest_sha}  {MANIFEST}\n".encode(), now)
        readme = bundle_text.readme(self.lang, data, rname, manifest_sha, checked,
                                    encrypted=self.encrypted,
                                    archive_format=self.archive_format)  # fmt: skip
        self.made_at = now
        if self.encrypted:
            self.public_readme = bundle_text.readme(
                self.lang, data, rname, manifest_sha, checked, encrypted=True,
                archive_format=self.archive_format, beside=self.dest_name,
            )  # fmt: skip
        self._entry(zf, README, readme.encode("utf-8"), now)
        sums = "".join(f"{h}  {n}\n" for n, h in self.sums)
        self._entry(zf, SUMS, sums.encode("utf-8"), now)
        self.sums.pop()  # SHA256SUMS does not list itself
        return manifest_sha, checked


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def build_bundle(
    job: IncidentReportJob,
    dest: Path,
    *,
    lang: str = "ja",
    password: str | None = None,
    archive_format: str = "zip",
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> BundleResult:
    """Write the bundle of ``job`` to ``dest`` (complete, or not at all). Safe on a worker
    thread: it reads evidence through its own file handles with the keys in ``job``.

    Raises:
        ValidationError: the password is too short, or ``dest`` is a folder.
        StorageError: the disk refused (full, read-only, missing folder...).
        Cancelled: ``should_cancel`` returned True; nothing is left behind.
    """
    check_password(password)
    if archive_format not in FORMATS:
        raise ValidationError(f"Unknown bundle format {archive_format!r}: use 7z or zip.")
    dest = Path(dest)
    if dest.is_dir():
        raise ValidationError(f"{dest} is a folder: choose a file name.")
    excluded: dict[str, ReportEvidence] = {}
    try:
        # Unnamed until complete (infra.atomic_files): a kill leaves no plaintext under any name.
        with AtomicFile(dest, readable=True) as out:
            fh = out.file()
            while True:
                fh.seek(0)
                fh.truncate()
                writer = _Writer(job, lang, excluded, progress, should_cancel, password is not None,
                                 archive_format if password is not None else "zip")  # fmt: skip
                writer.dest_name = dest.name
                try:
                    with _open_zip(fh, password, archive_format) as zf:
                        manifest_sha, checked = writer.write(zf)
                except _Restart as restart:
                    excluded[restart.evidence_id] = restart.status
                    continue
                break
            out.commit()
    except OSError as err:
        raise storage_error(err, dest) from err
    readme_path = None
    if writer.public_readme:
        # A 7z with encrypted headers (or an AES ZIP) cannot show a plain file: the README
        # travels beside it, and says so.
        readme_path = readme_beside(dest)
        try:
            with AtomicFile(readme_path) as out:
                out.file().write(writer.public_readme.encode("utf-8"))
                out.commit()
        except OSError as err:
            raise storage_error(err, readme_path) from err
    named = [
        replace(ev, bundle_name=writer.names.get(ev.item.id, "")) if not ev.failed else ev
        for ev in checked
    ]
    return BundleResult(dest, manifest_sha, report_name(job.reference), named, password is not None,
                        job.reference, writer.made_at,
                        archive_format if password is not None else "zip",
                        readme_path)  # fmt: skip


def readme_beside(dest: Path) -> Path:
    """Where an encrypted bundle's plain README goes: ``<bundle name>_README.txt`` beside it
    (named after the bundle, so two bundles in one folder keep theirs)."""
    return dest.with_name(f"{dest.stem}_{README}")
