"""Rechecking a finished evidence bundle: every file, the manifest, and the report's hash.

Three records of the manifest's SHA-256 must agree: the hash of ``manifest.json`` as it is now,
``manifest.sha256``, and the hash the report states (kept in the PDF's keywords, next to the
same value printed on its pages). Every file the manifest lists must be there with its size and
SHA-256, every other file must match ``SHA256SUMS``, and nothing may be there that neither
lists. No vault is needed.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..reports.incident_report import MANIFEST_KEYWORD
from .bundle import EVIDENCE, MANIFEST, MANIFEST_SHA, SUMS
from .bundle_7z import SevenZipContents, is_7z

_KEYWORD = re.compile(re.escape(MANIFEST_KEYWORD).encode() + rb"([0-9a-f]{64})")
_HEX = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1 << 20
_Bundle = zipfile.ZipFile | SevenZipContents


@dataclass
class BundleCheck:
    """The outcome of ``verify_bundle``; ``problems`` name each file or record that failed."""

    path: Path
    encrypted: bool = False
    manifest_sha256: str = ""
    files_checked: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "bundle": str(self.path),
            "encrypted": self.encrypted,
            "manifest_sha256": self.manifest_sha256,
            "files_checked": self.files_checked,
            "problems": list(self.problems),
            "notes": list(self.notes),
        }


def _open(path: Path, password: str | None) -> tuple[zipfile.ZipFile, bool]:
    try:
        plain = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ValidationError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise ValidationError(f"{path} is a folder, not a bundle ZIP.") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValidationError(f"{path} is not a readable ZIP file ({exc}).") from None
    encrypted = any(i.flag_bits & 0x1 for i in plain.infolist())
    if not encrypted:
        return plain, False
    plain.close()
    if password is None:
        raise ValidationError(f"{path} is encrypted: give its password (--password-file FILE).")
    import pyzipper

    zf = pyzipper.AESZipFile(path)
    zf.setpassword(password.encode("utf-8"))
    return zf, True


def _hash_entry(zf: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with zf.open(name) as src:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _hash_all(zf: zipfile.ZipFile, check: BundleCheck) -> dict[str, tuple[str, int]]:
    hashes: dict[str, tuple[str, int]] = {}
    for info in zf.infolist():
        if info.is_dir():
            continue
        try:
            hashes[info.filename] = _hash_entry(zf, info.filename)
        except RuntimeError as exc:  # pyzipper: bad password
            if "password" in str(exc).lower():
                raise ValidationError(f"{check.path}: wrong password.") from None
            check.problems.append(f"{info.filename}: cannot be read ({exc})")
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            check.problems.append(f"{info.filename}: damaged inside the ZIP ({exc})")
    return hashes


def _read(zf: _Bundle, name: str) -> bytes | None:
    try:
        return zf.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, EOFError):
        return None


def _check_manifest(zf: _Bundle, check: BundleCheck) -> dict[str, Any] | None:
    raw = _read(zf, MANIFEST)
    if raw is None:
        check.problems.append(f"{MANIFEST} is missing or unreadable")
        return None
    actual = hashlib.sha256(raw).hexdigest()
    check.manifest_sha256 = actual
    stated = (_read(zf, MANIFEST_SHA) or b"").decode("utf-8", "replace").split()
    if not stated or stated[0].lower() != actual:
        shown = stated[0] if stated else "nothing"
        check.problems.append(
            f"{MANIFEST} does not match {MANIFEST_SHA} (it states {shown}, the manifest hashes "
            f"to {actual})"
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        check.problems.append(f"{MANIFEST} is not valid JSON ({exc})")
        return None
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        check.problems.append(f"{MANIFEST} has no list of files")
        return None
    report = data.get("report")
    pdf = _read(zf, report) if isinstance(report, str) else None
    if pdf is None:
        check.problems.append(f"the report {report!r} named by the manifest is missing")
        return data
    found = _KEYWORD.search(pdf)
    if found is None:
        check.problems.append(f"the report {report} does not state the manifest's hash")
    elif found.group(1).decode() != actual:
        check.problems.append(
            f"the report {report} states the manifest hash {found.group(1).decode()}, "
            f"but {MANIFEST} hashes to {actual}"
        )
    return data


def _check_files(
    data: dict[str, Any], hashes: dict[str, tuple[str, int]], check: BundleCheck
) -> set[str]:
    listed: set[str] = set()
    for entry in data["files"]:
        if not isinstance(entry, dict):
            check.problems.append(f"{MANIFEST}: an entry is not an object")
            continue
        name, status = entry.get("file"), entry.get("status")
        if status != "included" or not isinstance(name, str):
            if status in ("damaged", "missing"):
                check.notes.append(
                    f"{entry.get('original_name')}: not in the bundle ({status} in the logbook)"
                )
            continue
        listed.add(name)
        if name not in hashes:
            check.problems.append(f"{name}: listed in the manifest but missing from the ZIP")
            continue
        sha, size = hashes[name]
        if sha != str(entry.get("sha256", "")).lower():
            check.problems.append(f"{name}: SHA-256 differs from the manifest (file was changed)")
        elif size != entry.get("size"):
            check.problems.append(f"{name}: size differs from the manifest")
    return listed


def _check_sums(zf: _Bundle, hashes: dict[str, tuple[str, int]], check: BundleCheck) -> set[str]:
    raw = _read(zf, SUMS)
    if raw is None:
        check.problems.append(f"{SUMS} is missing")
        return set()
    listed: set[str] = set()
    for n, line in enumerate(raw.decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        sha, sep, name = line.partition("  ")
        if not sep or not _HEX.match(sha.lower()):
            check.problems.append(f"{SUMS} line {n} is not '<sha256>  <file>'")
            continue
        listed.add(name)
        if name not in hashes:
            check.problems.append(f"{name}: listed in {SUMS} but missing from the ZIP")
        elif hashes[name][0] != sha.lower():
            check.problems.append(f"{name}: SHA-256 differs from {SUMS} (file was changed)")
    return listed


def verify_bundle(path: Path, password: str | None = None) -> BundleCheck:
    """Recheck the bundle at ``path``; the result lists every problem found.

    Raises:
        ValidationError: not a ZIP, or encrypted and the password is missing or wrong.
    """
    check = BundleCheck(Path(path))
    if is_7z(Path(path)):  # always encrypted, names too (bundle_7z)
        check.encrypted = True
        contents = SevenZipContents(Path(path), password)
        hashes = contents.hashes
        _check_all(contents, hashes, check)
        return check
    zf, check.encrypted = _open(Path(path), password)
    with zf:
        hashes = _hash_all(zf, check)
        _check_all(zf, hashes, check)
    return check


def _check_all(zf: _Bundle, hashes: dict[str, tuple[str, int]], check: BundleCheck) -> None:
    """The manifest, the report's hash and SHA256SUMS against the hashes of what is there."""
    data = _check_manifest(zf, check)
    listed = _check_files(data, hashes, check) if data is not None else set()
    listed |= _check_sums(zf, hashes, check)
    check.files_checked = len(set(hashes) & listed)
    for name in sorted(set(hashes) - listed - {SUMS}):
        where = "evidence file" if name.startswith(EVIDENCE) else "file"
        check.problems.append(f"{name}: unexpected {where}, listed neither in the manifest "
                              f"nor in {SUMS}")  # fmt: skip
