"""TrainingService over a real vault: roster, sessions, who is overdue, case studies, PDFs."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader

from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.errors import ValidationError, WorkflowError
from kasuhara_desktop.domain.roles import AccessDeniedError, Role
from kasuhara_desktop.domain.training import CHECKLIST, TrainingSettings, TrainingState
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.training import TrainingService
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.vault import Vault
from tests.helpers import TOKYO, sample_incident

YES = {i.value: True for i in CHECKLIST}
TODAY = date(2026, 12, 4)


@pytest.fixture
def service(vault: Vault) -> TrainingService:
    return TrainingService(vault, clock=lambda: datetime(2026, 12, 4, 9, 0, tzinfo=TOKYO))


def _audit_actions(vault: Vault) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in vault.conn.execute("SELECT action, entity FROM audit")]


def test_roster_sessions_and_who_is_overdue(service: TrainingService, vault: Vault) -> None:
    full = service.add_member("山田 太郎", "full_time", date(2020, 4, 1), login="yamada")
    part = service.add_member("佐藤 花子", "part-time", date(2026, 11, 20))
    old = service.add_member("鈴木", "temporary", date(2024, 1, 1))
    never = service.add_member("Kari Nordmann", "part_time", date(2026, 1, 1))
    service.add_session(date(2025, 12, 4), "初期対応", "外部講師", [str(old.id), "山田 太郎"],
                        minutes=90, notes="録画あり")  # fmt: skip
    states = {s.member.name: s.state for s in service.statuses()}
    assert states == {
        "山田 太郎": TrainingState.CURRENT, "佐藤 花子": TrainingState.DUE_NEW,
        "鈴木": TrainingState.CURRENT, "Kari Nordmann": TrainingState.NEVER,
    }  # fmt: skip
    assert service.status(date(2026, 12, 5)).overdue == 2  # a year and a day after the session
    service.leave("鈴木", date(2026, 12, 3))
    counts = service.status()
    assert (counts.on_roster, counts.never_trained, counts.due_new) == (3, 1, 1)
    assert ("add", "training_session") in _audit_actions(vault)
    assert ("update", "training_roster") in _audit_actions(vault)
    assert part.id and full.login == "yamada" and never.id


def test_attendance_is_checked_before_anything_is_written(service: TrainingService) -> None:
    service.add_member("佐藤 花子", "part_time", date(2026, 11, 20))
    with pytest.raises(ValidationError, match="did not work here"):
        service.add_session(date(2026, 11, 1), "研修", "店長", ["佐藤 花子"])
    with pytest.raises(Exception, match="Nobody named"):
        service.add_session(date(2026, 12, 1), "研修", "店長", ["誰か"])
    assert service.sessions() == []
    s = service.add_session(date(2026, 12, 1), "研修", "店長", [])
    s = service.set_attendance(s.id or 0, ["佐藤 花子"])
    assert len(s.attendee_ids) == 1 and service.sessions()[0].attendee_ids == s.attendee_ids


def test_settings_change_the_rule(service: TrainingService) -> None:
    service.add_member("新人", "part_time", date(2026, 11, 1))
    assert service.status().never_trained == 1  # 30 days after 1 Nov is 1 Dec
    service.save_settings(TrainingSettings(interval_months=6, new_starter_days=60))
    assert service.settings().new_starter_days == 60
    assert service.status().due_new == 1


def test_staff_may_read_but_not_record(vault: Vault) -> None:
    staff = TrainingService(vault, access=Access("aiko", "Aiko", Role.STAFF))
    assert staff.roster() == [] and staff.status().on_roster == 0
    with pytest.raises(AccessDeniedError, match="manager"):
        staff.add_member("x", "part_time")
    with pytest.raises(AccessDeniedError):
        staff.record_pdf()


def _closed(vault: Vault) -> str:
    inc = sample_incident(
        "鈴木一郎さんが「佐藤を出せ」と１２月１日午後３時に怒鳴った。電話090-1234-5678"
    )
    inc.status = IncidentStatus.CLOSED
    return IncidentService(vault).add(inc).reference


def test_case_study_from_a_closed_incident_checked_then_printed(
    service: TrainingService, vault: Vault
) -> None:
    open_ref = IncidentService(vault).add(sample_incident()).reference
    with pytest.raises(WorkflowError, match="not closed"):
        service.draft_case_study(open_ref)
    incident_id, draft = service.draft_case_study(_closed(vault))
    assert (
        "佐藤" not in draft.text and "090-1234" not in draft.text and "１２月１日" not in draft.text
    )
    assert {"staff", "phone", "date", "time"} <= {r.kind for r in draft.removed}
    case = service.save_draft(draft.title, draft.text, incident_id)
    assert not case.checked
    with pytest.raises(WorkflowError, match="not been checked"):
        service.handout_pdf(case.id or 0)
    with pytest.raises(ValidationError, match="no dates"):
        service.check(case.id or 0, {**YES, "no_dates": False})
    with pytest.raises(ValidationError, match="staff"):
        service.check(case.id or 0, YES, text=draft.text + " 佐藤が謝罪した。")
    checked = service.check(case.id or 0, YES, text=draft.text + " 〔従業員〕が謝罪した。")
    assert checked.checked and checked.checked_by == vault.user
    assert ("check", "training_case_study") in _audit_actions(vault)
    pdf = service.handout_pdf(checked.id or 0, "en")
    import io

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Case study for training" in text and "謝罪" in text and "佐藤" not in text
    # Editing a checked case study makes it a draft again: it must be checked anew.
    service.save_draft("改題", checked.text, incident_id, case_id=checked.id)
    assert not service.case_study(checked.id or 0).checked
    assert audit.verify_chain(vault.conn) == []


def test_record_pdf_lists_sessions_and_who_is_overdue(service: TrainingService) -> None:
    import io

    service.add_member("山田 太郎", "full_time", date(2020, 4, 1))
    service.add_member("未受講 次郎", "part_time", date(2026, 1, 1))
    service.add_session(date(2026, 6, 1), "電話対応の打ち切り方", "外部講師", ["山田 太郎"])
    pdf = service.record_pdf("ja")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for s in ("研修記録", "電話対応の打ち切り方", "山田 太郎", "未受講 次郎", "未受講", "外部講師"):
        assert s in text, s


def test_roster_names_and_the_user_in_free_text_are_replaced(
    service: TrainingService, vault: Vault
) -> None:
    service.add_member("田中 一郎", "part_time", date(2024, 1, 1))
    inc = sample_incident("客が「田中を出せ、山田もだ」と叫んだ。")  # 山田: the user 店長 山田
    inc.status = IncidentStatus.CLOSED
    _id, draft = service.draft_case_study(IncidentService(vault).add(inc).reference, "en")
    assert "田中" not in draft.text and "山田" not in draft.text and "[staff member]" in draft.text
    assert "Threats" in draft.title or "threat" in draft.title.lower()
    assert service.leftovers("田中が謝った", None) == ["staff"]


def test_candidates_are_closed_training_cases_without_a_case_study(
    service: TrainingService, vault: Vault
) -> None:
    incidents = IncidentService(vault)
    marked = sample_incident("研修向き", training_case=True)
    marked.status = IncidentStatus.CLOSED
    ref = incidents.add(marked).reference
    incidents.add(sample_incident("未完了", training_case=True))  # not closed
    plain = sample_incident("印なし")
    plain.status = IncidentStatus.CLOSED
    incidents.add(plain)
    assert service.case_candidates() == [ref]
    incident_id, draft = service.draft_case_study(ref)
    service.save_draft(draft.title, draft.text, incident_id)
    assert service.case_candidates() == []
