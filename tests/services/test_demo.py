"""The demo vault: incidents, people and evidence that the viewers and reports can show."""

from __future__ import annotations

import io
import re
import wave
from pathlib import Path

import pytest

from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services.demo import (
    DEMO_OWNER,
    DEMO_PASSPHRASE,
    create_demo_vault,
    demo_owner,
    load_demo_document,
)
from kasuhara_desktop.services.demo_evidence import DEMO_FILES, call_wav, cctv_png, letter_pdf
from kasuhara_desktop.services.demo_text import localise
from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.vault import Vault


def test_demo_vault_opens_with_the_shown_passphrase_and_verifies(tmp_path: Path) -> None:
    create_demo_vault(tmp_path / "demo")
    with Vault.open(tmp_path / "demo", user=DEMO_OWNER, passphrase=DEMO_PASSPHRASE) as vault:
        assert vault.user == DEMO_OWNER
        assert IncidentService(vault).count(IncidentFilter()) >= 12
        evidence = EvidenceService(vault)
        kinds = {i.mime for ref in ("K-2026-0003", "K-2026-0004", "K-2026-0012")
                 for i in evidence.items(ref)}  # fmt: skip
        assert kinds == {"image/png", "audio/wav", "application/pdf"}
        assert verify_vault(vault).ok
    # The source files were temporary: nothing but the vault is left.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo"]


def test_generated_files_are_valid() -> None:
    png = cctv_png(32, 16)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and png.endswith(b"IEND\xaeB`\x82")
    with wave.open(io.BytesIO(call_wav(0.5)), "rb") as w:
        assert (w.getframerate(), w.getnframes()) == (8000, 4000)
    assert letter_pdf().startswith(b"%PDF-")


JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef「」（）]")


def test_demo_passphrase_is_typable_without_an_input_method() -> None:
    assert DEMO_PASSPHRASE.isascii() and DEMO_PASSPHRASE.isprintable()


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_demo_data_is_in_one_language(lang: str) -> None:
    document = load_demo_document(lang)
    leftovers = [t for t in _texts(document) if JAPANESE.search(t)]
    assert leftovers == []  # every text translated, nothing left in Japanese
    assert document["incidents"] and len(document["incidents"]) == len(
        load_demo_document("ja")["incidents"]
    )
    evidence_texts = _texts([[f[1], f[3], f[4].detail] for f in DEMO_FILES])
    assert len(evidence_texts) == 3 * len(DEMO_FILES)
    for text in [DEMO_OWNER, *evidence_texts]:
        assert not JAPANESE.search(localise(text, lang)), text


def test_english_demo_vault_is_english_throughout(tmp_path: Path) -> None:
    create_demo_vault(tmp_path / "demo", "en")
    with Vault.open(tmp_path / "demo", user=demo_owner("en"), passphrase=DEMO_PASSPHRASE) as vault:
        assert vault.user == demo_owner("en") == "Manager Suzuki"
        service = IncidentService(vault)
        assert service.shop_profile().name == "Sakura Mart Nakano"
        first = service.get("K-2026-0001")
        assert "refund" in first.summary and not JAPANESE.search(first.summary)
        names = [i.original_name for i in EvidenceService(vault).items("K-2026-0003")]
        assert names == ["CCTV 2026-02-21 21-11.png"]


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _texts(v)]
    return []


def test_japanese_demo_is_japanese_throughout() -> None:
    prose = ("summary", "demand", "location", "words", "description", "notes", "label")
    found: list[str] = []

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key in prose and value and not JAPANESE.search(value):
            found.append(value)

    walk(load_demo_document("ja"))
    assert found == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_demo_has_a_user_of_each_role_with_the_shown_passphrase(
    tmp_path: Path, lang: str
) -> None:
    from kasuhara_desktop.domain.roles import Role
    from kasuhara_desktop.services.access import Access
    from kasuhara_desktop.services.demo import DEMO_OTHER_USERS

    create_demo_vault(tmp_path / "demo", lang)
    roles = {}
    for login in [demo_owner(lang), *(localise(u, lang) for u, _ in DEMO_OTHER_USERS)]:
        with Vault.open(tmp_path / "demo", user=login, passphrase=DEMO_PASSPHRASE) as vault:
            roles[Access.for_vault(vault).role] = login
    assert set(roles) == {Role.OWNER, Role.MANAGER, Role.STAFF}
    assert not JAPANESE.search(" ".join(roles.values())) if lang == "en" else True
