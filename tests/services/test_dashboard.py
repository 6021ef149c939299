"""DashboardService on a real vault: each figure at its edges (a ban expiring tomorrow, a CCTV
deadline today and one passed, follow-ups due, complaint deadlines, the monthly charts)."""

from __future__ import annotations

import pickle
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import TOKYO, sample_incident

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.element_answers import ElementAnswer
from kasuhara_desktop.domain.enums import ActionKind, Behaviour, Channel, CostKind
from kasuhara_desktop.domain.errors import Cancelled, ValidationError
from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.domain.models import Action, CostEntry, Incident
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.dashboard import DashboardService
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.services.shop import ShopService
from kasuhara_desktop.vault.vault import Vault

TODAY = date(2026, 11, 20)


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=TOKYO)


def add(vault: Vault, **kw: object) -> Incident:
    return IncidentService(vault).add(sample_incident(**kw))


def judged(inc: Incident) -> Incident:
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    return inc


def figures(vault: Vault, today: date = TODAY):
    return DashboardService(vault).figures(today)


def test_an_empty_logbook_has_nothing_to_do(vault: Vault) -> None:
    f = figures(vault)
    assert (f.open_incidents, f.follow_ups, f.bans_expiring, f.cctv) == (0, (), (), ())
    assert f.complaint_deadlines == () and f.behaviour_counts == ()
    assert [m.isoformat() for m in (f.months[0], f.months[-1])] == ["2025-12-01", "2026-11-01"]
    assert all(h.minutes == 0 for h in f.hours) and len(f.hours) == 12


def test_open_incidents_leave_out_the_closed(vault: Vault) -> None:
    add(vault)
    add(vault)
    ref = add(vault).reference
    vault.conn.execute("UPDATE incidents SET status = 'closed' WHERE reference = ?", (ref,))
    assert figures(vault).open_incidents == 2


def test_a_ban_expiring_tomorrow_is_listed_one_in_31_days_is_not(vault: Vault) -> None:
    notices = NoticeService(vault, clock=lambda: at(date(2026, 1, 1)))  # issued back then

    def issue(until: date) -> str:
        ref = IncidentService(vault).add(judged(sample_incident())).reference
        data = {"valid_from": "2026-01-01", "valid_until": until.isoformat()}
        return notices.issue_json(ref, data).notice.number

    tomorrow = issue(TODAY + timedelta(days=1))
    issue(TODAY + timedelta(days=31))
    today = issue(TODAY)
    issue(TODAY - timedelta(days=1))  # expired yesterday
    listed = figures(vault).bans_expiring
    assert [b.number for b in listed] == [today, tomorrow]
    assert listed[1].valid_until == TODAY + timedelta(days=1) and listed[1].recipient == "黒い服"


def test_cctv_warns_until_the_recorder_overwrites_then_says_it_is_gone(
    vault: Vault, tmp_path: Path
) -> None:
    ShopService(IncidentService(vault)).change(cctv_retention_days=10)
    last_day = add(vault, occurred_at=at(TODAY - timedelta(days=10))).reference
    passed = add(vault, occurred_at=at(TODAY - timedelta(days=11))).reference
    closed_long_ago = add(vault, occurred_at=at(TODAY - timedelta(days=60))).reference
    vault.conn.execute(
        "UPDATE incidents SET status = 'closed' WHERE reference = ?", (closed_long_ago,)
    )
    add(vault, channel=Channel.PHONE)  # no cameras on a phone call
    filmed = add(vault, occurred_at=at(TODAY - timedelta(days=2))).reference
    clip = tmp_path / "cam1.bin"
    clip.write_bytes(b"\0" * 64)
    source = EvidenceSource(kind=SourceKind.CCTV)
    EvidenceService(vault).add_files(filmed, [ImportRequest(clip, source=source)])

    f = figures(vault)
    assert [(c.reference, c.until, c.overwritten) for c in f.cctv] == [
        (last_day, TODAY, False),
        (passed, TODAY - timedelta(days=1), True),
    ]
    assert f.to_dict()["cctv_retention_days"] == 10
    assert [c.reference for c in f.cctv_to_export] == [last_day]


def test_the_retention_days_are_a_checked_shop_setting(vault: Vault) -> None:
    shop = ShopService(IncidentService(vault))
    assert shop.profile().cctv_retention_days == 14
    with pytest.raises(ValidationError, match="cctv_retention_days"):
        shop.change(cctv_retention_days=0)
    assert shop.change(cctv_retention_days=30).cctv_retention_days == 30
    assert IncidentService(vault).shop_profile().cctv_retention_days == 30


