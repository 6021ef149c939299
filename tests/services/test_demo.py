"""The demo vault: incidents, people and evidence that the viewers and reports can show."""

from __future__ import annotations

import io
import wave
from pathlib import Path

from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services.demo import DEMO_OWNER, DEMO_PASSPHRASE, create_demo_vault
from kasuhara_desktop.services.demo_evidence import call_wav, cctv_png, letter_pdf
from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.vault import Vault


def test_demo_vault_opens_with_the_shown_passphrase_and_verifies(tmp_path: Path) -> None:
    create_demo_vault(tmp_path / "demo")
    with Vault.open(tmp_path / "demo", passphrase=DEMO_PASSPHRASE) as vault:
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
