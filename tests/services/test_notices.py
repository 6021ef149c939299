"""NoticeService on real vaults: issuing, refusing, serving, the register's states, the lookup,
breaches, and the shop's wording."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import TOKYO, sample_incident
from PIL import Image
from pypdf import PdfReader

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import ActionKind, ParticipantRole, TradeType
from kasuhara_desktop.domain.errors import ValidationError, WorkflowError
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.domain.notice import BanStatus, ReviewOutcome
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.vault import Vault

HOSTILE = '<b>&</b> "q" 🙂 עברית'
NOW = datetime(2026, 11, 28, 10, 0, tzinfo=TOKYO)


def harassment(inc: Incident) -> Incident:
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    return inc


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def svc(vault: Vault, clock: Clock) -> NoticeService:
    return NoticeService(vault, clock=clock)


def judged(svc: NoticeService, **kw: object) -> str:
    return svc.incidents.add(harassment(sample_incident(**kw))).reference


def state(vault: Vault) -> tuple[Any, ...]:
    c = vault.conn
    return (
        audit.head(c),
        c.execute("SELECT count(*) FROM notices").fetchone()[0],
        c.execute("SELECT count(*) FROM notice_counters").fetchone()[0],
        c.execute("SELECT count(*) FROM incidents").fetchone()[0],
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def add_image(tmp_path: Path, svc: NoticeService, ref: str, name: str = "face.png") -> str:
    path = tmp_path / name
    Image.new("RGB", (120, 160), (10, 200, 90)).save(path, "PNG")
    return EvidenceService(svc.vault).add_files(ref, [ImportRequest(path)])[0].id


def test_empty_json_gives_a_complete_notice(vault: Vault, svc: NoticeService) -> None:
    ref = judged(svc)
    result = svc.issue_json(ref, {})
    n = result.notice
    assert (n.number, n.addressee.description, n.addressee.person_id) == (
        "N-2026-0001",
        "黒い服",
        1,
    )
    assert (n.issue_date, n.valid_from, n.valid_until) == (
        date(2026, 11, 28),
        date(2026, 11, 28),
        date(2027, 11, 27),
    )
    assert "返金要求と暴言" not in n.reason and "「馬鹿野郎」" in n.reason  # not the summary
    assert n.issuer.shop == "テスト商店"
    assert n.pdf_sha256 == hashlib.sha256(result.pdf).hexdigest()
    assert svc.pdf(n.number) == result.pdf
    text = pdf_text(result.pdf)
    assert "N-2026-0001" in text and "令和8年11月28日" in text and "黒い服" in text
    assert result.warnings == ()
    actions = svc.incidents.get(ref).actions
    assert [a.kind for a in actions] == [ActionKind.NO_RETURN_NOTICE] and "N-2026-0001" in (
        actions[0].description
    )
    assert [r.action for r in audit.rows(vault.conn, "notice")] == ["issue"]
    assert audit.verify_chain(vault.conn) == []
    # The stored inputs render the same text again.
    assert "".join(pdf_text(svc.rerender(n.number)).split()) == "".join(text.split())


def test_no_harassment_verdict_needs_an_override_reason(vault: Vault, svc: NoticeService) -> None:
    ref = svc.incidents.add(sample_incident()).reference
    before = state(vault)
    with pytest.raises(WorkflowError, match=r"^override_reason: .*not_harassment"):
        svc.issue_json(ref, {})
    assert state(vault) == before
    n = svc.issue_json(ref, {"override_reason": "弁護士と相談のうえ"}).notice
    assert n.number == "N-2026-0001" and n.override_reason == "弁護士と相談のうえ"
    rows = audit.rows(vault.conn, "notice")
    assert [r.action for r in rows] == ["issue", "override"]
    assert rows[1].content_hash == audit.canonical_hash(
        {"problems": ["facts_not_confirmed", "not_harassment"], "reason": "弁護士と相談のうえ"}
    )


def test_override_reason_is_dropped_when_not_needed(svc: NoticeService) -> None:
    n = svc.issue_json(judged(svc), {"override_reason": "念のため"}).notice
    assert n.override_reason == ""


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ({"valid_until": "2026-01-01"}, "^valid_until: "),
        ({"addressee": {"name": "", "description": ""}}, "^addressee: "),
        ({"addressee": {"name": "a\x00"}}, "^addressee.name: "),
        ({"reason": "x" * 1001}, "^reason: "),
        ({"addressee": {"photo_evidence_id": "nope"}}, "^addressee.photo_evidence_id: "),
        ({"languages": "fr"}, "^languages: "),
    ],
)
def test_bad_input_issues_nothing(
    vault: Vault, svc: NoticeService, data: dict[str, Any], match: str
) -> None:
    ref = judged(svc)
    before = state(vault)
    with pytest.raises(ValidationError, match=match):
        svc.issue_json(ref, data)
    assert state(vault) == before


def test_a_long_record_is_cut_to_fit_the_notice(svc: NoticeService) -> None:
    quote = sample_incident().quotes[0]
    quotes = [dataclasses.replace(quote, words="長" * 300) for _ in range(8)]
    n = svc.draft(judged(svc, summary="長" * 5000, quotes=quotes))
    assert len(n.reason) <= 1000 and "長" * 119 + "…" in n.reason


def test_customer_without_name_or_description_needs_the_json(svc: NoticeService) -> None:
    inc = harassment(sample_incident())
    inc.participants = [p for p in inc.participants if p.role is not ParticipantRole.CUSTOMER]
    ref = svc.incidents.add(inc).reference
    with pytest.raises(ValidationError, match=r"^addressee: "):
        svc.issue_json(ref, {})
    n = svc.issue_json(ref, {"addressee": {"name": HOSTILE}}).notice
    assert n.addressee.name == HOSTILE and n.addressee.person_id is None


def test_duty_to_serve_trades_get_a_warning(svc: NoticeService) -> None:
    profile = svc.incidents.shop_profile()
    profile.trade_type = TradeType.INN
    svc.incidents.save_shop_profile(profile)
    ref = judged(svc)
    assert svc.decision(ref).warnings == ("duty_to_serve",)
    assert svc.issue_json(ref, {}).warnings == ("duty_to_serve",)


def test_photo_from_the_evidence_is_printed(tmp_path: Path, svc: NoticeService) -> None:
    ref = judged(svc)
    photo = add_image(tmp_path, svc, ref)
    assert svc.person_photo_choices(ref) == [(photo, "face.png")]
    result = svc.issue_json(ref, {"addressee": {"photo_evidence_id": photo}, "languages": "ja"})
    assert len(list(PdfReader(io.BytesIO(result.pdf)).pages[0].images)) == 1
    other = tmp_path / "note.txt"
    other.write_text("not a picture")
    text_id = EvidenceService(svc.vault).add_files(ref, [ImportRequest(other)])[0].id
    with pytest.raises(ValidationError, match=r"^addressee.photo_evidence_id: .*note.txt"):
        svc.issue_json(ref, {"addressee": {"photo_evidence_id": text_id}})


def test_serve_with_a_scanned_receipt(tmp_path: Path, svc: NoticeService) -> None:
    ref = judged(svc)
    number = svc.issue_json(ref, {}).notice.number
    receipt = add_image(tmp_path, svc, ref, "receipt.png")
    record = svc.serve_json(
        number,
        {
            "method": "in_person",
            "served_at": "2026-11-28T15:00:00+09:00",
            "served_by": "店長",
            "witness": "佐藤",
            "receipt_evidence_id": receipt.upper(),
        },
    )
    assert record.receipt_evidence_id == receipt
    svc.serve_json(
        number,
        {
            "method": "certified_mail",
            "served_at": "2026-11-29T09:00:00+09:00",
            "served_by": "店長",
            "tracking_number": "1234-5678-9012",
        },
    )
    n = svc.get(number)
    assert [s.method.value for s in n.service] == ["in_person", "certified_mail"]
    other_ref = judged(svc)
    foreign = add_image(tmp_path, svc, other_ref, "other.png")
    with pytest.raises(ValidationError, match=r"^receipt_evidence_id: "):
        svc.serve_json(
            number,
            {
                "method": "in_person",
                "served_at": "2026-11-28T15:00:00+09:00",
                "served_by": "店長",
                "receipt_evidence_id": foreign,
            },
        )
    with pytest.raises(ValidationError, match=r"^served_at: .*before"):
        svc.serve_json(
            number,
            {"method": "email", "served_at": "2026-11-01T15:00:00+09:00", "served_by": "店長"},
        )


def test_register_states_over_time(svc: NoticeService, clock: Clock) -> None:
    a = svc.issue_json(judged(svc), {"months": 1}).notice  # ends 2026-12-27
    b = svc.issue_json(judged(svc), {"valid_from": "2027-01-01"}).notice
    c = svc.issue_json(judged(svc), {"indefinite": True}).notice
    d = svc.issue_json(judged(svc), {}).notice
    svc.revoke(d.number, "本人と和解した")
    by_status = {s: [n.number for n in svc.list_notices(s)] for s in BanStatus}
    assert by_status == {
        BanStatus.ACTIVE: [c.number, a.number],
        BanStatus.SCHEDULED: [b.number],
        BanStatus.EXPIRED: [],
        BanStatus.REVOKED: [d.number],
    }
    assert [n.number for n in svc.list_notices(expiring=True)] == [a.number]
    clock.now = NOW + timedelta(days=40)
    assert svc.get(a.number).status(svc.today()) is BanStatus.EXPIRED
    assert svc.get(b.number).status(svc.today()) is BanStatus.ACTIVE
    assert svc.list_notices(expiring=True) == []


def test_shorten_review_and_revoke(vault: Vault, svc: NoticeService) -> None:
    number = svc.issue_json(judged(svc), {}).notice.number
    with pytest.raises(ValidationError, match=r"^new_until: .*does not shorten"):
        svc.shorten(number, date(2028, 1, 1), "延長")
    svc.shorten(number, date(2027, 5, 31), "謝罪文を受領")
    svc.review_json(
        number,
        {
            "kind": "appeal",
            "outcome": "upheld",
            "decided_by": "本部長",
            "decided_on": "2027-01-10",
            "requested_by": "本人",
            "note": "異議を検討した",
        },
    )
    n = svc.get(number)
    assert n.effective_until == date(2027, 5, 31) and n.valid_until == date(2027, 11, 27)
    assert [r.outcome for r in n.reviews] == [ReviewOutcome.SHORTENED, ReviewOutcome.UPHELD]
    svc.revoke(number, "誤認", decided_by="本部長")
    with pytest.raises(WorkflowError, match="revoked"):
        svc.revoke(number, "again")
    actions = [r.action for r in audit.rows(vault.conn, "notice")]
    assert actions == ["issue", "review_shortened", "review_upheld", "review_revoked"]


def test_ban_check_by_name_description_and_phone(svc: NoticeService, clock: Clock) -> None:
    ref = judged(svc)
    svc.issue_json(ref, {"addressee": {"name": "山田 太郎", "phone": "090-1234-5678"}})
    expired = svc.issue_json(
        judged(svc), {"addressee": {"name": "鈴木 一郎", "description": "白い帽子"}, "months": 1}
    )
    for query in ("山田太郎", "ﾔﾏﾀﾞ", "黒い服", "09012345678", "5678", "＋81 90-1234-5678"):
        if query == "ﾔﾏﾀﾞ":
            assert not svc.ban_check(query).banned  # kanji names are not matched by reading
            continue
        check = svc.ban_check(query)
        assert check.banned, query
        assert check.to_dict()["matches"][0]["number"] == "N-2026-0001"
    assert svc.ban_check("佐藤").to_dict() == {"query": "佐藤", "banned": False, "matches": []}
    clock.now = NOW + timedelta(days=60)
    check = svc.ban_check("鈴木")
    assert not check.banned and check.matches[0].status is BanStatus.EXPIRED
    assert check.matches[0].notice.number == expired.notice.number
    with pytest.raises(ValidationError, match=r"^query: "):
        svc.ban_check("  ")


def test_breach_creates_a_linked_incident(vault: Vault, svc: NoticeService, clock: Clock) -> None:
    ref = judged(svc)
    n = svc.issue_json(ref, {"months": 1}).notice
    clock.now = NOW + timedelta(days=3)
    inc = svc.log_breach(n.number, note=HOSTILE)
    assert inc.summary.endswith(f"Breach of no-entry notice {n.number}")
    customer = inc.participants[0]
    assert customer.role is ParticipantRole.CUSTOMER and customer.person is not None
    assert customer.person.id == svc.incidents.get(ref).participants[0].person.id  # type: ignore[union-attr]
    assert inc.timeline[0].description == HOSTILE
    entry = svc.incidents.get(inc.reference).offence_answers["entry_against_will"]
    assert entry.value and entry.source == f"notice:{n.number}"  # art. 130, on the notice
    stored = svc.get(n.number)
    assert [b.incident_reference for b in stored.breaches] == [inc.reference]
    assert svc.ban_check("黒い服").to_dict()["matches"][0]["breaches"] == 1
    clock.now = NOW + timedelta(days=90)
    before = state(vault)
    with pytest.raises(WorkflowError, match="not in force"):
        svc.log_breach(n.number)
    assert state(vault) == before


def test_breach_without_a_recorded_person_creates_one(svc: NoticeService) -> None:
    inc = harassment(sample_incident())
    inc.participants = []
    n = svc.issue_json(
        svc.incidents.add(inc).reference,
        {"addressee": {"description": "灰色のコート", "phone": "03-1111-2222"}},
    ).notice
    breach = svc.log_breach(n.number)
    person = breach.participants[0].person
    assert person is not None and (person.label, person.contact) == ("灰色のコート", "03-1111-2222")


def test_wording_edit_reset_and_snapshot(svc: NoticeService) -> None:
    assert svc.wording("ja")["title"] == "出入禁止通知書"
    words = svc.set_wording("ja", {"title": HOSTILE})
    assert words["title"] == HOSTILE and svc.edited_wording("ja") == {"title": HOSTILE}
    ref = judged(svc)
    first = svc.issue_json(ref, {"languages": "ja"}).notice
    assert HOSTILE in pdf_text(svc.pdf(first.number))
    svc.set_wording("ja", {"title": "出入禁止通知書"})  # back to the default text: nothing stored
    assert svc.edited_wording("ja") == {}
    svc.set_wording("ja", {"body": "改めて禁止します。"})
    assert svc.reset_wording("ja")["body"] == svc.wording("ja")["body"] != "改めて禁止します。"
    # An issued notice re-renders with the wording it was issued with.
    assert HOSTILE in pdf_text(svc.rerender(first.number))
    with pytest.raises(ValidationError, match=r"wording\.ja\.title"):
        svc.set_wording("ja", {"title": ""})
    with pytest.raises(ValidationError, match="language"):
        svc.wording("xx")


def test_verify_catches_an_issued_pdf_changed_afterwards(vault: Vault, svc: NoticeService) -> None:
    from kasuhara_desktop.services.verify import verify_vault

    number = svc.issue_json(judged(svc), {}).notice.number
    assert verify_vault(vault).ok
    vault.conn.execute("UPDATE notices SET pdf = ? WHERE number = ?", (b"%PDF-1.4 forged", number))
    report = verify_vault(vault)
    [check] = [c for c in report.checks if c.name == "notice_pdfs"]
    assert check.problems == [f"notice {number}: the stored PDF does not match its recorded hash"]
