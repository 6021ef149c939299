"""The one clock: aware times, a fixed time for tests, and the callers that stamp with it."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers import make_vault, sample_incident

from kasuhara_desktop.infra import clock
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.services.response import local_today
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.vault import Vault

PACKAGE = Path(__file__).resolve().parents[2] / "kasuhara_desktop"
# 01:30 on 1 April in Tokyo, still 31 March in UTC: a shop's "today" needs the shop's zone.
AT = datetime(2026, 3, 31, 16, 30, 5, 123456, tzinfo=UTC)


def test_now_is_aware_and_current() -> None:
    before = datetime.now(UTC)
    moment = clock.now()
    assert moment.tzinfo is not None and moment.utcoffset() == timedelta(0)
    assert before <= moment <= datetime.now(UTC)
    assert clock.now("Asia/Tokyo").utcoffset() == timedelta(hours=9)
    assert clock.now_seconds().microsecond == 0


def test_a_fixed_time_and_the_day_in_a_zone() -> None:
    with clock.fixed(AT):
        assert clock.now() == AT
        assert clock.now("Asia/Tokyo") == AT
        assert clock.now("Asia/Tokyo").hour == 1
        assert clock.now_seconds(ZoneInfo("Europe/Oslo")).isoformat() == "2026-03-31T18:30:05+02:00"
        assert clock.today("Asia/Tokyo") == date(2026, 4, 1)
        assert clock.today() == date(2026, 3, 31)
    assert clock.now() != AT  # restored afterwards


def test_a_source_may_advance_and_must_be_aware() -> None:
    ticks = iter(range(100))
    clock.set_source(lambda: AT + timedelta(seconds=next(ticks)))
    try:
        assert clock.now() < clock.now()
        clock.set_source(lambda: datetime(2026, 1, 1))  # naive: a bug, not a time
        with pytest.raises(ValueError, match="naive"):
            clock.now()
    finally:
        clock.set_source(None)
    with pytest.raises(ValueError, match="zone"), clock.fixed(datetime(2026, 1, 1)):
        pass


def test_records_headers_and_the_audit_trail_are_stamped_by_it(tmp_path: Path) -> None:
    with clock.fixed(AT):
        vault, _key = make_vault(tmp_path / "v")
    try:
        assert vault.header.created_at == "2026-03-31T16:30:05+00:00"
        at = AT + timedelta(days=3)
        with clock.fixed(at):
            saved = IncidentService(vault).add(sample_incident())
            shop_now = NoticeService(vault).now()
        assert saved.created_at == at.replace(microsecond=0)
        assert audit.rows(vault.conn, "incident")[-1].at == at.isoformat(timespec="microseconds")
        assert shop_now == at.replace(microsecond=0)
        assert shop_now.utcoffset() == timedelta(hours=9)  # the shop's zone (Tokyo)
    finally:
        vault.close()


def test_the_shops_today_follows_it() -> None:
    with clock.fixed(AT):
        assert local_today("Asia/Tokyo") == date(2026, 4, 1)
        assert local_today("UTC") == date(2026, 3, 31)


def test_the_ui_clocks_read_it() -> None:
    from kasuhara_desktop.ui import time_display
    from kasuhara_desktop.ui.editor import clock as editor_clock
    from kasuhara_desktop.ui.wizard import clock as wizard_clock

    with clock.fixed(AT):
        for now in (editor_clock.now, wizard_clock.now, time_display.now):
            assert now("Asia/Tokyo") == AT.replace(microsecond=0)
        assert wizard_clock.today("Asia/Tokyo") == date(2026, 4, 1)


_READS_THE_TIME = re.compile(
    r"datetime\.(now|utcnow|today)\(|date\.today\(|time\.time\(\)|time\.localtime\("
)


def test_nothing_below_the_ui_reads_the_time_itself() -> None:
    """domain, vault, services and reports stamp with infra.clock (durations use monotonic)."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{n}"
        for layer in ("domain", "vault", "services", "reports", "infra")
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        if path != PACKAGE / "infra" / "clock.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _READS_THE_TIME.search(line)
    ]
    assert offenders == []


def test_the_vault_fixture_is_unaffected(vault: Vault) -> None:
    """Nothing fixed leaks out of a test: the shared clock runs again."""
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)
    assert vault.is_open
