"""``kasuhara report``, ``kasuhara summary``, ``kasuhara bundle`` and ``kasuhara bundle verify``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..domain.validation import check_date
from ..domain.vocabulary import LANGUAGES
from ..services.bundle import build_bundle
from ..services.bundle_verify import verify_bundle
from ..services.documents import code_points, unprintable_characters
from ..services.period_summary import check_period
from ..services.reports import ReportService
from . import common

BUNDLE_USAGE = "kasuhara bundle REF -o FILE.zip | -o FILE.7z --password-file F | bundle verify FILE"


def register(sub: Any) -> None:
    r = sub.add_parser("report", help="the incident report PDF for a lawyer or the police")
    r.add_argument("reference")
    _output(r, "FILE.pdf")
    r.add_argument("--lang", choices=LANGUAGES, default="ja", help="language (default ja)")
    r.set_defaults(func=cmd_report)

    s = sub.add_parser("summary", help="a period summary PDF with charts")
    s.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="YYYY-MM-DD")
    s.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="YYYY-MM-DD")
    _output(s, "FILE.pdf")
    s.add_argument("--lang", choices=LANGUAGES, default="ja", help="language (default ja)")
    s.set_defaults(func=cmd_summary)

    b = sub.add_parser(
        "bundle",
        help="evidence bundle: ZIP, or with a password an encrypted 7z (originals, report, "
        "manifest); 'bundle verify FILE' checks one",
        usage=BUNDLE_USAGE,
    )
    b.add_argument("target", nargs="+", metavar="REF | verify ZIP")
    b.add_argument("-o", "--output", metavar="FILE.zip", help="where to write the bundle")
    b.add_argument("--force", action="store_true", help="overwrite the output if it exists")
    b.add_argument(
        "--password-file", metavar="FILE",
        help="encrypt with AES-256 (bundle) or open an encrypted bundle (verify): the password "
        "is the file's first line",
    )  # fmt: skip
    b.add_argument(
        "--format", choices=("7z", "zip"), dest="archive_format",
        help="with a password: 7z (names hidden, strong key derivation; the default, and what "
        "-o FILE.7z gives) or zip (WinZip AES for older tools; file names stay visible; what "
        "-o FILE.zip gives). Without a password the bundle is a plain ZIP",
    )  # fmt: skip
    b.add_argument("--lang", choices=LANGUAGES, default="ja", help="report language (default ja)")
    b.add_argument("--json", action="store_true", help="verify: print the result as JSON")
    b.set_defaults(func=cmd_bundle)


def _output(p: argparse.ArgumentParser, metavar: str) -> None:
    p.add_argument("-o", "--output", required=True, metavar=metavar, help="where to write it")
    p.add_argument("--force", action="store_true", help="overwrite the output if it exists")


def _target(value: str, force: bool) -> Path:
    """The output path, checked before the vault is opened (so a typo costs no passphrase)."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise ValidationError(f"{path} is a folder: give a file name.")
    if not path.parent.is_dir():
        raise ValidationError(f"The folder {path.parent} does not exist: choose another folder.")
    if path.exists() and not force:
        raise ValidationError(f"{path} already exists: choose another name, or use --force.")
    return path


def _date(value: str, option: str) -> date:
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(f"{option}: {value!r} is not a date like 2026-01-31.") from None
    return check_date(day, option)


