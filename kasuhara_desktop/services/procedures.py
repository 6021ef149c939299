"""The shop's handling procedures, its harassment criteria and the printed manual (issue 17.3).

Reading needs ``VIEW_GUIDANCE`` (every staff member reads the procedures); changing them needs
``EDIT_POLICY``. A save appends a new version of what changed (procedures, criteria, or both)
in one transaction with its audit rows. The phone limit has one home, the shop profile's
``call_limit_minutes`` that phone mode counts against: saving the procedures sets it in the
same transaction, and the procedures read it back, so Settings and this page never disagree.

The criteria feed :meth:`ProcedureService.suggestions`, which the judging step shows as
suggestions with their source; only a person's confirmation puts one into the assessment.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.criteria_suggestions import MannerSuggestion, manner_suggestions
from ..domain.models import Incident
from ..domain.phone import calls_of
from ..domain.procedures import (
    Criteria,
    Procedures,
    criteria_to_dict,
    default_criteria,
    default_procedures,
    language,
    merge_document,
    procedures_to_dict,
    same_criteria,
    same_procedures,
)
from ..domain.roles import Permission
from ..infra import clock as infra_clock
from ..reports.manual import ManualData, build_manual
from ..reports.output import build_pdf_bytes, write_pdf_atomically
from ..vault.repositories import procedures as repo
from ..vault.repositories import shop as shop_repo
from ..vault.vault import Vault
from .access import Access


@dataclass(frozen=True)
class SaveResult:
    """What a save stored: the versions now in force and which parts got a new version."""

    procedures: Procedures
    criteria: Criteria
    changed: tuple[str, ...]  # "procedures", "criteria"


class ProcedureService:
    """Procedures, criteria and the manual of one open vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        access: Access | None = None,
        clock: Callable[[], datetime] | None = None,
        policy_text: Callable[[str], str | None] | None = None,
    ) -> None:
        """``policy_text(lang)`` gives the shop's basic policy for the manual, if it has one."""
        self.vault = vault
        self.access = access or Access.for_vault(vault)
        self._clock = clock or infra_clock.now
        self.policy_text = policy_text

    # ------------------------------------------------------------ reading

    def procedures(self) -> Procedures:
        """The version in force (the shipped defaults before the first save)."""
        self.access.require(Permission.VIEW_GUIDANCE)
        conn = self.vault.conn
        p = repo.current_procedures(conn) or default_procedures()
        return dataclasses.replace(p, phone_limit_minutes=self._phone_limit(p))

    def _phone_limit(self, p: Procedures) -> int:
        """The shop profile's call limit (phone mode's), or the procedures' before a profile."""
        profile = shop_repo.get(self.vault.conn)
        return profile.call_limit_minutes if profile.name else p.phone_limit_minutes

    def criteria(self) -> Criteria:
        """The shop's criteria in force (the shipped defaults before the first save)."""
        self.access.require(Permission.VIEW_GUIDANCE)
        return repo.current_criteria(self.vault.conn) or default_criteria()

    def document(self) -> dict[str, Any]:
        """Both, as ``procedures show --json`` prints them (and ``procedures set`` reads)."""
        return {
            "procedures": procedures_to_dict(self.procedures()),
            "criteria": criteria_to_dict(self.criteria()),
        }

    def history(self) -> list[dict[str, Any]]:
        """Every saved version of both, newest first: what, version, when, who, note."""
        self.access.require(Permission.VIEW_GUIDANCE)
        keys = ("what", "version", "saved_at", "saved_by", "note")
        return [dict(zip(keys, row, strict=True)) for row in repo.history(self.vault.conn)]

    def suggestions(self, incident: Incident) -> list[MannerSuggestion]:
        """What the shop's criteria suggest about ``incident``'s manner (never applied here)."""
        criteria = self.criteria()
        limit = self.procedures().phone_limit_minutes
        return manner_suggestions(criteria, incident.behaviours, calls_of(incident), limit)

    # ------------------------------------------------------------ writing

    def save_document(self, data: object) -> SaveResult:
        """Apply a ``procedures set`` document (parts left out keep their value) and save.

        Raises:
            ValidationError: a field is unknown or breaks a rule; nothing is stored.
            AccessDeniedError: the user may not edit the procedures.
        """
        self.access.require(Permission.EDIT_POLICY)
        p, c = merge_document(data, self.procedures(), self.criteria())
        return self.save(p, c)

    def save(self, procedures: Procedures, criteria: Criteria) -> SaveResult:
        """Store what differs from the versions in force as new versions, in one transaction."""
        self.access.require(Permission.EDIT_POLICY)
        self.vault.require_writable()
        old_p, old_c = self.procedures(), self.criteria()
        changed: list[str] = []
        user = self.access.login
        with self.vault.transaction() as conn:
            at = self._clock()
            p, c = old_p, old_c
            # A first save adopts the shipped defaults as version 1 even if unchanged: the
            # manual then says who adopted them and when.
            if old_p.version == 0 or not same_procedures(procedures, old_p):
                p = repo.add_procedures(conn, procedures, user, at)
                changed.append("procedures")
                profile = shop_repo.get(conn)
                if profile.name and profile.call_limit_minutes != p.phone_limit_minutes:
                    new = dataclasses.replace(profile, call_limit_minutes=p.phone_limit_minutes)
                    shop_repo.save(conn, new, user)
            if old_c.version == 0 or not same_criteria(criteria, old_c):
                c = repo.add_criteria(conn, criteria, user, at)
                changed.append("criteria")
        return SaveResult(procedures=p, criteria=c, changed=tuple(changed))

    # ------------------------------------------------------------ the manual

    def manual_data(self, lang: str) -> ManualData:
        code = language(lang)
        profile = shop_repo.get(self.vault.conn)
        policy = self._policy(code)
        contacts = self._contacts(code)
        return ManualData(
            shop_name=profile.name,
            procedures=self.procedures(),
            criteria=self.criteria(),
            lang=code,
            timezone=profile.timezone,
            policy_text=policy,
            contacts=contacts,
            prepared_by=self.access.display_name,
        )

    def _policy(self, lang: str) -> str | None:
        """The basic policy in force in ``lang`` (title and text), if the shop adopted one."""
        if self.policy_text is not None:
            return self.policy_text(lang)
        try:
            from .policy import PolicyService  # the basic policy (issue 17.1) is optional here
        except ImportError:
            return None
        version = PolicyService(self.vault, self.access).current(lang)
        return f"{version.title}\n\n{version.body}" if version is not None else None

    def _contacts(self, lang: str) -> tuple[tuple[str, str], ...]:
        """The consultation desk's contacts as (who, how) lines, if that desk is there."""
        try:  # the consultation desk (issue 17.2) is optional here
            from .consultation import ConsultationService
            from .policy import contacts_of
        except ImportError:
            return ()
        lines = contacts_of(ConsultationService(self.vault, self.access))(lang)
        return tuple((who, how) for who, how in lines)

    def manual_pdf(self, lang: str = "ja") -> bytes:
        """The manual as PDF bytes (previews; nothing touches the disk)."""
        data = self.manual_data(lang)
        return build_pdf_bytes(lambda out: build_manual(out, data))

    def manual_job(self, dest: Path, lang: str = "ja") -> Callable[[], Path]:
        """Read what the manual needs now; return the writing for another thread.

        The returned callable holds plain data only (no connection), so the GUI runs it in a
        background task (``ui/tasks.py``) and the page stays responsive while reportlab works.
        """
        data = self.manual_data(lang)
        return lambda: write_pdf_atomically(dest, lambda out: build_manual(out, data))

    def write_manual(self, dest: Path, lang: str = "ja") -> Path:
        """Write the manual to ``dest`` atomically; returns ``dest``."""
        data = self.manual_data(lang)
        return write_pdf_atomically(dest, lambda out: build_manual(out, data))
