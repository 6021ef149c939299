"""The demo data set: realistic incidents for trying the program and for screenshots."""

from __future__ import annotations

import json
from typing import Any

from ..domain.enums import TradeType
from ..domain.incident_json import incident_from_dict
from ..domain.models import Incident, ShopProfile
from ..paths import resources_dir
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
    return [service.add(inc) for inc in incidents]
