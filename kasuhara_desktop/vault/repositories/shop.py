"""The shop profile: one row."""

from __future__ import annotations

import dataclasses

import sqlcipher3

from ...domain.enums import TradeType
from ...domain.models import ShopProfile
from .. import audit


def get(conn: sqlcipher3.Connection) -> ShopProfile:
    row = conn.execute(
        "SELECT name, company, address, phone, representative, timezone, trade_type,"
        " call_limit_minutes, cctv_retention_days FROM shop WHERE id = 1"
    ).fetchone()
    if row is None:
        return ShopProfile(name="")
    name, company, address, phone, representative, timezone, trade, limit, cctv_days = row
    return ShopProfile(
        name=name,
        company=company,
        address=address,
        phone=phone,
        representative=representative,
        timezone=timezone,
        trade_type=TradeType(trade),
        call_limit_minutes=limit,
        cctv_retention_days=cctv_days,
    )


def save(conn: sqlcipher3.Connection, profile: ShopProfile, user: str) -> None:
    values = dataclasses.asdict(profile)
    conn.execute(
        "INSERT INTO shop (id, name, company, address, phone, representative, timezone,"
        " trade_type, call_limit_minutes, cctv_retention_days) VALUES (1, :name, :company,"
        " :address, :phone, :representative, :timezone, :trade_type, :call_limit_minutes,"
        " :cctv_retention_days)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, company = excluded.company,"
        " address = excluded.address, phone = excluded.phone,"
        " representative = excluded.representative, timezone = excluded.timezone,"
        " trade_type = excluded.trade_type, call_limit_minutes = excluded.call_limit_minutes,"
        " cctv_retention_days = excluded.cctv_retention_days",
        {**values, "trade_type": profile.trade_type.value},
    )
    audit.append(conn, user, "save", "shop", 1, {**values, "trade_type": profile.trade_type.value})