def test_follow_ups_due_staff_care_and_actions(vault: Vault) -> None:
    care = StaffCare(
        staff_name="佐藤",
        follow_ups=[
            FollowUp(TODAY - timedelta(days=1), "一週間後"),
            FollowUp(TODAY, "done", done=True),
            FollowUp(TODAY + timedelta(days=7), "一か月後"),
            FollowUp(TODAY + timedelta(days=8), "later"),
        ],
    )
    ref = add(vault, staff_care=[care]).reference
    add(
        vault,
        actions=[
            Action(ActionKind.FOLLOW_UP, "電話で確認", due=TODAY),
            Action(ActionKind.FOLLOW_UP, "済み", due=TODAY, done=True),
        ],
    )
    f = figures(vault)
    assert [(x.due, x.note) for x in f.follow_ups] == [
        (TODAY - timedelta(days=1), "一週間後"),
        (TODAY, "電話で確認"),
        (TODAY + timedelta(days=7), "一か月後"),
    ]
    assert f.follow_ups_due == 2 and f.follow_ups[0].reference == ref
    assert f.follow_ups[0].overdue(TODAY) and not f.follow_ups[1].overdue(TODAY)


def test_complaint_deadline_runs_then_drops_off(vault: Vault) -> None:
    damage = dict(behaviours=[Behaviour.PROPERTY_DAMAGE], summary="商品棚を蹴って壊した")
    ref = add(vault, offender_known_on=date(2026, 10, 1), **damage).reference
    add(vault, offender_known_on=date(2026, 5, 19), **damage)  # last day was yesterday
    add(vault, **damage)  # offender not known: no deadline runs yet
    f = figures(vault)
    assert [(d.reference, d.article, d.deadline) for d in f.complaint_deadlines] == [
        (ref, "261", date(2027, 4, 1))
    ]
    assert f.complaint_deadlines[0].days_left == (date(2027, 4, 1) - TODAY).days


def test_charts_count_per_month_and_behaviour_and_minutes(vault: Vault) -> None:
    add(vault, occurred_at=at(date(2026, 11, 2)))  # threats + refund
    add(vault, occurred_at=at(date(2026, 11, 3)), behaviours=[Behaviour.THREATS_ABUSE])
    add(vault, occurred_at=at(date(2026, 1, 31)), behaviours=[])
    add(vault, occurred_at=at(date(2025, 11, 30)))  # 13 months ago: outside the chart
    add(
        vault,
        occurred_at=at(date(2026, 10, 5)),
        channel=Channel.PHONE,
        behaviours=[Behaviour.REPEATED_CALLS],
        costs=[CostEntry(CostKind.PHONE, minutes=45), CostEntry(CostKind.LAWYER, 30, 50_000)],
        ended_at=at(date(2026, 10, 5), 20),  # ignored: minutes are recorded
    )
    add(vault, occurred_at=at(date(2026, 9, 1), 10), ended_at=at(date(2026, 9, 1), 11))
    add(vault, occurred_at=at(date(2026, 9, 2), 10), ended_at=at(date(2026, 9, 4), 11))  # typo
    f = figures(vault)
    counts = dict(f.behaviour_counts)
    assert counts["threats_abuse"][-1] == 2 and counts["groundless_refund"][-1] == 1
    assert counts[""][1] == 1 and counts["repeated_calls"][-2] == 1
    assert list(counts)[-1] == "" and next(iter(counts)) == "threats_abuse"
    october, september = f.hours[-2], f.hours[-3]
    assert (october.phone, october.other_recorded, october.handling) == (45, 30, 0)
    assert (september.phone, september.other_recorded, september.handling) == (0, 0, 60)
    assert f.to_dict()["minutes_per_month"][-2]["total"] == 75


def test_the_job_is_plain_data_gathered_on_another_thread(vault: Vault) -> None:
    add(vault)
    job = DashboardService(vault).job(TODAY)
    assert pickle.loads(pickle.dumps(job)) == job and "data_key" not in repr(job)
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(job.gather()))
    worker.start()
    worker.join(30)
    assert out and out[0].open_incidents == 1  # type: ignore[attr-defined]
    steps: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        job.gather(progress=lambda d, t: steps.append((d, t)), should_cancel=lambda: bool(steps))
    assert steps == [(1, 8)]


