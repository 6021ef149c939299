"""The incident report's "Who to talk to" section: the shop's contacts, then the public ones."""

from __future__ import annotations

import io
from typing import Any

import pytest
from helpers import OWNER, sample_incident

from kasuhara_desktop.domain.consultation import Contact, ContactKind
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.consultation import ConsultationService
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf
from kasuhara_desktop.vault.vault import Vault

EXPECTED = {
    "ja": ("相談先", "#9110", "番号を確認してください", "総合労働相談コーナー"),
    "en": ("Who to talk to", "#9110", "number to be checked", "Labour Consultation Corner"),
    "nb": ("Hvem du kan snakke med", "#9110", "nummeret må sjekkes", "rådgivningskontor"),
}


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_the_report_lists_the_contacts(vault: Vault, lang: str, pdf_tools: dict[str, Any]) -> None:
    owner = ConsultationService(vault, Access(OWNER, OWNER, Role.OWNER))
    owner.save_contact(Contact(ContactKind.LAWYER, "山田法律事務所", phone="03-1111-2222"))
    inc = IncidentService(vault).add(sample_incident())
    out = io.BytesIO()
    build_incident_pdf(ReportService(vault).prepare_incident(inc.reference), out, lang)
    text = "".join(pdf_tools["text"](out.getvalue()).split())
    for phrase in (*EXPECTED[lang], "山田法律事務所", "03-1111-2222"):
        assert "".join(phrase.split()) in text, (lang, phrase)
    assert "法テラス" not in text  # the shop's own lawyer replaces the standard entry
