"""Retention: the review of what is due for erasing, erasing it, holds and the periods.

Owner only (``Permission.RETENTION``): erasing cannot be undone, not even with the recovery
key (each evidence file's key is forgotten and the rows are overwritten); backups made before
still hold the records, which the windows and the CLI say before anything is erased.

Each record is erased in a transaction of its own, in the order the rules need (notices
before the incidents they rest on, training sessions before the former staff they name): a
file removed cannot come back with a rollback, so a record is either wholly erased (rows,
keys, files) or untouched, and a failure part-way leaves the records before it erased and
audited, not a half-erased batch. The write-ahead log is then checkpointed (as deleting one
evidence file does) so the old pages leave the ``-wal`` too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..domain import retention as rules
from ..domain.errors import UserError
from ..domain.retention import Decision, RecordKind, RetentionRule, RetentionSettings, Review
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..infra import clock
from ..vault import evidence_store
from ..vault.connection import DB_NAME, Connection, connect
from ..vault.repositories import retention as repo
from ..vault.repositories import shop as shop_repo
from ..vault.vault import Vault
from .access import Access

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class RuleSetting:
    """One kind's period as the shop has it: the rule, the months in force, set or default."""

    rule: RetentionRule
    months: int
    is_default: bool


@dataclass(frozen=True)
class Erased:
    """One erased record: its reference, kind, and how many evidence files went with it."""

    reference: str
    kind: RecordKind
    files: int = 0


@dataclass(frozen=True)
class EraseJob:
    """Erasing checked records, as plain data for a worker thread (``ui/tasks.py``).

    It writes through a connection of its own, not the window's: the GUI thread keeps using
    its connection meanwhile, and SQLite keeps the two apart (a write from the window waits
    for, or is refused during, one record's short transaction, never mixed into it).

    Attributes:
        steps: (reference, kind, rule) in the order they must go (notices first, former staff
            last).
    """

    db_path: Path
    data_key: bytes = field(repr=False)
    evidence_dir: Path
    steps: tuple[tuple[str, RecordKind, str], ...]
    reason: str
    user: str

    def run(
        self, *, progress: Progress | None = None, should_cancel: ShouldCancel | None = None
    ) -> list[Erased]:
        """Erase each record in a transaction of its own; stop between records if cancelled."""
        done: list[Erased] = []
        conn = connect(self.db_path, self.data_key)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")  # the window may be mid-save
            for n, (reference, kind, rule) in enumerate(self.steps):
                if should_cancel is not None and should_cancel():
                    break
                if progress is not None:
                    progress(n, len(self.steps))
                done.append(self._erase_one(conn, reference, kind, rule))
        finally:
            # Push the erased rows and keys out of the write-ahead log too.
            with contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        return done

    def _erase_one(self, conn: Any, reference: str, kind: RecordKind, rule: str) -> Erased:
        files: list[str] = []
        conn.execute("BEGIN IMMEDIATE")
        try:
            if kind is RecordKind.NOTICE:
                repo.erase_notice(conn, reference, rule, self.user)
            elif kind in (RecordKind.CLOSED_INCIDENT, RecordKind.PHONE_CALL):
                files = repo.erase_incident(
                    conn, self.evidence_dir, reference, rule, self.reason, self.user
                )
            else:
                repo.erase_record(conn, reference, rule, self.user)
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            raise
        for file_id in files:  # the keys are gone: what is left on disk is unreadable noise
            evidence_store.remove_deleted_file(self.evidence_dir, file_id)
        return Erased(reference, kind, len(files))


