"""``kasuhara rekey``: a new data key, a new recovery sheet, the old key void everywhere."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import folder_hashes
from helpers import run_cli as run
from pypdf import PdfReader

from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

SECRET = "pa\"ss'ワード 🙂"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


def _init(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    folder = str(tmp_path / "v")
    code, out, err = run(capsys, "--vault", folder, "init", "--shop-name", "さくらマート", "--json")
    assert code == 0, err
    assert run(capsys, "--vault", folder, "demo")[0] == 0
    return folder, json.loads(out)["recovery_key"]


def _recovery_unlock(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: str, key: str
) -> tuple[int, str, str]:
    monkeypatch.setenv("KASUHARA_RECOVERY_KEY", key)
    return run(capsys, "--vault", folder, "unlock", "--recovery-key")


def test_rekey_voids_the_old_recovery_key_and_writes_the_new_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, old_key = _init(tmp_path, capsys)
    sheet = tmp_path / "new-sheet.pdf"
    code, out, err = run(
        capsys, "--vault", folder, "rekey", "--sheet", str(sheet), "--lang", "en", "--json"
    )
    assert code == 0, err
    result = json.loads(out)
    new_key = result["recovery_key"]
    assert new_key != old_key and result["kept_users"] == ["owner"]
    text = " ".join(PdfReader(sheet).pages[0].extract_text().split())
    assert "This sheet replaces the sheet of" in text
    assert "whose key no longer opens this logbook" in text
    assert new_key.replace("-", "")[:4] in text  # the new key's first group is printed

    code, _, err = _recovery_unlock(capsys, monkeypatch, folder, old_key)
    assert code == 2 and err.count("\n") == 1
    assert _recovery_unlock(capsys, monkeypatch, folder, new_key)[0] == 0
    assert run(capsys, "--vault", folder, "unlock")[0] == 0
    code, out, err = run(capsys, "--vault", folder, "verify")
    assert code == 0, out + err

    # The kept copy of the header is of the new one: putting it back revives no old key.
    shutil.copy(Path(folder) / "vault.json.prev", Path(folder) / "vault.json")
    assert _recovery_unlock(capsys, monkeypatch, folder, old_key)[0] == 2
    assert run(capsys, "--vault", folder, "unlock")[0] == 0

    with Vault.open(Path(folder), passphrase=SECRET) as vault:
        rows = [r for r in audit.rows(vault.conn) if r.action == "rekey"]
    assert len(rows) == 1 and rows[0].user == "owner" and rows[0].entity == "vault"


def test_rekey_refuses_bad_input_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = _init(tmp_path, capsys)
    before = folder_hashes(Path(folder))
    existing = tmp_path / "old-sheet.pdf"
    existing.write_bytes(b"%PDF keep me")
    for sheet in (str(existing), str(tmp_path / "no-such-folder" / "s.pdf")):
        code, _, err = run(capsys, "--vault", folder, "rekey", "--sheet", sheet)
        assert code == 2 and err.count("\n") == 1 and "--sheet" in err
    with pytest.raises(SystemExit) as usage:
        run(capsys, "--vault", folder, "rekey")
    assert usage.value.code == 2 and "--sheet" in capsys.readouterr().err
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "wrong passphrase")
    code, _, err = run(capsys, "--vault", folder, "rekey", "--sheet", str(tmp_path / "s.pdf"))
    assert code == 2 and "Wrong passphrase" in err and err.count("\n") == 1
    assert not (tmp_path / "s.pdf").exists()
    assert existing.read_bytes() == b"%PDF keep me"
    assert folder_hashes(Path(folder)) == before


def test_other_users_slots_are_removed_only_when_agreed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = _init(tmp_path, capsys)
    with Vault.open(Path(folder), passphrase=SECRET) as vault:
        vault.set_passphrase("佐藤", "another long passphrase 2", kdf=FAST_PARAMS)
    sheet = tmp_path / "s.pdf"
    args = ("--vault", folder, "--user", "owner", "rekey", "--sheet", str(sheet))
    code, _, err = run(capsys, *args)
    assert code == 2 and "佐藤" in err and "--drop-other-users" in err
    assert not sheet.exists()
    code, out, err = run(capsys, *args, "--drop-other-users")
    assert code == 0, err
    assert "Removed key slots: 佐藤" in out
    with Vault.open(Path(folder), passphrase=SECRET, user="owner") as vault:
        assert vault.header.users == ["owner"]


def test_an_interrupted_rekey_is_finished_or_undone_at_the_next_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kasuhara_desktop.vault import rekey as vault_rekey

    folder, old_key = _init(tmp_path, capsys)
    pending = Path(folder) / vault_rekey.PENDING_NAME
    keep_pending = pytest.MonkeyPatch()
    # As if killed at the very end: the pending header is left beside the new one.
    keep_pending.setattr(vault_rekey, "_remove_pending", lambda folder: None)
    code, _, err = run(capsys, "--vault", folder, "rekey", "--sheet", str(tmp_path / "a.pdf"))
    assert code == 0 and pending.exists(), err
    keep_pending.undo()
    code, _, err = run(capsys, "--vault", folder, "unlock")
    assert code == 0 and "was finished" in err and not pending.exists()

    # As if killed inside PRAGMA rekey (the database keeps the old key): undone at next open.
    def killed(vault: object, new_key: bytes) -> None:
        raise KeyboardInterrupt

    keep_pending.setattr(vault_rekey, "_remove_pending", lambda folder: None)
    keep_pending.setattr(vault_rekey, "_rekey_database", killed)
    code, _, _ = run(capsys, "--vault", folder, "rekey", "--sheet", str(tmp_path / "b.pdf"))
    assert code == 130 and pending.exists()
    keep_pending.undo()
    code, _, err = run(capsys, "--vault", folder, "verify")
    assert code == 0 and "was undone" in err and not pending.exists()
    with Vault.open(Path(folder), passphrase=SECRET) as vault:
        assert [r.action for r in audit.rows(vault.conn)].count("rekey") == 1
    assert _recovery_unlock(capsys, monkeypatch, folder, old_key)[0] == 2


def test_users_whose_slots_a_rekey_removed_are_listed_without_a_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """They stay users (their records name them) but cannot unlock: `user list` says so and
    how to fix it, until the owner resets their passphrase."""
    folder, _ = _init(tmp_path, capsys)
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", "another long passphrase 2")
    owner = ("--vault", folder, "--user", "owner")
    add = ("user", "add", "tanaka", "--role", "staff", "--display-name", "田中")
    assert run(capsys, *owner, *add)[0] == 0
    sheet = tmp_path / "s.pdf"
    code, out, err = run(capsys, *owner, "rekey", "--sheet", str(sheet), "--drop-other-users")
    assert code == 0, err
    assert "tanaka" in out and "kasuhara user reset-passphrase LOGIN" in out
    _, listed, _ = run(capsys, *owner, "user", "list", "--json")
    by = {u["login"]: u for u in json.loads(listed)}
    assert by["tanaka"]["has_passphrase"] is False and by["owner"]["has_passphrase"] is True
    _, text, _ = run(capsys, *owner, "user", "list")
    line = next(x for x in text.splitlines() if x.startswith("tanaka"))
    assert "(no passphrase: kasuhara user reset-passphrase tanaka)" in line
    assert run(capsys, *owner, "user", "reset-passphrase", "tanaka")[0] == 0
    _, listed, _ = run(capsys, *owner, "user", "list", "--json")
    assert {u["login"]: u for u in json.loads(listed)}["tanaka"]["has_passphrase"] is True
