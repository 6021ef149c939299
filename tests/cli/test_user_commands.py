"""``kasuhara user ...`` and the global ``--user`` / KASUHARA_USER: the owner manages users,
everyone else is refused with one line naming the role needed (exit 2), nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import folder_hashes
from helpers import run_cli as run

OWNER_PASS = "mise tsubame kaminari yoru"
SATO_PASS = "blue kettle whistles over seven hills"
SUZUKI_PASS = "quiet river paper lantern autumn"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", OWNER_PASS)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("KASUHARA_USER", "owner")  # the CLI's owner; --user overrides it
    monkeypatch.delenv("KASUHARA_NEW_PASSPHRASE", raising=False)


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "v")
    code, _out, err = run(capsys, "--vault", path, "init", "--shop-name", "さくらマート")
    assert code == 0, err
    return path


def add(capsys, monkeypatch, folder: str, login: str, role: str, name: str, secret: str):
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", secret)
    result = run(
        capsys, "--vault", folder, "--user", "owner", "user", "add", login, "--role", role,
        "--display-name", name, "--json",
    )  # fmt: skip
    monkeypatch.delenv("KASUHARA_NEW_PASSPHRASE")
    return result


def listed(capsys, folder: str, *who: str) -> list[dict[str, object]]:
    code, out, err = run(capsys, "--vault", folder, *who, "user", "list", "--json")
    assert code == 0, err
    data: list[dict[str, object]] = json.loads(out)
    return data


def test_owner_adds_lists_renames_and_changes_roles(folder: str, capsys, monkeypatch) -> None:
    name = "佐藤 <b>花子</b>"
    code, out, err = add(capsys, monkeypatch, folder, "sato", "staff", name, SATO_PASS)
    assert code == 0, err
    assert json.loads(out)["display_name"] == name
    assert add(capsys, monkeypatch, folder, "suzuki", "manager", "鈴木", SUZUKI_PASS)[0] == 0
    users = listed(capsys, folder, "--user", "owner")
    assert [(u["login"], u["role"], u["is_self"]) for u in users] == [
        ("owner", "owner", True),
        ("suzuki", "manager", False),
        ("sato", "staff", False),
    ]
    assert users[0]["display_name"] == "owner"  # the login until the owner renames it
    rename = ("user", "rename", "sato", "--display-name", "佐藤")
    assert run(capsys, "--vault", folder, *rename)[0] == 0
    assert run(capsys, "--vault", folder, "user", "role", "sato", "--role", "manager")[0] == 0
    by_login = {u["login"]: u for u in listed(capsys, folder)}
    assert by_login["sato"]["display_name"] == "佐藤" and by_login["sato"]["role"] == "manager"
    # The new user unlocks with their own passphrase, chosen by --user or KASUHARA_USER.
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SATO_PASS)
    mine = [u["login"] for u in listed(capsys, folder, "--user", "sato") if u["is_self"]]
    assert mine == ["sato"]
    monkeypatch.setenv("KASUHARA_USER", "sato")
    assert [u["login"] for u in listed(capsys, folder) if u["is_self"]] == ["sato"]
    code, out, _ = run(capsys, "--vault", folder, "user", "list")
    assert code == 0 and "sato" in out and "(you)" in out
    assert run(capsys, "--vault", folder, "verify")[0] == 0


def test_staff_and_managers_are_refused_in_one_line(folder: str, capsys, monkeypatch) -> None:
    assert add(capsys, monkeypatch, folder, "sato", "staff", "佐藤", SATO_PASS)[0] == 0
    assert add(capsys, monkeypatch, folder, "suzuki", "manager", "鈴木", SUZUKI_PASS)[0] == 0
    before = folder_hashes(Path(folder))
    for login, secret in (("sato", SATO_PASS), ("suzuki", SUZUKI_PASS)):
        monkeypatch.setenv("KASUHARA_PASSPHRASE", secret)
        monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", "twelve orange owls sing loudly")
        for argv in (
            ("user", "add", "new", "--role", "staff", "--display-name", "新人"),
            ("user", "remove", "sato"),
            ("user", "rename", "sato", "--display-name", "x"),
            ("user", "role", "sato", "--role", "owner"),
            ("user", "reset-passphrase", "owner"),
        ):
            code, out, err = run(capsys, "--vault", folder, "--user", login, *argv)
            assert code == 2 and out == ""
            assert err.count("\n") == 1 and "Only the owner can" in err and "Traceback" not in err
    assert {k: v for k, v in folder_hashes(Path(folder)).items() if "anchor" not in k} == {
        k: v for k, v in before.items() if "anchor" not in k
    }


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (("user", "remove", "owner"), "ask another owner"),
        (("user", "role", "owner", "--role", "staff"), "ask another owner"),
        (("user", "rename", "sato", "--display-name", "  "), "must not be empty"),
        (("user", "remove", "nobody"), "no user 'nobody'"),
    ],
)
def test_bad_requests_exit_2_with_one_line(folder: str, capsys, monkeypatch, argv, needle) -> None:
    assert add(capsys, monkeypatch, folder, "sato", "staff", "佐藤", SATO_PASS)[0] == 0
    code, out, err = run(capsys, "--vault", folder, *argv)
    assert code == 2 and out == "" and needle in err and err.count("\n") == 1


def test_duplicate_login_is_refused(folder: str, capsys, monkeypatch) -> None:
    assert add(capsys, monkeypatch, folder, "sato", "staff", "佐藤", SATO_PASS)[0] == 0
    code, _out, err = add(capsys, monkeypatch, folder, "sato", "staff", "別人", SUZUKI_PASS)
    assert code == 2 and "taken" in err


def test_remove_and_reset_passphrase(folder: str, capsys, monkeypatch, tmp_path: Path) -> None:
    assert add(capsys, monkeypatch, folder, "sato", "staff", "佐藤", SATO_PASS)[0] == 0
    secret_file = tmp_path / "new.txt"
    secret_file.write_text("violet harbour stone cinema\n", encoding="utf-8")
    code, _out, err = run(
        capsys, "--vault", folder, "user", "reset-passphrase", "sato", "--passphrase-file",
        str(secret_file),
    )  # fmt: skip
    assert code == 0, err
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "violet harbour stone cinema")
    assert run(capsys, "--vault", folder, "--user", "sato", "user", "list")[0] == 0
    monkeypatch.setenv("KASUHARA_PASSPHRASE", OWNER_PASS)
    code, out, err = run(capsys, "--vault", folder, "user", "remove", "sato")
    assert code == 0, err
    assert "kasuhara rekey" in out  # an older copy still opens with the old passphrase
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "violet harbour stone cinema")
    code, _out, err = run(capsys, "--vault", folder, "--user", "sato", "user", "list")
    assert code == 2 and err.count("\n") == 1
