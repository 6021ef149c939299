"""UserService: users with their own slots, the rules on logins and names, the last owner,
passphrases, one change = table + header or neither, the seed of older vaults, and display
names in the documents."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import HOSTILE, OWNER, PASSPHRASE, folder_hashes, make_vault, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.errors import ValidationError, WrongSecretError
from kasuhara_desktop.domain.models import ShopProfile
from kasuhara_desktop.domain.roles import AccessDeniedError, Role
from kasuhara_desktop.services import vaults
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService
from kasuhara_desktop.services.users import UserService
from kasuhara_desktop.vault import audit, fsutil
from kasuhara_desktop.vault.header import load_header
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.repositories import users as repo
from kasuhara_desktop.vault.vault import Vault

STAFF_PASS = "blue kettle whistles over seven hills"
MANAGER_PASS = "quiet river paper lantern autumn"


def unlock(folder: Path, user: str, passphrase: str) -> Vault:
    return vaults.unlock(folder, user=user, passphrase=passphrase)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[Path, UserService]]:
    """A vault with its owner, a manager "suzuki" and a staff member "sato"; open as owner."""
    folder = tmp_path / "v"
    vault, _ = make_vault(folder)
    users = UserService(vault)
    users.add("suzuki", "鈴木 一郎", Role.MANAGER, MANAGER_PASS, kdf=FAST_PARAMS)
    users.add("sato", "佐藤 花子", Role.STAFF, STAFF_PASS, kdf=FAST_PARAMS)
    yield folder, users
    vault.close()


def as_user(folder: Path, owner: UserService, user: str, passphrase: str) -> Vault:
    owner._vault.close()
    return unlock(folder, user, passphrase)


def state(folder: Path) -> dict[str, str]:
    return {k: v for k, v in folder_hashes(folder).items() if k.startswith("vault.json")}


def test_added_users_unlock_with_their_own_passphrase_and_role(shop) -> None:
    folder, users = shop
    listed = users.list()
    assert [(u.login, u.display_name, u.role, u.is_self) for u in listed] == [
        (OWNER, OWNER, Role.OWNER, True),
        ("suzuki", "鈴木 一郎", Role.MANAGER, False),
        ("sato", "佐藤 花子", Role.STAFF, False),
    ]
    header = load_header(folder)
    assert header.slot_for("suzuki").role == "manager"  # a hint, the format accepts it
    rows = [r for r in audit.rows(users._vault.conn, "user") if r.action == "add"]
    assert [r.entity_id for r in rows] == ["suzuki", "sato"]
    users._vault.close()
    with unlock(folder, "sato", STAFF_PASS) as staff:
        me = UserService(staff)
        assert me.access.role is Role.STAFF and me.access.display_name == "佐藤 花子"
        assert [u.login for u in me.list() if u.is_self] == ["sato"]
    with pytest.raises(WrongSecretError):
        unlock(folder, "sato", MANAGER_PASS)


@pytest.mark.parametrize(
    ("login", "name", "needle"),
    [
        ("suzuki", "別人", "taken"),
        ("new", "   ", "must not be empty"),
        ("new", "x" * 101, "at most 100"),
        ("", "名前", "must not be empty"),
        (" new", "名前", "space"),
        ("ne\x00w", "名前", "control"),
        ("new\u202e", "名前", "control or invisible"),
        ("x" * 65, "名前", "at most 64"),
        ("recovery key", "名前", "reserved"),
        ("new", "改行\nあり", "control character"),
    ],
)
def test_bad_logins_and_names_are_refused_with_nothing_changed(
    shop, login: str, name: str, needle: str
) -> None:
    folder, users = shop
    before_files, before_rows = state(folder), repo.all_rows(users._vault.conn)
    with pytest.raises(ValidationError, match=needle):
        users.add(login, name, Role.STAFF, STAFF_PASS + " again", kdf=FAST_PARAMS)
    assert state(folder) == before_files and repo.all_rows(users._vault.conn) == before_rows


def test_a_removed_login_is_never_reused(shop) -> None:
    _folder, users = shop
    users.remove("sato")
    with pytest.raises(ValidationError, match="removed user"):
        users.add("sato", "佐藤 次郎", Role.STAFF, STAFF_PASS, kdf=FAST_PARAMS)
    assert users.display_names()["sato"] == "佐藤 花子"  # old rows still name her
    assert "sato" not in [u.login for u in users.list()]


def test_hostile_display_names_are_kept_exactly(shop) -> None:
    _folder, users = shop
    users.rename("sato", HOSTILE)
    assert users.display_names()["sato"] == HOSTILE
    users.add("ali", "علي مرحبا", Role.STAFF, "twelve orange owls sing loudly", kdf=FAST_PARAMS)
    assert users.display_names()["ali"] == "علي مرحبا"


@pytest.mark.parametrize(("login", "secret"), [("suzuki", MANAGER_PASS), ("sato", STAFF_PASS)])
def test_only_the_owner_changes_users(shop, login: str, secret: str) -> None:
    folder, users = shop
    with as_user(folder, users, login, secret) as vault:
        them = UserService(vault)
        before = state(folder)
        for change in (
            lambda: them.add("new", "新人", Role.STAFF, STAFF_PASS, kdf=FAST_PARAMS),
            lambda: them.remove("sato" if login != "sato" else "suzuki"),
            lambda: them.rename("sato", "別名"),
            lambda: them.set_role("sato", Role.OWNER),
            lambda: them.reset_passphrase("suzuki", STAFF_PASS, kdf=FAST_PARAMS),
        ):
            with pytest.raises(AccessDeniedError, match="Only the owner"):
                change()
        assert state(folder) == before
        assert {u.login: u.role for u in them.list()}["sato"] is Role.STAFF


def test_last_owner_and_self_are_protected(shop, tmp_path: Path) -> None:
    _folder, users = shop
    with pytest.raises(ValidationError, match="ask another owner"):
        users.remove(OWNER)
    with pytest.raises(ValidationError, match="ask another owner"):
        users.set_role(OWNER, Role.STAFF)
    users._vault.close()
    # The recovery key acts as an owner without a row: the last owner is still kept.
    _v, key = make_vault(tmp_path / "other")
    _v.close()
    rec_folder = tmp_path / "other"
    with vaults.unlock(rec_folder, recovery_key=key) as rec:
        them = UserService(rec)
        with pytest.raises(ValidationError, match="last owner"):
            them.remove(OWNER)
        with pytest.raises(ValidationError, match="last owner"):
            them.set_role(OWNER, Role.MANAGER)
        them.add("hana", "花", Role.OWNER, MANAGER_PASS, kdf=FAST_PARAMS)
        them.set_role(OWNER, Role.MANAGER)  # another owner exists now
        with pytest.raises(ValidationError, match="last owner"):
            them.remove("hana")
        assert [(u.login, u.role) for u in them.list()] == [
            ("hana", Role.OWNER),
            (OWNER, Role.MANAGER),
        ]


def test_roles_change_what_the_next_unlock_may_do(shop) -> None:
    folder, users = shop
    users.set_role("sato", Role.MANAGER)
    with as_user(folder, users, "sato", STAFF_PASS) as vault:
        assert UserService(vault).access.role is Role.MANAGER


def test_passphrases_reset_by_the_owner_and_changed_with_the_current_one(shop) -> None:
    folder, users = shop
    users.reset_passphrase("sato", "new green tea morning bicycle", kdf=FAST_PARAMS)
    with pytest.raises(ValidationError, match="current one"):
        users.reset_passphrase(OWNER, "new green tea morning bicycle", kdf=FAST_PARAMS)
    with pytest.raises(ValidationError):
        users.reset_passphrase("sato", "123", kdf=FAST_PARAMS)  # too weak
    users._vault.close()
    with pytest.raises(WrongSecretError):
        unlock(folder, "sato", STAFF_PASS)
    with unlock(folder, "sato", "new green tea morning bicycle") as vault:
        me = UserService(vault)
        with pytest.raises(WrongSecretError):
            me.change_own_passphrase("wrong", "violet harbour stone cinema", kdf=FAST_PARAMS)
        me.change_own_passphrase(
            "new green tea morning bicycle", "violet harbour stone cinema", kdf=FAST_PARAMS
        )
        rows = audit.rows(vault.conn, "user")
        assert [r.action for r in rows][-2:] == ["reset_passphrase", "set_passphrase"]
    unlock(folder, "sato", "violet harbour stone cinema").close()


def test_a_failed_header_save_leaves_table_and_header_as_they_were(
    shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, users = shop
    vault = users._vault
    before_files, before_rows = state(folder), repo.all_rows(vault.conn)
    before_slots = list(vault.header.slots)
    from kasuhara_desktop.vault import header as header_module

    real = fsutil.atomic_write_bytes
    calls: list[Path] = []

    def failing(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:  # vault.json.prev written, vault.json fails
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(header_module, "atomic_write_bytes", failing)
    with pytest.raises(OSError):
        users.remove("sato")
    monkeypatch.setattr(header_module, "atomic_write_bytes", real)
    assert state(folder) == before_files
    assert repo.all_rows(vault.conn) == before_rows and vault.header.slots == before_slots
    # A failure in the database part: the header is not touched either.
    monkeypatch.setattr(repo.audit, "append", lambda *a, **k: (_ for _ in ()).throw(OSError()))
    with pytest.raises(OSError):
        users.add("new", "新人", Role.STAFF, STAFF_PASS, kdf=FAST_PARAMS)
    assert state(folder) == before_files and repo.all_rows(vault.conn) == before_rows


def test_a_vault_without_user_rows_is_seeded_once_at_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, _ = Vault.create(
        folder, ShopProfile(name="店", representative="店長 山田太郎"), "owner", PASSPHRASE,
        kdf=FAST_PARAMS,
    )  # fmt: skip
    assert repo.count(vault.conn) == 0  # as a vault from before v11
    vault.close()
    for _ in range(2):
        with unlock(folder, "owner", PASSPHRASE) as v:
            rows = repo.all_rows(v.conn)
            assert [(r.login, r.display_name, r.role) for r in rows] == [
                ("owner", "店長 山田太郎", Role.OWNER)
            ]
            assert [r.action for r in audit.rows(v.conn, "user")] == ["seed"]


def _report_text(vault: Vault, reference: str, dest: Path) -> str:
    ReportService(vault).write_incident_report(reference, dest, "en")
    return "".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(dest.read_bytes())).pages)


def test_documents_print_display_names_not_logins(shop, tmp_path: Path) -> None:
    folder, users = shop
    with as_user(folder, users, "suzuki", MANAGER_PASS) as vault:
        inc = IncidentService(vault).add(sample_incident())
        note = tmp_path / "note.txt"
        note.write_text("メモ", encoding="utf-8")
        EvidenceService(vault).add_files(inc.reference, [ImportRequest(note)])
        text = _report_text(vault, inc.reference, tmp_path / "r1.pdf")
    flat = "".join(text.split())
    assert "鈴木一郎" in flat and "suzuki" not in text
    with unlock(folder, OWNER, PASSPHRASE) as vault:
        UserService(vault).rename("suzuki", "鈴木 部長")
        text = "".join(_report_text(vault, inc.reference, tmp_path / "r2.pdf").split())
    # The history and the evidence name the manager by the new name, the preparer is the owner.
    assert "鈴木部長" in text and "鈴木一郎" not in text and "suzuki" not in text
    assert "".join(OWNER.split()) in text


def test_bundles_and_summaries_name_people_by_display_name(shop, tmp_path: Path) -> None:
    import json
    import zipfile
    from datetime import date

    from kasuhara_desktop.services.bundle import build_bundle

    folder, users = shop
    with as_user(folder, users, "suzuki", MANAGER_PASS) as vault:
        inc = IncidentService(vault).add(sample_incident())
        note = tmp_path / "note.txt"
        note.write_text("メモ", encoding="utf-8")
        EvidenceService(vault).add_files(inc.reference, [ImportRequest(note)])
        reports = ReportService(vault)
        build_bundle(reports.prepare_incident(inc.reference), tmp_path / "b.zip", lang="en")
        summary = tmp_path / "s.pdf"
        reports.write_summary(date(2026, 1, 1), date(2026, 12, 31), summary, "en")
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        readme = zf.read("README.txt").decode("utf-8-sig")
    assert manifest["created_by"] == "鈴木 一郎"
    assert [f["imported_by"] for f in manifest["files"]] == ["鈴木 一郎"]
    assert "by 鈴木 一郎" in readme and "suzuki" not in readme
    text = "".join(p.extract_text() or "" for p in PdfReader(summary).pages)
    assert "鈴木一郎" in "".join(text.split()) and "suzuki" not in text


def test_after_a_rekey_the_owner_gives_the_dropped_users_a_passphrase(shop) -> None:
    from kasuhara_desktop.services.rekey import rekey_vault

    folder, users = shop
    rekey_vault(users._vault, PASSPHRASE, lambda _pdf: None, drop_others=True)
    assert load_header(folder).users == [OWNER]
    assert "sato" in [u.login for u in users.list()]  # still a user, without a slot
    users.reset_passphrase("sato", "new green tea morning bicycle", kdf=FAST_PARAMS)
    users._vault.close()
    with unlock(folder, "sato", "new green tea morning bicycle") as vault:
        assert UserService(vault).access.role is Role.STAFF
