"""The consultation desk (contacts, consultation records) and cooperation requests.

Who may do what:

* contacts: everyone reads them (``VIEW_GUIDANCE``); managers and the owner edit them
  (``EDIT_POLICY``). An internal contact with a login makes that user a *contact person*.
* consultation records are private to the person who consulted: only the owner and the
  contact person named on a record may read it. A user who is neither gets an empty list, and
  asking for a record by id gives the same "not found" as a record that does not exist, so not
  even its existence leaks. The owner and contact persons may add records; a contact person
  records only consultations they handle themselves.
* cooperation requests (art. 33(3)): ``COOPERATION`` (managers and the owner).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from ..domain.consultation import (
    Consultation,
    Contact,
    validate_consultation,
    validate_contact,
    with_standard,
)
from ..domain.cooperation import (
    CooperationRequest,
    Direction,
    compose_letter,
    draft_what_happened,
    validate_request,
)
from ..domain.errors import UserError, ValidationError
from ..domain.roles import AccessDeniedError, Permission, Role
from ..infra import clock
from ..reports.cooperation_request import build_cooperation_letter
from ..reports.output import build_pdf_bytes, write_pdf_atomically
from ..vault.repositories import consultation as repo
from ..vault.repositories import incidents as incident_repo
from ..vault.repositories import shop as shop_repo
from ..vault.vault import Vault
from .access import Access


class NotContactPersonError(AccessDeniedError):
    """Only the owner and the designated contact persons may record consultations."""

    def __init__(self, access: Access) -> None:
        self.permission, self.needed, self.role = Permission.VIEW_GUIDANCE, Role.OWNER, access.role
        UserError.__init__(
            self,
            "Only the owner or a designated consultation contact person can record "
            f"consultations; {access.who} is neither. Nothing was changed.",
        )


class ConsultationService:
    """Contacts, consultation records and cooperation requests of one open vault."""

    def __init__(self, vault: Vault, access: Access | None = None) -> None:
        self.vault = vault
        self._access = access or Access.for_vault(vault)

    @property
    def access(self) -> Access:
        return self._access

    # ------------------------------------------------------------ contacts

    def stored_contacts(self) -> list[Contact]:
        """The shop's own contacts, as entered."""
        self._access.require(Permission.VIEW_GUIDANCE)
        return repo.contacts(self.vault.conn)

    def contacts(self, lang: str = "ja") -> list[Contact]:
        """Whom staff can talk to: the shop's contacts, then the standard public ones."""
        return with_standard(self.stored_contacts(), lang)

    def save_contact(self, contact: Contact) -> Contact:
        """Add (no id) or change a contact; a login must be a user of this logbook."""
        self._access.require(Permission.EDIT_POLICY)
        c = validate_contact(contact)
        if c.login:
            users = self._users()
            if c.login not in users:
                raise ValidationError(f"login: no user {c.login!r} in this logbook.")
            if not c.name:
                c = dataclasses.replace(c, name=users[c.login])
        with self.vault.transaction() as conn:
            return repo.save_contact(conn, c, self._access.login)

    def delete_contact(self, contact_id: int) -> None:
        self._access.require(Permission.EDIT_POLICY)
        with self.vault.transaction() as conn:
            repo.delete_contact(conn, contact_id, self._access.login)

    def user_logins(self) -> list[str]:
        """The logbook's users, who may be made contact persons (for the contacts form)."""
        self._access.require(Permission.EDIT_POLICY)
        return sorted(self._users())

    def record_contacts(self) -> list[str]:
        """Whom a new record may name as its contact person: the owner may name any contact
        person (or themselves), a contact person only themselves."""
        if self._access.role is Role.OWNER:
            return sorted(repo.contact_logins(self.vault.conn) | {self._access.login})
        return [self._access.login] if self.is_contact_person() else []

    def contact_persons(self) -> set[str]:
        """Logins of the designated contact persons."""
        self._access.require(Permission.VIEW_GUIDANCE)
        return repo.contact_logins(self.vault.conn)

    def is_contact_person(self) -> bool:
        """True if the signed-in user is a designated contact person."""
        return self._access.login in repo.contact_logins(self.vault.conn)

    def can_record(self) -> bool:
        """True if the signed-in user may add and read consultation records (the records tab)."""
        return self._access.role is Role.OWNER or self.is_contact_person()

    def _users(self) -> dict[str, str]:
        """login -> display name of this logbook's users (slots; names from the users table)."""
        names = {login: login for login in self.vault.header.users}
        rows = self.vault.conn.execute(
            "SELECT login, display_name FROM users WHERE removed_at IS NULL"
        ).fetchall()
        for login, display in rows:
            if login in names and display:
                names[login] = display
        return names

    # ------------------------------------------------------------ consultation records

    def _reader(self) -> str | None:
        """None for the owner (reads all), else the login whose records may be read."""
        return None if self._access.role is Role.OWNER else self._access.login

    def records(self) -> list[Consultation]:
        """The records the signed-in user may read (owner: all; others: those naming them)."""
        return repo.consultations(self.vault.conn, self._reader())

    def record(self, consultation_id: int) -> Consultation:
        """One record; NotFoundError both when missing and when the user may not read it."""
        return repo.get_consultation(self.vault.conn, consultation_id, self._reader())

    def add_record(self, consultation: Consultation) -> Consultation:
        """Record a consultation (owner or contact person; see the module docstring)."""
        if not self.can_record():
            raise NotContactPersonError(self._access)
        c = validate_consultation(
            dataclasses.replace(
                consultation, contact_login=consultation.contact_login or self._access.login
            )
        )
        self._check_contact(c.contact_login)
        with self.vault.transaction() as conn:
            return repo.add_consultation(conn, c, self._access.login)

    def update_record(self, consultation: Consultation) -> Consultation:
        """Change a record the user may read (what was done, the follow-up, corrections)."""
        if consultation.id is None:
            raise ValidationError("id: say which consultation to change.")
        self.record(consultation.id)  # NotFoundError unless this user may read it
        c = validate_consultation(consultation)
        self._check_contact(c.contact_login)
        with self.vault.transaction() as conn:
            return repo.update_consultation(conn, c, self._access.login)

    def _check_contact(self, login: str) -> None:
        persons = repo.contact_logins(self.vault.conn)
        if self._access.role is not Role.OWNER and login != self._access.login:
            raise ValidationError(
                "contact: a contact person records the consultations they handle themselves "
                f"({self._access.login}); the owner may name another contact person."
            )
        if login not in persons and login != self._access.login:
            names = ", ".join(sorted(persons)) or "none yet: add one under contacts"
            raise ValidationError(
                f"contact: {login!r} is not a designated contact person ({names})."
            )

    # ------------------------------------------------------------ cooperation requests

    def requests(self) -> list[CooperationRequest]:
        self._access.require(Permission.COOPERATION)
        return repo.requests(self.vault.conn)

    def request(self, request_id: int) -> CooperationRequest:
        self._access.require(Permission.COOPERATION)
        return repo.get_request(self.vault.conn, request_id)

    def save_request(self, request: CooperationRequest) -> CooperationRequest:
        """Record a new request (no id) or update one (its response)."""
        self._access.require(Permission.COOPERATION)
        r = validate_request(request)
        with self.vault.transaction() as conn:
            return repo.save_request(conn, r, self._access.login)

    def draft_what_happened(self, incident_reference: str, lang: str = "ja") -> str:
        """A neutral first draft of an outgoing letter's facts from an incident's record."""
        self._access.require(Permission.COOPERATION)
        inc = incident_repo.get(self.vault.conn, incident_reference)
        return draft_what_happened(inc, lang, inc.occurred_at.date())

    def letter_pdf(self, request_id: int, lang: str = "ja") -> bytes:
        """The outgoing request's letter as PDF bytes (for the preview)."""
        letter = compose_letter(self.request(request_id), shop_repo.get(self.vault.conn), lang)
        return build_pdf_bytes(lambda out: build_cooperation_letter(out, letter))

    def write_letter(self, request_id: int, dest: Path, lang: str = "ja") -> None:
        """Write the outgoing request's letter to ``dest`` (whole or not at all)."""
        letter = compose_letter(self.request(request_id), shop_repo.get(self.vault.conn), lang)
        write_pdf_atomically(dest, lambda out: build_cooperation_letter(out, letter))

    def letter_job(self, request_id: int, dest: Path, lang: str = "ja") -> Callable[[], Path]:
        """Read what the letter needs now; return the writing (plain data) for another thread."""
        letter = compose_letter(self.request(request_id), shop_repo.get(self.vault.conn), lang)
        return lambda: write_pdf_atomically(dest, lambda out: build_cooperation_letter(out, letter))

    def today(self) -> date:
        """Today in the shop's time zone (the default day of a new request)."""
        return clock.today(shop_repo.get(self.vault.conn).timezone)

    def outgoing(self) -> Sequence[CooperationRequest]:
        return [r for r in self.requests() if r.direction is Direction.OUTGOING]
