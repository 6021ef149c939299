"""The basic policy: drafts, adoption, staff told, acknowledgements, roles and the audit chain."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from helpers import TOKYO

from kasuhara_desktop.domain.errors import NotFoundError, ValidationError, WorkflowError
from kasuhara_desktop.domain.policy import TellMethod
from kasuhara_desktop.domain.roles import AccessDeniedError, Role
from kasuhara_desktop.infra import clock
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.policy import PolicyService
from kasuhara_desktop.vault.vault import Vault

# 00:30 in Tokyo is still the day before in UTC: "today" must be the shop's day.
AT = datetime(2026, 11, 3, 0, 30, tzinfo=TOKYO)


@pytest.fixture(autouse=True)
def frozen() -> Iterator[None]:
    with clock.fixed(AT):
        yield


@pytest.fixture
def service(vault: Vault) -> PolicyService:
    return PolicyService(vault)


def _audit(vault: Vault, entity: str) -> list[tuple[str, str]]:
    rows = vault.conn.execute(
        "SELECT action, entity_id FROM audit WHERE entity = ? ORDER BY id", (entity,)
    )
    return [(a, e) for a, e in rows]


def test_the_seed_is_the_template_with_the_shop_name(service: PolicyService) -> None:
    for lang, word in (("ja", "毅然"), ("en", "firmly"), ("nb", "bestemt")):
        title, body = service.seed(lang)
        assert title and "テスト商店" in body and word in body and "%1" not in body
    assert "合理的配慮" in service.seed("ja")[1]
    with pytest.raises(ValidationError, match="lang"):
        service.seed("fr")


def test_no_policy_until_one_is_adopted(service: PolicyService) -> None:
    assert service.current() is None
    assert service.status().summary() == "no adopted policy"
    draft = service.save_draft("方針", "本文", "ja")
    assert draft.version == 1 and not draft.adopted
    assert service.current() is None
    with pytest.raises(WorkflowError, match="adopt"):
        service.record_told(None, "meeting")


def test_a_draft_is_changed_in_place_until_adopted(service: PolicyService, vault: Vault) -> None:
    v1 = service.save_draft("方針", "初稿", "ja")
    v1b = service.save_draft("方針", "第二稿", "ja", version=v1.version)
    assert v1b.version == 1 and service.get(1).body == "第二稿"
    adopted = service.adopt(1, date(2026, 11, 1))
    assert adopted.adopted_on == date(2026, 11, 1) and adopted.adopted_by == vault.user
    assert service.current() is not None and service.current().version == 1  # type: ignore[union-attr]
    with pytest.raises(WorkflowError, match="new version"):
        service.save_draft("方針", "改ざん", "ja", version=1)
    with pytest.raises(WorkflowError, match="already adopted"):
        service.adopt(1)
    assert service.get(1).body == "第二稿"
    assert _audit(vault, "policy_version") == [("save", "1"), ("save", "1"), ("adopt", "1")]


def test_adopting_defaults_to_the_shops_today_and_refuses_the_future(
    service: PolicyService,
) -> None:
    v = service.save_draft("Policy", "Text", "en")
    with pytest.raises(ValidationError, match="not come yet"):
        service.adopt(v.version, date(2026, 11, 4))
    assert service.adopt(v.version).adopted_on == date(2026, 11, 3)  # Tokyo's day, not UTC's
    with pytest.raises(NotFoundError):
        service.adopt(99)


def test_the_last_adopted_version_is_current_and_per_language(service: PolicyService) -> None:
    service.adopt_text("方針", "一", "ja", date(2026, 4, 1))
    service.adopt_text("Policy", "two", "en", date(2026, 5, 1))
    service.adopt_text("方針", "三", "ja", date(2026, 3, 1))  # adopted on an earlier day
    assert [v.version for v in service.versions()] == [1, 2, 3]
    assert service.current().version == 2  # type: ignore[union-attr]
    assert service.current("ja").version == 1  # type: ignore[union-attr]


def test_told_and_acknowledged_feed_the_status(service: PolicyService, vault: Vault) -> None:
    service.adopt_text("方針", "本文", "ja", date(2026, 10, 1))
    t1 = service.record_told(date(2026, 10, 2), "meeting", "all staff")
    t2 = service.record_told(date(2026, 10, 5), TellMethod.HANDOUT, ["佐藤", " 鈴木 ", "佐藤"])
    assert t1.all_staff and t2.who == ("佐藤", "鈴木")
    service.acknowledge("佐藤", date(2026, 10, 6))
    service.acknowledge("佐藤", date(2026, 10, 7))  # once per person: re-dated
    assert [(a.name, a.acknowledged_on) for a in service.acknowledgements()] == [
        ("佐藤", date(2026, 10, 7))
    ]
    roster = ["佐藤", "鈴木", "Ola"]
    assert service.unacknowledged(roster) == ("鈴木", "Ola")
    status = service.status(roster)
    assert status.told_on == date(2026, 10, 5)
    assert status.summary() == "adopted on 2026-10-01, told on 2026-10-05, 2 not acknowledged"
    assert [a for a, _ in _audit(vault, "policy_told")] == ["told", "told"]
    assert [a for a, _ in _audit(vault, "policy_acknowledgement")] == ["acknowledge"] * 2
    with pytest.raises(ValidationError, match="how"):
        service.record_told(None, "carrier pigeon")
    # a new adopted version starts again: nobody has acknowledged it yet
    service.adopt_text("方針", "改訂", "ja", date(2026, 11, 1))
    assert service.status(roster).summary() == (
        "adopted on 2026-11-01, staff not told yet, 3 not acknowledged"
    )


def test_staff_may_read_but_not_edit(vault: Vault) -> None:
    owner = PolicyService(vault)
    owner.adopt_text("方針", "本文", "ja", date(2026, 10, 1))
    staff = PolicyService(vault, access=Access("bob", "Bob", Role.STAFF))
    assert staff.current() is not None and not staff.can_edit
    assert staff.status().adopted is not None
    before = vault.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    for act in (
        lambda: staff.save_draft("x", "y", "ja"),
        lambda: staff.adopt(1),
        lambda: staff.record_told(None, "meeting"),
        lambda: staff.acknowledge("Bob"),
    ):
        with pytest.raises(AccessDeniedError):
            act()
    assert vault.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == before
    manager = PolicyService(vault, access=Access("m", "M", Role.MANAGER))
    assert manager.record_told(None, "email").method is TellMethod.EMAIL


def test_document_and_poster_data(service: PolicyService) -> None:
    with pytest.raises(WorkflowError):
        service.document_data()
    service.adopt_text("方針", "本文", "ja", date(2026, 10, 1))
    service.record_told(date(2026, 10, 2), "notice_board")
    data = service.document_data(roster=["佐藤"], lang="en")
    assert data.lang == "en" and data.body == "本文" and data.unacknowledged == ("佐藤",)
    assert data.shop_name == "テスト商店" and len(data.told) == 1 and data.contacts == ()
    poster = service.poster_data()
    assert (poster.lang, poster.adopted_on) == ("ja", date(2026, 10, 1))


def test_the_training_roster_is_whom_the_policy_must_reach(
    service: PolicyService, vault: Vault
) -> None:
    from kasuhara_desktop.services.training import TrainingService

    training = TrainingService(vault)
    training.add_member("佐藤", joined_on=date(2025, 4, 1))
    training.add_member("Kari", "full_time", joined_on=date(2026, 1, 1))
    training.leave("Kari", date(2026, 6, 30))  # left: no longer told
    training.add_member("鈴木", joined_on=date(2026, 12, 1))  # not started yet
    assert service.roster() == ["佐藤"]
    service.adopt_text("方針", "本文", "ja", date(2026, 10, 1))
    assert service.document_data().unacknowledged == ("佐藤",)
    service.acknowledge("佐藤")
    assert service.document_data().unacknowledged == ()
