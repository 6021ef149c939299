"""``kasuhara evidence …`` and ``verify`` over evidence, as a user runs them."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from helpers import folder_hashes
from helpers import run_cli as run

EXAMPLE = Path(__file__).parents[2] / "resources" / "docs" / "incident-example.json"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "evidence tsubame kaminari")
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def vault_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "v")
    assert run(capsys, "--vault", folder, "init", "--shop-name", "店")[0] == 0
    assert run(capsys, "--vault", folder, "incident", "add", "--json", str(EXAMPLE))[0] == 0
    return folder


def test_add_list_export_delete(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = tmp_path / "写真.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(3000))
    clip = tmp_path / "call.wav"
    clip.write_bytes(b"RIFF\0\0\0\0WAVE" + os.urandom(3000))
    code, out, _ = run(
        capsys, "--vault", vault_path, "evidence", "add", "K-2026-0001", str(photo), str(clip),
        "--description", "レジ <b>&", "--source", "staff_phone", "--json",
    )  # fmt: skip
    assert code == 0
    added = json.loads(out)
    assert [a["sha256"] for a in added] == [
        hashlib.sha256(p.read_bytes()).hexdigest() for p in (photo, clip)
    ]
    assert [a["size"] for a in added] == [3008, 3012]
    code, out, _ = run(capsys, "--vault", vault_path, "evidence", "list", "K-2026-0001", "--json")
    listed = json.loads(out)
    assert [e["mime"] for e in listed] == ["image/png", "audio/wav"]
    assert listed[0]["description"] == "レジ <b>&" and listed[0]["source"]["kind"] == "staff_phone"
    out_file = tmp_path / "exported.png"
    assert (
        run(capsys, "--vault", vault_path, "evidence", "export", added[0]["id"], str(out_file))[0]
        == 0
    )
    assert out_file.read_bytes() == photo.read_bytes()
    code, _, err = run(
        capsys, "--vault", vault_path, "evidence", "export", added[0]["id"], str(out_file)
    )
    assert code == 2 and "exists" in err and "--force" in err
    assert (
        run(
            capsys,
            "--vault",
            vault_path,
            "evidence",
            "export",
            added[0]["id"],
            str(out_file),
            "--force",
        )[0]
        == 0
    )
    with pytest.raises(SystemExit) as exc:  # argparse: a reason is required
        run(capsys, "--vault", vault_path, "evidence", "delete", added[1]["id"])
    assert exc.value.code == 2 and "--reason" in capsys.readouterr().err
    code, _, _ = run(
        capsys,
        "--vault",
        vault_path,
        "evidence",
        "delete",
        added[1]["id"],
        "--reason",
        "誤って追加",
    )
    assert code == 0
    _, out, _ = run(capsys, "--vault", vault_path, "evidence", "list", "K-2026-0001", "--json")
    assert json.loads(out)[1]["deleted_reason"] == "誤って追加"
    assert run(capsys, "--vault", vault_path, "verify")[0] == 0


@pytest.mark.parametrize("kind", ["missing", "directory", "nul-name", "unreadable"])
def test_bad_sources_exit_2_and_change_nothing(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(b"\xff\xd8\xff" + bytes(100))
    bad = {
        "missing": str(tmp_path / "nope.jpg"),
        "directory": str(tmp_path),
        "nul-name": str(tmp_path / "a\x01b.jpg"),
        "unreadable": str(tmp_path / "locked.jpg"),
    }[kind]
    if kind == "unreadable":
        Path(bad).write_bytes(b"x")
        Path(bad).chmod(0)
        if os.access(bad, os.R_OK):
            pytest.skip("running as a user who can read anything (root)")
    before = folder_hashes(Path(vault_path))
    code, out, err = run(
        capsys, "--vault", vault_path, "evidence", "add", "K-2026-0001", str(good), bad
    )
    assert code == 2 and out == "" and err.count("\n") == 1
    assert folder_hashes(Path(vault_path)) == before


def test_long_and_traversal_names(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    long_name = "長" * 80 + ".jpg"  # 243 bytes: the longest a Linux file system allows
    (sub / long_name).write_bytes(b"\xff\xd8\xff" + bytes(10))
    traversal = str(sub / ".." / "sub" / long_name)
    code, out, _ = run(
        capsys, "--vault", vault_path, "evidence", "add", "K-2026-0001", traversal, "--json"
    )
    assert code == 0 and json.loads(out)[0]["name"] == long_name


def test_verify_exit_1_names_a_tampered_file(
    vault_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + os.urandom(2000))
    run(capsys, "--vault", vault_path, "evidence", "add", "K-2026-0001", str(photo))
    stored = next((Path(vault_path) / "evidence").iterdir())
    stored.write_bytes(stored.read_bytes() + b"extra")
    code, out, err = run(capsys, "--vault", vault_path, "verify", "--json")
    assert code == 1
    [check] = [c for c in json.loads(out)["checks"] if c["name"] == "evidence_files"]
    assert "p.jpg" in check["problems"][0]
    assert "evidence_files" in err
