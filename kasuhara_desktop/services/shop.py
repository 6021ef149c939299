"""The shop's profile (name, address, phone... on every notice and report): read and change.

Settings and ``kasuhara shop set`` both change it here, field by field, so a field nobody
touched keeps its value, and every value is checked the same way before it is stored.
"""

from __future__ import annotations

import dataclasses

from ..domain.enums import TradeType
from ..domain.errors import ValidationError
from ..domain.models import ShopProfile
from ..domain.roles import Permission
from ..domain.validation import clean_int, clean_text
from .incidents import IncidentService

CALL_LIMIT_RANGE = (5, 240)
"""Minutes a complaint call may last, as the settings dialog offers them."""

CCTV_RETENTION_RANGE = (1, 3650)
"""Days the shop's CCTV recorder keeps video before overwriting it (the dashboard warns)."""


def checked_profile(profile: ShopProfile) -> ShopProfile:
    """``profile`` with its text normalised, or ``ValidationError`` naming the bad field."""
    name = clean_text(profile.name, "name")
    if not name.strip():
        raise ValidationError("name: the shop name must not be empty.")
    low, high = CALL_LIMIT_RANGE
    limit = clean_int(profile.call_limit_minutes, "call_limit_minutes", minimum=low, maximum=high)
    days_low, days_high = CCTV_RETENTION_RANGE
    cctv_days = clean_int(
        profile.cctv_retention_days, "cctv_retention_days", minimum=days_low, maximum=days_high
    )
    if not isinstance(profile.trade_type, TradeType):
        raise ValidationError(f"trade_type: unknown code {str(profile.trade_type)[:40]!r}.")
    return dataclasses.replace(
        profile,
        name=name,
        company=clean_text(profile.company, "company"),
        address=clean_text(profile.address, "address"),
        phone=clean_text(profile.phone, "phone"),
        representative=clean_text(profile.representative, "representative"),
        call_limit_minutes=limit,
        cctv_retention_days=cctv_days,
    )


class ShopService:
    """The profile of one open vault's shop."""

    def __init__(self, incidents: IncidentService) -> None:
        self.incidents = incidents
        self.access = incidents.access  # the incidents service's signed-in user

    def profile(self) -> ShopProfile:
        return self.incidents.shop_profile()

    def change(
        self,
        *,
        name: str | None = None,
        company: str | None = None,
        address: str | None = None,
        phone: str | None = None,
        representative: str | None = None,
        trade_type: TradeType | None = None,
        call_limit_minutes: int | None = None,
        cctv_retention_days: int | None = None,
    ) -> ShopProfile:
        """Change the given fields (``None`` keeps one) and store the profile; returns it.

        Raises:
            ValidationError: a value breaks a rule (an empty name, a limit outside 5..240
                minutes, a control character...); nothing is stored.
            AccessDeniedError: the user is not a manager or the owner.
        """
        self.access.require(Permission.SETTINGS)
        old = self.profile()
        profile = checked_profile(
            ShopProfile(
                name=old.name if name is None else name,
                company=old.company if company is None else company,
                address=old.address if address is None else address,
                phone=old.phone if phone is None else phone,
                representative=old.representative if representative is None else representative,
                timezone=old.timezone,
                trade_type=old.trade_type if trade_type is None else trade_type,
                call_limit_minutes=(
                    old.call_limit_minutes if call_limit_minutes is None else call_limit_minutes
                ),
                cctv_retention_days=(
                    old.cctv_retention_days if cctv_retention_days is None else cctv_retention_days
                ),
            )
        )
        if profile != old:
            self.incidents.save_shop_profile(profile)
        return profile
