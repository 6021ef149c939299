"""Shared builders for tests (imported by conftest and test modules)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kasuhara_desktop.domain.element_answers import ElementAnswer
from kasuhara_desktop.domain.enums import Behaviour, Channel, ParticipantRole, TimelineKind
from kasuhara_desktop.domain.models import (
    Incident,
    Participant,
    Person,
    Quote,
    ShopProfile,
    StaffMember,
    TimelineEntry,
)
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

OWNER = "店長 山田"
# The passphrase of the vaults the CLI tests make with tests/cli/conftest.py's ``folder``
# (given through the environment, as a shop's script would).
CLI_PASSPHRASE = "mise tsubame kaminari"
PASSPHRASE = "correct horse \"battery\" 'staple' 馬"
TOKYO = ZoneInfo("Asia/Tokyo")
HOSTILE = "<b>bold</b> & &amp; \"q\" 'q' 🙂 עברית مرحبا \u202etxt.exe 馬鹿野郎"


def make_vault(folder: Path, shop_name: str = "テスト商店") -> tuple[Vault, bytes]:
    return Vault.create(folder, ShopProfile(name=shop_name), OWNER, PASSPHRASE, kdf=FAST_PARAMS)


def sample_incident(summary: str = "返金要求と暴言", **kw: object) -> Incident:
    at = datetime(2026, 11, 3, 14, 5, tzinfo=TOKYO)
    inc = Incident(
        occurred_at=at,
        summary=summary,
        channel=Channel.IN_PERSON,
        location="レジ前",
        demand="全額返金",
        behaviours=[Behaviour.THREATS_ABUSE, Behaviour.GROUNDLESS_REFUND],
        quotes=[Quote(speaker="客", words="馬鹿野郎", said_at=at, repeat_count=3)],
        timeline=[
            TimelineEntry(at=at, kind=TimelineKind.STOP_REQUEST, description="1回目", by="店長")
        ],
        participants=[
            Participant(
                role=ParticipantRole.CUSTOMER, person=Person(label="客A", description="黒い服")
            ),
            Participant(role=ParticipantRole.TARGET, staff=StaffMember(name="佐藤")),
        ],
    )
    # The reasonable-accommodation question considered (no): the notice gate asks for it.
    inc.offence_answers["accommodation_related"] = ElementAnswer(False, by="店長", at=at)
    for key, value in kw.items():
        setattr(inc, key, value)
    return inc


def folder_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (relative path → hash)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_cli(capsys: Any, *argv: str) -> tuple[int, str, str]:
    """Run the ``kasuhara`` command in-process; return (exit code, stdout, stderr)."""
    from kasuhara_desktop.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def make_demo_cli_vault(capsys: Any, tmp_path: Path, evidence_name: str) -> str:
    """Through the CLI: a vault with the demo data, and a text file attached to K-2026-0001
    under ``evidence_name`` (the passphrase comes from the caller's environment)."""
    folder = str(tmp_path / "v")
    assert run_cli(capsys, "--vault", folder, "init", "--shop-name", "さくらマート")[0] == 0
    assert run_cli(capsys, "--vault", folder, "demo")[0] == 0
    evidence = tmp_path / evidence_name
    evidence.write_text("録音の書き起こし", encoding="utf-8")
    code = run_cli(capsys, "--vault", folder, "evidence", "add", "K-2026-0001", str(evidence))[0]
    assert code == 0
    return folder


INCIDENT_EXAMPLE = Path(__file__).parents[1] / "resources" / "docs" / "incident-example.json"


def make_example_cli_vault(capsys: Any, tmp_path: Path) -> str:
    """Through the CLI: a vault holding the documented example incident (K-…-0001)."""
    folder = str(tmp_path / "v")
    assert run_cli(capsys, "--vault", folder, "init", "--shop-name", "さくらマート")[0] == 0
    code = run_cli(capsys, "--vault", folder, "incident", "add", "--json", str(INCIDENT_EXAMPLE))[0]
    assert code == 0
    return folder


def report_data(
    summary: str = "返金要求と暴言",
    reference: str = "K-2026-0042",
    *,
    shop: Any = None,
    prepared_by: str = "店長",
) -> Any:
    """An ``IncidentReportData`` for one sample incident, as the report service gathers it
    (no evidence, no revisions), dated 2026-11-28: for tests that build a report directly."""
    from datetime import UTC, date

    from kasuhara_desktop.domain.assessment import judge
    from kasuhara_desktop.domain.models import ShopProfile
    from kasuhara_desktop.domain.offences import suggest_offences
    from kasuhara_desktop.reports.report_data import IncidentReportData
    from kasuhara_desktop.services.reports import legal_data

    inc = sample_incident(summary=summary)
    inc.reference, inc.version = reference, 1
    today = date(2026, 11, 28)
    return IncidentReportData(
        shop=shop or ShopProfile(name="テスト商店"),
        incident=inc,
        judgement=judge(inc.assessment, behaviours=inc.behaviours),
        offences=suggest_offences(inc, legal_data().articles, today=today),
        legal=legal_data(),
        evidence=(),
        revisions=(),
        audit_head="ab" * 32,
        prepared_by=prepared_by,
        prepared_at=datetime(2026, 11, 28, 9, 0, tzinfo=UTC),
        today=today,
    )
