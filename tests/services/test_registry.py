"""One services object per unlocked vault: every service over the same open vault, acting as
the user who unlocked it."""

from __future__ import annotations

from pathlib import Path

from helpers import OWNER, PASSPHRASE, sample_incident

from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.vault.vault import Vault


def test_every_service_works_on_the_one_vault_as_its_user(vault: Vault) -> None:
    services = open_services(vault)
    assert services.acting_user == vault.user == OWNER
    assert services.state.folder == Path(vault.folder)
    assert services.state.read_only_reason is None and services.state.rollback_problems == ()
    reference = services.incidents.add(sample_incident()).reference
    # the others see what the incident service wrote: the same vault, not copies of it
    assert services.reports.prepare_incident(reference).reference == reference
    assert services.notices.incidents.count(IncidentFilter()) == 1
    assert services.evidence.items(reference) == []
    assert services.response.incidents is services.incidents
    assert services.phone.incidents is services.incidents
    assert services.uses(vault) and not services.uses(object())


def test_close_closes_the_vault(vault_dir: Path, vault: Vault) -> None:
    vault.close()
    opened = Vault.open(vault_dir, passphrase=PASSPHRASE)
    services = open_services(opened)
    services.close()
    assert not opened.is_open


def test_a_read_only_vault_says_so(vault_dir: Path, vault: Vault) -> None:
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE, read_only=True) as opened:
        assert open_services(opened).state.read_only_reason
