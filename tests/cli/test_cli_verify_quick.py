"""``kasuhara verify --quick``: what changed since the last passed full check (issue 19.4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run

from kasuhara_desktop.vault.connection import connect

SECRET = "検証 'quick' pw"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


def _logbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, bytes, Path]:
    """A vault with the demo data and one evidence file; its folder, data key, that file."""
    folder = str(tmp_path / "v")
    key_out = run(capsys, "--vault", folder, "init", "--shop-name", "店", "--json")[1]
    key = bytes.fromhex(json.loads(key_out)["recovery_key"].replace("-", ""))
    assert run(capsys, "--vault", folder, "demo")[0] == 0
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 40)
    assert run(capsys, "--vault", folder, "evidence", "add", "K-2026-0001", str(photo))[0] == 0
    [stored] = (Path(folder) / "evidence").glob("*.khev")
    return folder, key, stored


def _quick(capsys: pytest.CaptureFixture[str], folder: str) -> tuple[int, dict[str, object], str]:
    code, out, err = run(capsys, "--vault", folder, "verify", "--quick", "--json")
    return code, json.loads(out), err


def _failed(report: dict[str, object]) -> dict[str, list[str]]:
    checks = report["checks"]
    assert isinstance(checks, list)
    return {c["name"]: c["problems"] for c in checks if not c["ok"]}


def test_quick_needs_a_full_check_first_then_says_when_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _key, _stored = _logbook(tmp_path, capsys)
    code, report, err = _quick(capsys, folder)
    assert code == 1 and list(_failed(report)) == ["last_full_check"]
    assert err == "kasuhara: verify failed: last_full_check\n"

    code, out, _err = run(capsys, "--vault", folder, "verify", "--json")
    full = json.loads(out)
    assert code == 0 and full["mode"] == "full" and full["last_full_check"]
    assert run(capsys, "--vault", folder, "demo", "--lang", "en")[0] == 0  # changes since
    code, report, err = _quick(capsys, folder)
    assert (code, err) == (0, "")
    assert report["mode"] == "quick" and report["last_full_check"] == full["last_full_check"]
    code, out, _err = run(capsys, "--vault", folder, "verify", "--quick")
    assert code == 0 and f"last full check: {full['last_full_check']}" in out


def test_quick_finds_a_truncated_file_and_a_rewritten_row_since(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, key, stored = _logbook(tmp_path, capsys)
    assert run(capsys, "--vault", folder, "verify")[0] == 0
    assert run(capsys, "--vault", folder, "demo", "--lang", "en")[0] == 0
    with stored.open("r+b") as f:
        f.truncate(stored.stat().st_size - 1)
    conn = connect(Path(folder) / "vault.db", key)
    with conn:  # the newest row, written after the full check, edited by hand
        conn.execute("UPDATE audit SET content_hash = ? WHERE id = (SELECT max(id) FROM audit)",
                     ("0" * 64,))  # fmt: skip
    conn.close()
    code, report, err = _quick(capsys, folder)
    failed = _failed(report)
    assert code == 1 and err.count("\n") == 1
    assert set(failed) >= {"audit_chain_since_full_check", "evidence_file_sizes"}
    assert "was altered" in failed["audit_chain_since_full_check"][0]
    assert "truncated or appended to" in failed["evidence_file_sizes"][0]


def test_a_forged_full_check_record_is_not_believed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, key, _stored = _logbook(tmp_path, capsys)
    assert run(capsys, "--vault", folder, "verify")[0] == 0
    conn = connect(Path(folder) / "vault.db", key)
    with conn:  # moved to the head, so that a quick check would skip every row before it
        conn.execute(
            "INSERT INTO full_checks (checked_at, audit_id, audit_hash, mac)"
            " SELECT '2030-01-01T00:00:00+00:00', id, hash, '00' FROM audit"
            " ORDER BY id DESC LIMIT 1"
        )
    conn.close()
    code, report, _err = _quick(capsys, folder)
    assert code == 1 and "does not verify" in _failed(report)["last_full_check"][0]
    assert report["last_full_check"] is None


def test_quick_with_head_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "v")
    assert run(capsys, "--vault", folder, "init", "--shop-name", "店")[0] == 0
    code, out, err = run(capsys, "--vault", folder, "verify", "--quick", "--head", "ab" * 32)
    assert (code, out) == (2, "") and err.count("\n") == 1 and "cannot be combined" in err