class _Progress:
    """Percent on stderr, only when stderr is a terminal."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.enabled = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        percent = min(100, done * 100 // total)
        if percent != self.last:
            self.last = percent
            sys.stderr.write(f"\r{self.what}… {percent:3d}%")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled and self.last >= 0:
            sys.stderr.write("\n")


def note_unprintable(chars: set[str]) -> None:
    """One line on stderr for characters no font could show (the document is still made)."""
    if chars:
        sys.stderr.write(
            f"note: {len(chars)} character(s) could not be printed and show as [U+XXXX] in the "
            f"PDF: {code_points(chars)}\n"
        )


def cmd_report(args: argparse.Namespace) -> int:
    dest = _target(args.output, args.force)
    progress = _Progress("making the report")
    with common.open_vault(args) as vault, unprintable_characters() as unprintable:
        try:
            checked = ReportService(vault).write_incident_report(
                args.reference, dest, args.lang, progress=progress
            )
        finally:
            progress.finish()
    note_unprintable(unprintable)
    for ev in checked:
        if ev.failed:
            sys.stderr.write(
                f"warning: evidence {ev.item.original_name} is {ev.status.value}: the report "
                "says so.\n"
            )
    print(dest)
    return common.EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    start, end = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    check_period(start, end)
    dest = _target(args.output, args.force)
    progress = _Progress("making the summary")
    with common.open_vault(args) as vault, unprintable_characters() as unprintable:
        try:
            data = ReportService(vault).write_summary(start, end, dest, args.lang,
                                                      progress=progress)  # fmt: skip
        finally:
            progress.finish()
    note_unprintable(unprintable)
    print(f"{dest}  ({len(data.incidents)} incidents)")
    return common.EXIT_OK


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_file:
        return None
    password = common._read_secret_file(args.password_file, "password")
    if not password:
        raise ValidationError(f"The password file {args.password_file} is empty.")
    return password


def _bundle_format(chosen: str | None, dest: Path, password: str | None) -> str:
    """7z unless asked otherwise: by ``--format``, or by a ``.zip`` output name."""
    suffix = dest.suffix.lower()
    fmt = chosen or ("zip" if suffix == ".zip" else "7z")
    if password is None:
        if chosen == "7z" or suffix == ".7z":
            raise ValidationError(
                "A 7z bundle is always encrypted: give --password-file FILE, or write a .zip."
            )
        return "zip"
    if fmt == "7z" and suffix not in ("", ".7z"):
        raise ValidationError(f"A 7z bundle should be named .7z, not {dest.name}.")
    return fmt


def cmd_bundle(args: argparse.Namespace) -> int:
    target = args.target
    if target[0] == "verify":
        if len(target) != 2:
            raise ValidationError(f"Give one bundle to check: {BUNDLE_USAGE}.")
        return _verify(Path(target[1]), args)
    if len(target) != 1:
        raise ValidationError(f"Give one incident reference: {BUNDLE_USAGE}.")
    if not args.output:
        raise ValidationError("Say where to write the bundle: -o FILE.zip (or FILE.7z).")
    dest = _target(args.output, args.force)
    password = _password(args)
    archive_format = _bundle_format(args.archive_format, dest, password)
    progress = _Progress("making the bundle")
    with common.open_vault(args) as vault, unprintable_characters() as unprintable:
        service = ReportService(vault)
        job = service.prepare_bundle(target[0])  # a manager's: refused before any file
        try:
            result = build_bundle(job, dest, lang=args.lang, password=password,
                                  archive_format=archive_format, progress=progress)  # fmt: skip
        finally:
            progress.finish()
        service.record_bundle(result)  # the incident report lists it with its manifest hash
    note_unprintable(unprintable)
    for ev in result.left_out:
        sys.stderr.write(
            f"warning: evidence {ev.item.original_name} is {ev.status.value} and was left out; "
            "the manifest and the report say so.\n"
        )
    print(f"{dest}  manifest sha256 {result.manifest_sha256}")
    if result.readme_path is not None:
        print(f"{result.readme_path}  README, not encrypted: send it together with {dest.name}")
    print("A recipient checks the bundle against this manifest sha256 (also in the incident "
          "report and the logbook), not only against the hashes inside it.")  # fmt: skip
    return common.EXIT_OK


def _verify(path: Path, args: argparse.Namespace) -> int:
    check = verify_bundle(path, _password(args))
    if args.json:
        common.print_json(check.to_dict())
    else:
        for problem in check.problems:
            print(f"FAIL {problem}")
        for note in check.notes:
            print(f"note {note}")
        state = "ok  " if check.ok else "FAIL"
        print(f"{state} {check.files_checked} files checked; manifest sha256 "
              f"{check.manifest_sha256 or '-'}")  # fmt: skip
    if not check.ok:
        more = f" (and {len(check.problems) - 1} more)" if len(check.problems) > 1 else ""
        sys.stderr.write(f"kasuhara: bundle verify failed: {check.problems[0]}{more}\n")
        return common.EXIT_CHECK_FAILED
    return common.EXIT_OK
