"""The demo data set: realistic incidents for trying the program and for screenshots.

The demo is in one language throughout (incidents, shop, owner, evidence): the language the
program is shown in (``--demo --lang en`` gives English data). Its passphrase is ASCII, so it
can be typed without a Japanese input method.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from ..domain.enums import TradeType
from ..domain.incident_json import incident_from_dict
from ..domain.models import Incident, ShopProfile
from ..domain.roles import Role
from ..infra.resources import read_text
from ..vault.kdf import FAST_PARAMS
from ..vault.vault import Vault
from .demo_evidence import add_demo_evidence
from .demo_text import DEMO_LANGUAGES, localise
from .evidence import EvidenceService
from .incidents import IncidentService
from .user_rows import ensure_seeded
from .users import UserService

# ASCII only: typable on any keyboard without an input method, in every language.
DEMO_PASSPHRASE = "demo-sakura-2026"  # noqa: S105 - a throwaway demo vault, shown on screen
DEMO_OWNER = "店長 鈴木"  # the owner in the Japanese demo; see demo_owner()
# The other demo users (same passphrase), so that each role can be tried: login, role.
DEMO_OTHER_USERS = (("副店長 高橋", Role.MANAGER), ("山本 さくら", Role.STAFF))

__all__ = [
    "DEMO_LANGUAGES",
    "DEMO_OWNER",
    "DEMO_PASSPHRASE",
    "add_demo_data",
    "create_demo_vault",
    "demo_owner",
    "demo_shop_profile",
    "load_demo_document",
]


def load_demo_document(language: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = localise(json.loads(read_text("demo/incidents.json")), language)
    return data


def demo_owner(language: str = "ja") -> str:
    """The demo vault's user, in ``language``."""
    owner: str = localise(DEMO_OWNER, language)
    return owner


def demo_shop_profile(language: str = "ja") -> ShopProfile:
    shop = dict(load_demo_document(language)["shop"])
    shop["trade_type"] = TradeType(shop["trade_type"])
    return ShopProfile(**shop)


def add_demo_data(service: IncidentService, language: str = "ja") -> list[Incident]:
    """Add every demo incident (with its persons and staff) to the open vault."""
    document = load_demo_document(language)
    incidents = [incident_from_dict(item) for item in document["incidents"]]
    return service.add_many(incidents)


def create_demo_vault(folder: Path, language: str = "ja") -> None:
    """Create a throwaway vault in ``folder`` filled with the demo data in ``language``.

    It uses the fast test KDF parameters: a demo vault protects nothing real.
    """
    if language not in DEMO_LANGUAGES:
        language = "en"
    vault, _key = Vault.create(
        folder, demo_shop_profile(language), demo_owner(language), DEMO_PASSPHRASE, kdf=FAST_PARAMS
    )
    try:
        ensure_seeded(vault, new_vault=True)
        users = UserService(vault)
        for login, role in DEMO_OTHER_USERS:
            name = localise(login, language)
            users.add(name, name, role, DEMO_PASSPHRASE, kdf=FAST_PARAMS)
        added = add_demo_data(IncidentService(vault), language)
        with tempfile.TemporaryDirectory(prefix="kasuhara-demo-files-") as work:
            references = [i.reference for i in added]
            add_demo_evidence(EvidenceService(vault), references, Path(work), language)
    finally:
        vault.close()
