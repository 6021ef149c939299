"""``kasuhara verify --head HASH``: is a head printed on an earlier report still in the chain?"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run

from kasuhara_desktop.vault.connection import connect

SECRET = "検証 'head' pw"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


def _head(capsys: pytest.CaptureFixture[str], folder: str) -> str:
    code, out, _err = run(capsys, "--vault", folder, "verify", "--json")
    assert code == 0
    return str(json.loads(out)["head_hash"])


def test_an_earlier_head_is_found_at_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "v")
    assert run(capsys, "--vault", folder, "init", "--shop-name", "店")[0] == 0
    printed = _head(capsys, folder)  # as on a report printed then
    assert run(capsys, "--vault", folder, "demo")[0] == 0
    assert _head(capsys, folder) != printed
    code, out, err = run(capsys, "--vault", folder, "verify", "--head", printed.upper())
    assert (code, err) == (0, "")
    # init writes 4 rows: the shop, its owner as staff, the vault, the owner's users row (v11)
    assert out.startswith("this head is in the chain at row 4 (")
    code, out, _err = run(capsys, "--vault", folder, "verify", "--head", printed, "--json")
    assert code == 0 and json.loads(out)["row"] == 4


def test_an_unknown_head_or_a_rewritten_chain_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "v")
    key_out = run(capsys, "--vault", folder, "init", "--shop-name", "店", "--json")[1]
    key = bytes.fromhex(json.loads(key_out)["recovery_key"].replace("-", ""))
    assert run(capsys, "--vault", folder, "demo")[0] == 0
    code, out, err = run(capsys, "--vault", folder, "verify", "--head", "ab" * 32)
    assert code == 1 and out == ""
    assert err == f"kasuhara: the head {'ab' * 32} is not in this vault's audit chain\n"

    printed = _head(capsys, folder)
    conn = connect(Path(folder) / "vault.db", key)
    with conn:  # an earlier row rewritten: the head is still there, but no longer proves anything
        conn.execute("UPDATE audit SET content_hash = ? WHERE id = 2", ("0" * 64,))
    conn.close()
    code, out, err = run(capsys, "--vault", folder, "verify", "--head", printed)
    assert code == 1
    assert "the chain is damaged: audit row 2" in err and err.count("\n") == 1


def test_a_head_that_is_not_a_hash_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "v")
    assert run(capsys, "--vault", folder, "init", "--shop-name", "店")[0] == 0
    code, _out, err = run(capsys, "--vault", folder, "verify", "--head", "xyz")
    assert code == 2 and err.count("\n") == 1 and "64 hexadecimal digits" in err