class RetentionService:
    """Retention periods, the review, holds and erasing, over one open vault."""

    def __init__(self, vault: Vault, access: Access | None = None) -> None:
        self.vault = vault
        self._access = access or Access.for_vault(vault)

    @property
    def access(self) -> Access:
        return self._access

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(shop_repo.get(self.vault.conn).timezone)

    def today(self) -> date:
        """Today in the shop's time zone."""
        return clock.today(self._zone())

    # ------------------------------------------------------------ settings

    def settings(self) -> RetentionSettings:
        self._access.require(Permission.RETENTION)
        return repo.settings(self.vault.conn)

    def rule_settings(self) -> list[RuleSetting]:
        """Every kind of record with its period in force (for the settings table)."""
        s = self.settings()
        return [RuleSetting(r, s.months_for(k), s.is_default(k)) for k, r in rules.RULES.items()]

    def set_months(self, kind: RecordKind, months: int | None) -> None:
        """Set ``kind``'s period in months (0: keep, never due; None: the default), audited."""
        self._access.require(Permission.RETENTION)
        if months is not None:
            rules.validate_months(kind, months)
        with self.vault.transaction() as conn:
            repo.set_months(conn, kind, months, self._access.login)

    # ------------------------------------------------------------ review

    def review(self, today: date | None = None) -> Review:
        """What is due for erasing on ``today`` (default: the shop's today) and what is kept."""
        self._access.require(Permission.RETENTION)
        zone = self._zone()
        return review_on(self.vault.conn, today or clock.today(zone), zone)

    def plan(self, references: Sequence[str], today: date | None = None) -> list[Decision]:
        """The records ``references`` name, checked due, in the order they must be erased.

        Refused as a whole (nothing is erased) if any is not due, or if an incident is chosen
        without a due notice that rests on it.
        """
        review = self.review(today)
        chosen = list(dict.fromkeys(r.strip() for r in references if r.strip()))
        if not chosen:
            raise UserError("Name at least one record to erase (a reference from the review).")
        plan: list[Decision] = []
        for ref in chosen:
            d = review.find(ref)
            if d is None or not d.due:
                why = "; ".join(map(str, d.held)) if d is not None and d.held else "it is not due"
                raise UserError(f"{ref} cannot be erased: {why}. Nothing was erased.")
            missing = [n for n in d.requires if n not in chosen]
            if missing and d.kind is RecordKind.FORMER_STAFF:
                raise UserError(
                    f"{ref} cannot be erased without training session {', '.join(missing)} "
                    "that names them (due too): choose both. Nothing was erased."
                )
            if missing:
                raise UserError(
                    f"{ref} cannot be erased without notice {', '.join(missing)} that rests on "
                    "it (due too): choose both. Nothing was erased."
                )
            plan.append(d)
        # What must go first: notices before their incidents, sessions before their attendees.
        return sorted(
            plan,
            key=lambda d: (d.kind is not RecordKind.NOTICE, d.kind is RecordKind.FORMER_STAFF),
        )

    def erase_job(
        self, references: Sequence[str], reason: str, today: date | None = None
    ) -> EraseJob:
        """Check the choice (on the connection's thread) and return the erasing to run (on
        any thread): plain data, a connection of its own. Call :meth:`finish` after it."""
        self._access.require(Permission.RETENTION)
        self.vault.require_writable()
        reason = clean_text(reason, "reason", long=True, required=True)
        plan = self.plan(references, today)
        settings = self.settings()
        steps = tuple(
            (d.reference, d.kind, f"{d.kind.value}: {settings.months_for(d.kind)} months ({d.why})")
            for d in plan
        )
        v = self.vault
        return EraseJob(
            v.folder / DB_NAME, v.data_key, v.evidence_dir, steps, reason, self._access.login
        )

    def finish(self) -> None:
        """After an erase job: record the new audit head in the anchor (as every write does)."""
        with contextlib.suppress(Exception):
            self.vault.write_anchor()

    def erase(
        self, references: Sequence[str], reason: str, today: date | None = None
    ) -> list[Erased]:
        """Erase the due records ``references`` (after the user confirmed), each audited."""
        job = self.erase_job(references, reason, today)
        try:
            return job.run()
        finally:
            self.finish()

    # ------------------------------------------------------------ holds

    def holds(self) -> dict[str, str]:
        self._access.require(Permission.RETENTION)
        return repo.holds(self.vault.conn)

    def hold(self, reference: str, reason: str) -> RecordKind:
        """Keep ``reference`` out of erasing whatever its age (a legal hold), with the reason."""
        self._access.require(Permission.RETENTION)
        reason = clean_text(reason, "reason", long=True, required=True)
        with self.vault.transaction() as conn:
            return repo.hold(conn, reference.strip(), reason, self._access.login)

    def release(self, reference: str) -> None:
        self._access.require(Permission.RETENTION)
        with self.vault.transaction() as conn:
            repo.release(conn, reference.strip(), self._access.login)


def review_on(conn: Connection, day: date, zone: ZoneInfo) -> Review:
    """The retention review on ``day`` read through ``conn`` (any thread's own connection:
    it reads every closed record, so the home screen runs it in the background)."""
    return rules.review(
        day,
        repo.settings(conn),
        repo.incident_facts(conn, zone),
        repo.notice_facts(conn),
        repo.record_facts(conn, zone),
        repo.holds(conn),
    )
