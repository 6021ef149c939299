"""Crash safety for typed text: autosaved drafts of open editors and guided responses.

The incident editor and the guided response write their unsaved draft here every few seconds
(one short transaction each time, inside the encrypted vault: never a plaintext file). A
saved or discarded draft is cleared; whatever is left when the program starts again was cut
off by a crash or a power cut, and the next unlock offers it back (:meth:`pending`).

A draft is kept as the documented incident JSON (``domain/incident_json``). A half-typed
draft may not yet pass the import rules (an empty summary, a quote without words): such text
is read back with the required-but-empty fields filled by a marker that is removed again, so
the restored form shows exactly what was typed, holes included, and the normal save rules
apply when the user saves it.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain.errors import ValidationError
from ..domain.incident_json import incident_from_dict, incident_to_dict
from ..domain.models import Incident
from ..domain.roles import Permission
from ..vault.repositories import autosave as repo
from ..vault.vault import Vault
from .access import Access

EDITOR, GUIDE = "editor", "guide"
# Stands in for an empty text while a draft goes through the strict JSON reader.
_BLANK = "\u2060autosave-blank\u2060"
_VAULT_FIELDS = ("id", "reference", "created_at", "created_by", "updated_at", "updated_by")


@dataclass
class RecoveredDraft:
    """A draft left behind by a window that was never saved or closed.

    ``incident`` is None when the stored text can no longer be read (then it can only be
    discarded); ``state`` holds the window's own extras (the guide's chosen status...).
    """

    slot: str
    kind: str
    reference: str
    base_version: int | None
    user: str
    saved_at: datetime
    incident: Incident | None
    state: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # never put typed text into a log or a traceback
        return f"RecoveredDraft(slot={self.slot!r}, kind={self.kind!r}, ref={self.reference!r})"

    def over(self, stored: Incident) -> Incident:
        """The draft to show in place of ``stored`` (the incident as the window loaded it).

        What the vault sets (id, reference, creation) comes from ``stored``; the version is
        the one the draft was started from, so saving it over a newer save is refused as
        stale instead of silently overwriting someone else's change.
        """
        if self.incident is None:
            raise ValidationError("This autosaved draft can no longer be read.")
        draft = copy.deepcopy(self.incident)
        for name in _VAULT_FIELDS:
            setattr(draft, name, copy.deepcopy(getattr(stored, name)))
        draft.version = self.base_version if self.base_version is not None else stored.version
        return draft


class AutosaveService:
    """Autosaves of one open vault, for its acting user."""

    def __init__(self, vault: Vault, *, access: Access | None = None) -> None:
        self.vault = vault
        self.access = access or Access.for_vault(vault)

    @property
    def user(self) -> str:
        return self.vault.user

    def save(
        self,
        slot: str,
        kind: str,
        incident: Incident,
        *,
        base_version: int | None = None,
        state: dict[str, Any] | None = None,
    ) -> None:
        """Keep ``incident`` (the window's unsaved draft) as the autosave of ``slot``."""
        # The user's own scratch copy, never a record: anyone who may record may keep one.
        self.access.require(Permission.RECORD_INCIDENT)
        draft = json.dumps(incident_to_dict(incident), ensure_ascii=False)
        extras = json.dumps(state or {}, ensure_ascii=False)
        with self.vault.transaction() as conn:
            repo.put(
                conn,
                slot=slot,
                kind=kind,
                reference=incident.reference or "",
                base_version=base_version,
                user=self.user,
                draft=draft,
                state=extras,
            )

    def clear(self, slot: str) -> None:
        """The draft of ``slot`` was saved or discarded: forget its autosave."""
        self.access.require(Permission.RECORD_INCIDENT)
        with self.vault.transaction() as conn:
            repo.delete(conn, slot)

    def pending(self, exclude: set[str] | frozenset[str] = frozenset()) -> list[RecoveredDraft]:
        """The acting user's drafts left behind (except those of ``exclude``, open windows)."""
        rows = repo.list_rows(self.vault.conn, self.user)
        return [_recovered(row) for row in rows if row.slot not in exclude]

    def get(self, slot: str) -> RecoveredDraft | None:
        row = repo.get(self.vault.conn, slot)
        return _recovered(row) if row is not None else None


def _recovered(row: repo.AutosaveRow) -> RecoveredDraft:
    incident: Incident | None
    try:
        incident = draft_from_json(json.loads(row.draft))
    except (ValueError, ValidationError):
        incident = None
    try:
        state = json.loads(row.state)
    except ValueError:
        state = {}
    return RecoveredDraft(
        slot=row.slot,
        kind=row.kind,
        reference=row.reference,
        base_version=row.base_version,
        user=row.user,
        saved_at=datetime.fromisoformat(row.saved_at),
        incident=incident,
        state=state if isinstance(state, dict) else {},
    )


def draft_from_json(data: object) -> Incident:
    """Read an autosaved draft back, empty required texts included (see the module note).

    Raises:
        ValidationError: the text is damaged beyond an unfinished form.
    """
    incident = incident_from_dict(_fill_blanks(data))
    _clear_blanks(incident)
    if isinstance(data, dict):
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool):
            incident.version = version
    return incident


def _fill_blanks(data: object) -> object:
    if isinstance(data, dict):
        return {k: _fill_blanks(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_fill_blanks(v) for v in data]
    if isinstance(data, str) and not data.strip():
        return _BLANK + data  # whitespace typed so far is kept
    return data


def _clear_blanks(obj: object) -> None:
    if isinstance(obj, dict):  # offence_answers: code -> ElementAnswer
        obj = list(obj.values())
    if isinstance(obj, list):
        for item in obj:
            _clear_blanks(item)
        return
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, str) and _BLANK in value:
            object.__setattr__(obj, f.name, value.replace(_BLANK, ""))
        else:
            _clear_blanks(value)
