"""The CLI contract (DESIGN.md section 5) on real vaults: outputs, exit codes, messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import HOSTILE, folder_hashes
from helpers import run_cli as run

EXAMPLE = Path(__file__).parents[2] / "resources" / "docs" / "incident-example.json"
SECRET = "pa\"ss'ワード 🙂"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def vault_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "v")
    code, _, _ = run(capsys, "--vault", folder, "init", "--shop-name", "さくらマート")
    assert code == 0
    return folder


def test_init_prints_the_recovery_key_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--vault", str(tmp_path / "v"), "init", "--shop-name", "店", "--json"
    )
    assert code == 0
    data = json.loads(out)
    groups = data["recovery_key"].split("-")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert (
        data["recovery_key"].replace("-", "").lower()
        not in (tmp_path / "v" / "vault.json").read_text()
    )


def test_add_show_update_round_trip(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--vault", vault_path, "incident", "add", "--json", str(EXAMPLE))
    assert (code, out.strip()) == (0, "K-2026-0001")
    code, shown, _ = run(capsys, "--vault", vault_path, "incident", "show", "K-2026-0001", "--json")
    first = json.loads(shown)
    exported = tmp_path / "exported.json"
    exported.write_text(shown, encoding="utf-8")
    # Feeding the export back as an update changes nothing (no new version).
    code, out, _ = run(
        capsys, "--vault", vault_path, "incident", "update", "K-2026-0001", "--json", str(exported)
    )
    assert (code, out.strip()) == (0, "K-2026-0001 version 1")
    # Adding the export as a new incident gives the same content under a new reference.
    run(capsys, "--vault", vault_path, "incident", "add", "--json", str(exported))
    _, second, _ = run(capsys, "--vault", vault_path, "incident", "show", "K-2026-0002", "--json")
    a, b = first, json.loads(second)
    for d in (a, b):
        d.pop("reference")
    assert a == b


def test_update_changes_a_field_and_list_searches(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--vault", vault_path, "incident", "add", "--json", str(EXAMPLE))
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["summary"] = HOSTILE
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(
        capsys, "--vault", vault_path, "incident", "update", "k-2026-0001", "--json", str(changed)
    )
    assert (code, out.strip()) == (0, "K-2026-0001 version 2")
    code, out, _ = run(
        capsys, "--vault", vault_path, "incident", "list", "--search", "עברית", "--json"
    )
    rows = json.loads(out)
    assert [r["summary"] for r in rows] == [HOSTILE]
    code, out, _ = run(capsys, "--vault", vault_path, "incident", "show", "K-2026-0001")
    assert "馬鹿野郎" in out and HOSTILE in out


def test_demo_adds_a_full_data_set(vault_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--vault", vault_path, "demo", "--json")
    assert code == 0
    assert len(json.loads(out)["added"]) >= 12
    _, out, _ = run(capsys, "--vault", vault_path, "incident", "list", "--json")
    rows = json.loads(out)
    seen = {b for r in rows for b in r["behaviours"]}
    nine = {
        "groundless_refund", "unrelated_demand", "physical_attack", "threats_abuse",
        "repeated_calls", "forced_kneeling", "refusal_to_leave", "discrimination",
        "sexual_conduct",
    }  # fmt: skip
    assert nine <= seen
    summaries = " ".join(r["summary"] for r in rows)
    assert "土下座" in summaries and "customer" not in summaries.lower()  # one language


def test_demo_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "v")
    assert run(capsys, "--vault", folder, "init", "--shop-name", "Shop")[0] == 0
    assert run(capsys, "--vault", folder, "demo", "--lang", "en")[0] == 0
    _, out, _ = run(capsys, "--vault", folder, "incident", "list", "--json")
    summaries = " ".join(r["summary"] for r in json.loads(out))
    assert "kneeling apology" in summaries and "土下座" not in summaries


def test_verify_passes_then_fails_with_exit_1(
    vault_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--vault", vault_path, "incident", "add", "--json", str(EXAMPLE))
    code, out, _ = run(capsys, "--vault", vault_path, "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    from kasuhara_desktop.vault.vault import Vault

    with Vault.open(Path(vault_path), passphrase=SECRET) as v:
        v.conn.execute("UPDATE audit SET action = 'forged' WHERE id = 1")
    code, out, err = run(capsys, "--vault", vault_path, "verify")
    assert code == 1
    assert "FAIL audit_chain" in out
    assert err.count("\n") == 1 and "audit_chain" in err


def test_passphrase_change_and_recovery_unlock(
    vault_path: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_file = tmp_path / "new.txt"
    new_file.write_text("新しい パス kaminari tsubame\n", encoding="utf-8")
    code, _, _ = run(
        capsys,
        "--vault",
        vault_path,
        "passphrase",
        "change",
        "--new-passphrase-file",
        str(new_file),
    )
    assert code == 0
    code, _, err = run(capsys, "--vault", vault_path, "incident", "list")
    assert code == 2 and "Wrong passphrase" in err
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "新しい パス kaminari tsubame")
    assert run(capsys, "--vault", vault_path, "incident", "list")[0] == 0


def test_recovery_key_resets_a_forgotten_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path / "v")
    _, out, _ = run(capsys, "--vault", folder, "init", "--shop-name", "店", "--json")
    key = json.loads(out)["recovery_key"]
    monkeypatch.delenv("KASUHARA_PASSPHRASE")
    monkeypatch.setenv("KASUHARA_RECOVERY_KEY", key.lower().replace("-", " "))
    monkeypatch.setenv("KASUHARA_NEW_PASSPHRASE", "reset kaminari tsubame 9")
    code, out, _ = run(
        capsys, "--vault", folder, "unlock", "--recovery-key", "--set-passphrase", "owner", "--json"
    )
    assert code == 0 and json.loads(out)["unlocked_as"] == "recovery key"
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "reset kaminari tsubame 9")
    assert run(capsys, "--vault", folder, "incident", "list")[0] == 0
    monkeypatch.setenv("KASUHARA_RECOVERY_KEY", "0" * 64)
    code, _, err = run(capsys, "--vault", folder, "unlock", "--recovery-key")
    assert code == 2 and "does not belong" in err


def test_the_recovery_key_options_work_before_the_command_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path / "v")
    _, out, _ = run(capsys, "--vault", folder, "init", "--shop-name", "店", "--json")
    key_file = tmp_path / "key.txt"
    key_file.write_text(json.loads(out)["recovery_key"] + "\n", encoding="utf-8")
    monkeypatch.delenv("KASUHARA_PASSPHRASE")  # a passphrase prompt would fail: no terminal
    code, out, err = run(
        capsys, "--vault", folder, "--recovery-key", "--recovery-key-file", str(key_file),
        "unlock", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["unlocked_as"] == "recovery key", err


BAD_JSON_CASES = [
    ("{", "not valid JSON"),
    ('{"occurred_at": "2026-11-03T14:05:00+09:00", "summary": 5}', "summary: expected text"),
    (
        '{"occurred_at": "2026-11-03T14:05:00+09:00", "summary": "x", "behaviours": ["nope"]}',
        "unknown code",
    ),
    ('{"occurred_at": "2026-11-03T14:05:00+09:00", "summary": "' + "x" * 1_000_001 + '"}', "limit"),
    ('{"occurred_at": "2026-11-03T14:05:00+09:00", "summary": "a\\u0000b"}', "control character"),
    ("[1, 2]", "expected an object"),
]


@pytest.mark.parametrize(("content", "message"), BAD_JSON_CASES)
def test_bad_json_leaves_the_vault_byte_for_byte(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    before = folder_hashes(Path(vault_path))
    code, out, err = run(capsys, "--vault", vault_path, "incident", "add", "--json", str(bad))
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    assert folder_hashes(Path(vault_path)) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["incident", "list"], "No vault given"),
        (["--vault", "/nonexistent/x", "incident", "list"], "not a folder"),
        (["--vault", "VAULT", "incident", "show", "K-1999-0001"], "no incident"),
        (["--vault", "VAULT", "incident", "add", "--json", "/nonexistent.json"], "no such file"),
        (["--vault", "VAULT", "incident", "frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_exit_2_one_line(
    vault_path: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    argv = [vault_path if a == "VAULT" else a for a in argv]
    try:
        code, _, err = run(capsys, *argv)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
        err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert "Traceback" not in err and err.count("\n") == 1


CLI = [sys.executable, "-m", "kasuhara_desktop.cli"]


def test_real_entry_point_second_instance_and_no_traceback(vault_path: str) -> None:
    env = {**os.environ, "KASUHARA_PASSPHRASE": SECRET}
    from kasuhara_desktop.vault.lockfile import VaultLock

    with VaultLock(Path(vault_path)):
        proc = subprocess.run(
            [*CLI, "--vault", vault_path, "incident", "list"],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert proc.returncode == 2
    assert "already open" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run(
        [*CLI, "--vault", vault_path, "incident", "list"],
        env={**env, "KASUHARA_PASSPHRASE": "wrong"}, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and proc.stderr.startswith("kasuhara: Wrong passphrase")


def test_no_passphrase_and_no_terminal(vault_path: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KASUHARA_PASSPHRASE"}
    proc = subprocess.run(
        [*CLI, "--vault", vault_path, "incident", "list"],
        env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and "KASUHARA_PASSPHRASE" in proc.stderr


def test_incident_log_and_show_with_offences(
    vault_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--vault", vault_path, "incident", "add", "--json", str(EXAMPLE))
    code, out, _ = run(
        capsys, "--vault", vault_path, "incident", "log", "K-2026-0001", "--event", "final-warning",
        "--at", "2026-11-03T14:40:00+09:00", "--by", "鈴木 一郎",
    )  # fmt: skip
    assert code == 0 and "final_warning" in out
    assert (
        run(
            capsys,
            "--vault",
            vault_path,
            "incident",
            "log",
            "K-2026-0001",
            "--event",
            "police-call",
        )[0]
        == 0
    )
    code, _, err = run(capsys, "--vault", vault_path, "incident", "log", "K-2026-0001", "--event",
                       "stop-request", "--at", "3pm")  # fmt: skip
    assert code == 2 and "--at" in err
    _, out, _ = run(capsys, "--vault", vault_path, "incident", "show", "K-2026-0001", "--json")
    data = json.loads(out)
    kinds = [t["kind"] for t in data["timeline"]]
    assert kinds[-2:] == ["final_warning", "police_call"]
    assert data["assessment"]["verdict"] == "no_basis_unacceptable_manner"
    offences = {o["article"]: o for o in data["possible_offences"]}
    assert "130" in offences and offences["130"]["matched_facts"]
    assert {"article", "title", "matched_facts", "complaint_required", "complaint_deadline"} <= set(
        offences["130"]
    )
    _, text, _ = run(capsys, "--vault", vault_path, "incident", "show", "K-2026-0001")
    assert "art. 130" in text and "not a conclusion" in text


def test_show_gives_each_complaint_holders_period(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Damaged property (261) is the company's complaint; the JSON and the text both say whose
    period runs, from which recorded day, and that the staff member's day does not count."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["behaviours"] = ["property_damage"]
    data["offender_known_on"] = "2026-11-03"
    data["offender_known_to_staff_on"] = "2026-06-01"
    source = tmp_path / "damage.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "--vault", vault_path, "incident", "add", "--json", str(source))[0] == 0
    _, out, _ = run(capsys, "--vault", vault_path, "incident", "show", "K-2026-0001", "--json")
    shown = json.loads(out)
    assert shown["offender_known_to_staff_on"] == "2026-06-01"
    o261 = next(o for o in shown["possible_offences"] if o["article"] == "261")
    assert o261["complaint_holders"] == ["shop"]
    assert [(p["holder"], p["known_on"], p["deadline"]) for p in o261["holder_deadlines"]] == [
        ("shop", "2026-11-03", "2027-05-03")
    ]
    _, text, _ = run(capsys, "--vault", vault_path, "incident", "show", "K-2026-0001")
    assert "complaint by the shop (the company), if wanted: by 2027-05-03" in text
    assert "counted from 2026-11-03" in text and "2026-06-01" not in text.split("art. 261")[1]