def test_staff_see_the_dashboard(vault: Vault) -> None:
    """VIEW_DASHBOARD is a staff permission: the least role sees the home screen."""
    staff = Access(login="owner", display_name="owner", role=Role.STAFF)
    add(vault)
    assert DashboardService(vault, staff).figures(TODAY).open_incidents == 1


def test_training_and_policy_tiles_count_the_roster(vault: Vault) -> None:
    """Training: the roster's staff never trained or overdue; policy: not adopted, then the
    roster's staff who have not acknowledged the adopted version."""
    from kasuhara_desktop.services.policy import PolicyService
    from kasuhara_desktop.services.training import TrainingService

    training = TrainingService(vault)
    training.add_member("佐藤", joined_on=date(2026, 1, 5))
    training.add_member("田中", joined_on=date(2026, 1, 5))
    training.add_member("新人", joined_on=TODAY - timedelta(days=3))  # within the grace period
    training.add_session(date(2026, 2, 1), "カスハラ対応", "店長", ["田中"])
    f = figures(vault)
    assert f.training is not None
    assert (f.training.on_roster, f.training.needing, f.training.never) == (3, 1, 1)
    assert f.policy is not None and not f.policy.adopted and f.policy.needs_attention

    policy = PolicyService(vault)
    policy.adopt_text(
        "基本方針", "当店はカスタマーハラスメントを許しません。", "ja", date(2026, 3, 1)
    )
    policy.acknowledge("佐藤", date(2026, 3, 2))
    f = figures(vault)
    assert f.policy is not None and f.policy.adopted and f.policy.unacknowledged == 2
    assert f.to_dict()["policy"] == {"adopted": True, "unacknowledged": 2}


def test_complaint_deadlines_are_per_holder(vault: Vault) -> None:
    """261 is the company's complaint (its day counts); 231 the insulted clerk's or the
    company's, each from their own day."""
    damage = dict(behaviours=[Behaviour.PROPERTY_DAMAGE], summary="商品棚を蹴って壊した")
    add(vault, offender_known_to_staff_on=date(2026, 10, 1), **damage)  # not the shop's day
    insult = dict(
        behaviours=[Behaviour.THREATS_ABUSE],
        summary="客が他の客の前で店員を罵倒した",
        offence_answers={
            "in_front_of_others": ElementAnswer(True, by="店長"),
            "insult": ElementAnswer(True, by="店長"),
        },
    )
    ref = add(
        vault, offender_known_on=date(2026, 6, 1), offender_known_to_staff_on=date(2026, 10, 5),
        **insult,
    ).reference  # fmt: skip
    f = figures(vault)
    assert [(d.reference, d.article, d.holder, d.deadline) for d in f.complaint_deadlines] == [
        (ref, "231", "shop", date(2026, 12, 1)),
        (ref, "231", "staff", date(2027, 4, 5)),
    ]


def test_training_policy_and_retention_are_read_in_the_gather_not_in_job(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The retention review reads every closed record: it must run where the gather runs
    (the GUI's worker thread), never while the job is made on the GUI thread."""
    from kasuhara_desktop.vault.repositories import retention as retention_repo
    from kasuhara_desktop.vault.repositories import training as training_repo

    threads: dict[str, set[str]] = {"retention": set(), "roster": set()}
    facts, members = retention_repo.incident_facts, training_repo.list_members

    def watched_facts(*a: object, **kw: object) -> object:
        threads["retention"].add(threading.current_thread().name)
        return facts(*a, **kw)  # type: ignore[arg-type]

    def watched_members(*a: object, **kw: object) -> object:
        threads["roster"].add(threading.current_thread().name)
        return members(*a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(retention_repo, "incident_facts", watched_facts)
    monkeypatch.setattr(training_repo, "list_members", watched_members)
    job = DashboardService(vault).job(TODAY)
    assert threads == {"retention": set(), "roster": set()}
    assert job.show_training and job.show_policy and job.show_retention  # the owner
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(job.gather()), name="gatherer")
    worker.start()
    worker.join(30)
    assert threads == {"retention": {"gatherer"}, "roster": {"gatherer"}}
    figures_ = out[0]
    assert figures_.retention_due == 0 and figures_.training is not None  # type: ignore[attr-defined]
