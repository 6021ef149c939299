"""The demo data set: realistic incidents for trying the program and for screenshots."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from ..domain.enums import TradeType
from ..domain.incident_json import incident_from_dict
from ..domain.models import Incident, ShopProfile
from ..paths import resources_dir
from ..vault.kdf import FAST_PARAMS
from ..vault.vault import Vault
from .demo_evidence import add_demo_evidence
from .evidence import EvidenceService
from .incidents import IncidentService

DEMO_PASSPHRASE = "demo-パスワード"  # noqa: S105 - a throwaway demo vault, shown on screen


def load_demo_document() -> dict[str, Any]:
    path = resources_dir() / "demo" / "incidents.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def demo_shop_profile() -> ShopProfile:
    shop = dict(load_demo_document()["shop"])
    shop["trade_type"] = TradeType(shop["trade_type"])
    return ShopProfile(**shop)


def add_demo_data(service: IncidentService) -> list[Incident]:
    """Add every demo incident (with its persons and staff) to the open vault."""
    document = load_demo_document()
    incidents = [incident_from_dict(item) for item in document["incidents"]]
    return service.add_many(incidents)


DEMO_OWNER = "店長 鈴木"


def create_demo_vault(folder: Path) -> None:
    """Create a throwaway vault in ``folder`` filled with the demo data, and close it.

    It uses the fast test KDF parameters: a demo vault protects nothing real.
    """
    vault, _key = Vault.create(
        folder, demo_shop_profile(), DEMO_OWNER, DEMO_PASSPHRASE, kdf=FAST_PARAMS
    )
    try:
        added = add_demo_data(IncidentService(vault))
        with tempfile.TemporaryDirectory(prefix="kasuhara-demo-files-") as work:
            add_demo_evidence(EvidenceService(vault), [i.reference for i in added], Path(work))
    finally:
        vault.close()
