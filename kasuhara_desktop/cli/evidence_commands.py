"""``kasuhara evidence add|list|export|overlay-time|delete``."""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..domain.errors import ValidationError
from ..domain.evidence import EvidenceItem, EvidenceSource, SourceKind, check_original_name
from ..domain.validation import check_clock_offset
from ..services.evidence import EvidenceService, ImportRequest
from . import common


def register(sub: Any) -> None:
    p = sub.add_parser("evidence", help="encrypted evidence files of an incident")
    esub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    esub.required = True

    a = esub.add_parser("add", help="import files (all or none) into an incident")
    a.add_argument("reference")
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--description", default="")
    a.add_argument("--source", choices=[k.value for k in SourceKind], default="other")
    a.add_argument("--source-detail", default="", help="camera, phone, URL of a screenshot...")
    a.add_argument(
        "--clock-offset", type=int, default=None, metavar="SECONDS",
        help="how far the recording device's clock was off (camera time minus real time)",
    )  # fmt: skip
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_add)

    ls = esub.add_parser("list", help="list an incident's evidence")
    ls.add_argument("reference")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    x = esub.add_parser("export", help="write a decrypted original (hash checked on the way)")
    x.add_argument("id")
    x.add_argument("out")
    x.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    x.set_defaults(func=cmd_export)

    t = esub.add_parser(
        "overlay-time",
        help="record the time a CCTV picture's clock shows (as shown, in the shop's zone)",
    )
    t.add_argument("id")
    t.add_argument("time", nargs="?", metavar="'YYYY-MM-DD HH:MM[:SS]'")
    t.add_argument("--clear", action="store_true", help="remove the time entered before")
    t.set_defaults(func=cmd_overlay_time)

    d = esub.add_parser("delete", help="erase a file; the record and the reason are kept")
    d.add_argument("id")
    d.add_argument("--reason", required=True)
    d.set_defaults(func=cmd_delete)


class _TerminalProgress:
    """Progress on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        percent = done * 100 // total
        if percent != self.last:
            self.last = percent
            sys.stderr.write(f"\rencrypting… {percent:3d}% ({done >> 20} of {total >> 20} MiB)")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled and self.last >= 0:
            sys.stderr.write("\n")


def cmd_add(args: argparse.Namespace) -> int:
    offset = check_clock_offset(args.clock_offset, "--clock-offset")
    for name in args.files:  # before the passphrase prompt; the import checks them again
        check_original_name(name)
    source = EvidenceSource(SourceKind(args.source), args.source_detail, offset)
    requests = [ImportRequest(Path(f), args.description, source) for f in args.files]
    progress = _TerminalProgress()
    with common.open_vault(args) as vault:
        try:
            items = EvidenceService(vault).add_files(args.reference, requests, progress=progress)
        finally:
            progress.finish()
    if args.json:
        common.print_json([_short(i) for i in items])
    else:
        for i in items:
            print(f"{i.id}  {i.sha256}  {i.size:>12,}  {i.original_name}")
    return common.EXIT_OK


def _short(item: EvidenceItem) -> dict[str, object]:
    return {"id": item.id, "sha256": item.sha256, "size": item.size, "name": item.original_name,
            "mime": item.mime}  # fmt: skip


def cmd_list(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        items = EvidenceService(vault).items(args.reference)
    if args.json:
        common.print_json([i.to_dict() for i in items])
    else:
        for i in items:
            state = f"DELETED ({i.deleted_reason})" if i.deleted else i.mime
            print(f"{i.id}  {i.size:>12,}  {i.original_name}  {state}  {_times(i)}")
    return common.EXIT_OK


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value is not None else "unknown"


def _times(item: EvidenceItem) -> str:
    """Each time with its source; the clock offset corrects only the device's times."""
    content = _iso(item.content_time)
    if item.content_time is not None:
        content += f" ({item.content_time_source})"
    parts = [f"content time {content}"]
    if item.overlay_time is not None:
        parts.append(f"overlay time {_iso(item.overlay_time)} (by {item.overlay_time_by})")
    if item.source.clock_offset_seconds:
        device = item.overlay_time or item.content_time
        if device is not None:
            parts.append(f"corrected {_iso(item.corrected(device))}")
    parts.append(f"file modified {_iso(item.file_modified_at)}")
    return "; ".join(parts)


_OVERLAY_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M")


def _overlay_time(text: str, zone: str) -> datetime:
    """``text`` as the picture shows it, in the shop's zone (or with its own offset)."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        parsed = None
        for fmt in _OVERLAY_FORMATS:
            with contextlib.suppress(ValueError):
                parsed = datetime.strptime(text.strip(), fmt)
                break
    if parsed is None:
        raise ValidationError(f"{text!r} is not a time: give 'YYYY-MM-DD HH:MM[:SS]'.")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(zone))
    return parsed


def cmd_overlay_time(args: argparse.Namespace) -> int:
    if args.clear == (args.time is not None):
        raise ValidationError("Give the time shown on the picture, or --clear (not both).")
    if args.time is not None:
        _overlay_time(args.time, "UTC")  # a bad time is refused before the passphrase prompt
    with common.open_vault(args) as vault:
        service = EvidenceService(vault)
        when = None if args.clear else _overlay_time(args.time, service.timezone)
        item = service.set_overlay_time(args.id, when)
    print(f"{item.id}  {item.original_name}  {_times(item)}")
    return common.EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        item = EvidenceService(vault).export(args.id, Path(args.out), overwrite=args.force)
    print(f"{args.out}  {item.sha256}")
    return common.EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        service = EvidenceService(vault)
        service.delete(args.id, args.reason)
        item = service.get(args.id)
    print(f"Deleted {item.original_name}; the record and the reason are kept.", file=sys.stderr)
    return common.EXIT_OK
