"""The consultation desk: contacts for all, records only for the owner and the contact person."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from helpers import OWNER, sample_incident

from kasuhara_desktop.domain.consultation import Channel, Consultation, Contact, ContactKind
from kasuhara_desktop.domain.errors import NotFoundError, ValidationError
from kasuhara_desktop.domain.roles import AccessDeniedError, Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.consultation import ConsultationService, NotContactPersonError
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

JST = timezone(timedelta(hours=9))
AT = datetime(2026, 11, 20, 18, 30, tzinfo=JST)


def service(vault: Vault, login: str, role: Role) -> ConsultationService:
    return ConsultationService(vault, Access(login=login, display_name=login, role=role))


@pytest.fixture
def desk(vault: Vault) -> Vault:
    """A vault with contact persons mika (staff) and ken (manager), and staff taro who is not."""
    for login in ("mika", "ken", "taro"):
        vault.set_passphrase(login, f"{login} passphrase", kdf=FAST_PARAMS)
    owner = service(vault, OWNER, Role.OWNER)
    owner.save_contact(Contact(ContactKind.INTERNAL, "", login="mika"))
    owner.save_contact(Contact(ContactKind.INTERNAL, "Ken Sato", login="ken"))
    return vault


def consult(login: str, summary: str = "客からの暴言がつらい") -> Consultation:
    return Consultation("T.K.", AT, Channel.IN_PERSON, summary, contact_login=login)


def test_contacts_are_shown_to_everyone_with_the_standard_ones(desk: Vault) -> None:
    contacts = service(desk, "taro", Role.STAFF).contacts("ja")
    kinds = [c.kind for c in contacts]
    assert kinds[:2] == [ContactKind.INTERNAL, ContactKind.INTERNAL]
    assert contacts[0].name == "mika"  # no display name given: the login
    assert ContactKind.POLICE_LINE in kinds and ContactKind.LABOUR_BUREAU in kinds
    line = next(c for c in contacts if c.kind is ContactKind.POLICE_LINE)
    assert line.phone == "#9110"
    bureau = next(c for c in contacts if c.kind is ContactKind.LABOUR_BUREAU)
    assert bureau.phone_unchecked  # shipped as "check", never a guessed number


def test_the_shops_own_entry_replaces_the_standard_one_of_its_kind(desk: Vault) -> None:
    owner = service(desk, OWNER, Role.OWNER)
    owner.save_contact(Contact(ContactKind.LAWYER, "山田法律事務所", phone="03-0000-0000"))
    lawyers = [c for c in owner.contacts("en") if c.kind is ContactKind.LAWYER]
    assert [c.name for c in lawyers] == ["山田法律事務所"]


def test_only_managers_edit_contacts_and_logins_must_be_users(desk: Vault) -> None:
    with pytest.raises(AccessDeniedError):
        service(desk, "taro", Role.STAFF).save_contact(Contact(ContactKind.OTHER, "x"))
    with pytest.raises(ValidationError, match="no user"):
        service(desk, "ken", Role.MANAGER).save_contact(
            Contact(ContactKind.INTERNAL, "", login="nobody")
        )


def test_owner_and_contact_persons_may_record(desk: Vault) -> None:
    owner = service(desk, OWNER, Role.OWNER)
    mika = service(desk, "mika", Role.STAFF)
    a = mika.add_record(consult(""))  # a contact person records their own
    assert a.contact_login == "mika" and a.recorded_by == "mika"
    b = owner.add_record(consult("ken", "SNSへの投稿の相談"))
    assert b.contact_login == "ken" and b.recorded_by == OWNER
    with pytest.raises(NotContactPersonError):
        service(desk, "taro", Role.STAFF).add_record(consult("mika"))
    with pytest.raises(ValidationError, match="themselves"):
        mika.add_record(consult("ken"))
    with pytest.raises(ValidationError, match="not a designated contact person"):
        owner.add_record(consult("taro"))


def test_each_sees_only_their_records_and_the_owner_sees_all(desk: Vault) -> None:
    owner = service(desk, OWNER, Role.OWNER)
    first = owner.add_record(consult("mika", "一件目"))
    second = owner.add_record(consult("ken", "二件目"))
    assert {r.summary for r in owner.records()} == {"一件目", "二件目"}
    mika, ken = service(desk, "mika", Role.STAFF), service(desk, "ken", Role.MANAGER)
    assert [r.summary for r in mika.records()] == ["一件目"]
    assert [r.summary for r in ken.records()] == ["二件目"]
    assert mika.record(first.id or 0).summary == "一件目"
    with pytest.raises(NotFoundError) as other:
        mika.record(second.id or 0)
    with pytest.raises(NotFoundError) as missing:
        mika.record(9999)
    # Someone else's record reads exactly like a record that does not exist.
    assert str(other.value).replace(str(second.id), "N") == str(missing.value).replace("9999", "N")


def test_a_user_who_is_no_contact_person_sees_none_and_reads_none(desk: Vault) -> None:
    record = service(desk, OWNER, Role.OWNER).add_record(consult("mika"))
    taro = service(desk, "taro", Role.STAFF)
    assert taro.records() == []
    assert not taro.can_record()
    with pytest.raises(NotFoundError):
        taro.record(record.id or 0)
    with pytest.raises(NotFoundError):
        taro.update_record(record)
    # A manager is no exception: the records belong to the owner and the contact person.
    manager = service(desk, "boss2", Role.MANAGER)
    assert manager.records() == []


def test_a_record_links_an_incident_and_is_audited(desk: Vault) -> None:
    inc = IncidentService(desk).add(sample_incident())
    mika = service(desk, "mika", Role.STAFF)
    head = audit.head(desk.conn)
    saved = mika.add_record(
        Consultation("匿名", AT, Channel.PHONE, "怖かった", "", incident_reference=inc.reference)
    )
    assert audit.head(desk.conn) != head
    assert mika.record(saved.id or 0).incident_reference == inc.reference
    updated = mika.update_record(
        Consultation(
            "匿名",
            AT,
            Channel.PHONE,
            "怖かった",
            "mika",
            incident_reference=inc.reference,
            action="シフトを変更",
            follow_up="1週間後に面談",
            follow_up_on=date(2026, 11, 27),
            id=saved.id,
        )
    )
    assert mika.record(updated.id or 0).follow_up_on == date(2026, 11, 27)
    with pytest.raises(NotFoundError, match="No incident"):
        mika.add_record(consult("", "x").__class__("x", AT, Channel.OTHER, "y", "", "NOPE"))


def test_the_record_text_is_not_in_the_database_file_in_clear(desk: Vault) -> None:
    service(desk, OWNER, Role.OWNER).add_record(consult("mika", "ZZSECRETCONSULTZZ"))
    assert b"ZZSECRETCONSULTZZ" not in (desk.folder / "vault.db").read_bytes()
