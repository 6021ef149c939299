"""Autosaved drafts: kept encrypted in the vault, read back exactly as typed, cleared on save."""

from __future__ import annotations

from pathlib import Path

from helpers import PASSPHRASE, sample_incident

from kasuhara_desktop.domain.enums import ParticipantRole
from kasuhara_desktop.domain.incident_json import incident_to_dict
from kasuhara_desktop.domain.models import Participant, Person, Quote
from kasuhara_desktop.services.autosave import EDITOR, GUIDE
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.vault import Vault

SECRET = "秘密の下書き 7f3a"


def test_a_draft_survives_closing_the_vault_and_only_inside_it(vault_dir: Path, vault) -> None:
    service = IncidentService(vault)
    draft = sample_incident(summary=SECRET)
    service.autosave.save("slot-1", EDITOR, draft)
    vault.close()
    for path in vault_dir.rglob("*"):  # encrypted: the typed text is in no file in clear
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data and b"7f3a" not in data, path
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as again:
        [found] = IncidentService(again).autosave.pending()
        assert found.slot == "slot-1" and found.kind == EDITOR and found.reference == ""
        assert found.incident is not None
        assert incident_to_dict(found.incident) == incident_to_dict(draft)
        assert SECRET not in repr(found)


def test_half_typed_drafts_come_back_with_their_holes(vault) -> None:
    service = IncidentService(vault)
    draft = sample_incident(summary="")
    draft.quotes.append(Quote(speaker="客", words="  "))
    draft.participants.append(Participant(role=ParticipantRole.WITNESS, person=Person(label="")))
    service.autosave.save("s", GUIDE, draft, base_version=2, state={"target": "closed"})
    [found] = service.autosave.pending()
    assert found.incident is not None
    assert found.incident.summary == "" and found.incident.quotes[-1].words == "  "
    assert incident_to_dict(found.incident) == incident_to_dict(draft)
    assert found.base_version == 2 and found.state == {"target": "closed"}


def test_save_replaces_clear_removes_and_open_windows_are_not_offered(vault) -> None:
    service = IncidentService(vault)
    saved = service.add(sample_incident())
    service.autosave.save("mine", EDITOR, saved, base_version=saved.version)
    saved.summary = "もう少し書いた"
    service.autosave.save("mine", EDITOR, saved, base_version=saved.version)
    service.autosave.save("open", EDITOR, sample_incident())
    pending = service.autosave.pending(exclude={"open"})
    assert [(d.slot, d.reference) for d in pending] == [("mine", saved.reference)]
    assert pending[0].incident is not None and pending[0].incident.summary == "もう少し書いた"
    service.autosave.clear("mine")
    service.autosave.clear("open")
    assert service.autosave.pending() == []


def test_autosaves_are_not_audited_and_verify_passes(vault) -> None:
    service = IncidentService(vault)
    service.add(sample_incident())
    for n in range(5):
        service.autosave.save("s", EDITOR, sample_incident(summary=f"途中 {n}"))
    report = verify_vault(vault)
    assert report.ok, [c.problems for c in report.checks if not c.ok]
    rows = vault.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    service.autosave.save("s", EDITOR, sample_incident(summary="もっと"))
    assert vault.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == rows


def test_another_users_drafts_are_not_offered(vault_dir: Path, vault) -> None:
    vault.set_passphrase("佐藤", "another passphrase 2026")
    IncidentService(vault).autosave.save("owner's", EDITOR, sample_incident())
    vault.close()
    with Vault.open(vault_dir, user="佐藤", passphrase="another passphrase 2026") as other:
        assert IncidentService(other).autosave.pending() == []
