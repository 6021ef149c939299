"""What the setup wizard collects before anything is written to disk."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ...domain.enums import TradeType
from ...domain.models import DEFAULT_TIMEZONE, ShopProfile


def default_vault_folder() -> Path:
    """``<Documents>/Kasuhara`` (a place the owner finds and backs up), else the data dir."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs:
        return Path(docs) / "Kasuhara"
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(data) / "vault"


@dataclass
class SetupDraft:
    """The wizard's answers. Only the wizard's final step turns it into a vault."""

    language: str = "ja"
    shop_name: str = ""
    company: str = ""
    address: str = ""
    phone: str = ""
    representative: str = ""
    timezone: str = DEFAULT_TIMEZONE
    trade_type: TradeType = TradeType.RETAIL
    owner: str = ""
    passphrase: str = field(default="", repr=False)
    folder: Path = field(default_factory=default_vault_folder)

    def profile(self) -> ShopProfile:
        return ShopProfile(
            name=self.shop_name.strip(),
            company=self.company.strip(),
            address=self.address.strip(),
            phone=self.phone.strip(),
            representative=self.representative.strip(),
            timezone=self.timezone,
            trade_type=self.trade_type,
        )

    def forget_passphrase(self) -> None:
        self.passphrase = ""
