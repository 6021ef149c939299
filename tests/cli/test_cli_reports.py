"""``kasuhara report``, ``summary``, ``bundle`` and ``bundle verify``: outputs and exit codes."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from helpers import make_demo_cli_vault
from helpers import run_cli as run
from pypdf import PdfReader

from kasuhara_desktop.cli import main

SECRET = "pa\"ss'ワード"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    return make_demo_cli_vault(capsys, tmp_path, "note.txt")


def text_of(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_report_in_each_language(vault: str, tmp_path: Path, capsys) -> None:
    for lang, title in (
        ("ja", "事案報告書"),
        ("en", "Incident report"),
        ("nb", "Hendelsesrapport"),
    ):
        dest = tmp_path / f"r-{lang}.pdf"
        code, out, err = run(
            capsys, "--vault", vault, "report", "K-2026-0001", "-o", str(dest), "--lang", lang
        )
        assert (code, out.strip(), err) == (0, str(dest), "")
        assert title in text_of(dest)


def test_report_bad_input_exits_2_with_one_line(vault: str, tmp_path: Path, capsys) -> None:
    cases = [
        (["report", "K-2099-0001", "-o", str(tmp_path / "r.pdf")], "no incident"),
        (["report", "K-2026-0001", "-o", str(tmp_path / "no" / "r.pdf")], "does not exist"),
        (["report", "K-2026-0001", "-o", str(tmp_path)], "is a folder"),
        (
            ["summary", "--from", "2026-12-01", "--to", "2026-01-01", "-o", "s.pdf"],
            "starts after it ends",
        ),
        (["summary", "--from", "2026-13-01", "--to", "2026-12-31", "-o", "s.pdf"], "not a date"),
    ]
    for argv, message in cases:
        code, _out, err = run(capsys, "--vault", vault, *argv)
        assert code == 2, argv
        assert message in err.lower() and err.count("\n") == 1 and "Traceback" not in err
    with pytest.raises(SystemExit) as exit_:
        main(["--vault", vault, "report", "K-2026-0001", "-o", "r.pdf", "--lang", "fr"])
    assert exit_.value.code == 2 and "invalid choice" in capsys.readouterr().err
    existing = tmp_path / "exists.pdf"
    existing.write_bytes(b"keep me")
    code, _, err = run(capsys, "--vault", vault, "report", "K-2026-0001", "-o", str(existing))
    assert code == 2 and "--force" in err and existing.read_bytes() == b"keep me"
    assert (
        run(capsys, "--vault", vault, "report", "K-2026-0001", "-o", str(existing), "--force")[0]
        == 0
    )
    assert existing.read_bytes().startswith(b"%PDF")


def test_full_disk_is_one_line(vault: str, tmp_path: Path, capsys, monkeypatch) -> None:
    import os

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = run(
        capsys, "--vault", vault, "report", "K-2026-0001", "-o", str(tmp_path / "r.pdf")
    )
    assert code == 2 and "disk is full" in err and err.count("\n") == 1
    assert not (tmp_path / "r.pdf").exists()


def test_summary(vault: str, tmp_path: Path, capsys) -> None:
    dest = tmp_path / "s.pdf"
    code, out, _ = run(
        capsys,
        "--vault",
        vault,
        "summary",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "-o",
        str(dest),
        "--lang",
        "en",
    )
    assert code == 0 and "(14 incidents)" in out
    assert "Incidents by month" in text_of(dest)


def test_bundle_and_verify(vault: str, tmp_path: Path, capsys) -> None:
    dest = tmp_path / "b.zip"
    code, out, _ = run(capsys, "--vault", vault, "bundle", "K-2026-0001", "-o", str(dest))
    assert code == 0 and "manifest sha256" in out
    code, out, _ = run(capsys, "bundle", "verify", str(dest))
    assert code == 0 and out.startswith("ok ")
    code, out, _ = run(capsys, "bundle", "verify", str(dest), "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] and data["files_checked"] == 6
    # Alter the evidence: exit 1, naming the file.
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(dest) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data_ = zin.read(info.filename)
            zout.writestr(info, b"tampered" if info.filename == "evidence/note.txt" else data_)
    code, out, err = run(capsys, "bundle", "verify", str(bad))
    assert code == 1
    assert "FAIL evidence/note.txt" in out
    assert err.startswith("kasuhara: bundle verify failed: evidence/note.txt")


def test_encrypted_bundle(vault: str, tmp_path: Path, capsys) -> None:
    password = tmp_path / "pw.txt"
    password.write_text("a long bundle password\n", encoding="utf-8")
    dest = tmp_path / "b.zip"
    code, _, _ = run(
        capsys,
        "--vault",
        vault,
        "bundle",
        "K-2026-0001",
        "-o",
        str(dest),
        "--password-file",
        str(password),
    )
    assert code == 0
    assert run(capsys, "bundle", "verify", str(dest), "--password-file", str(password))[0] == 0
    code, _, err = run(capsys, "bundle", "verify", str(dest))
    assert code == 2 and "encrypted" in err
    short = tmp_path / "short.txt"
    short.write_text("short", encoding="utf-8")
    code, _, err = run(
        capsys,
        "--vault",
        vault,
        "bundle",
        "K-2026-0001",
        "-o",
        str(tmp_path / "c.zip"),
        "--password-file",
        str(short),
    )
    assert code == 2 and "at least 8" in err
    assert not (tmp_path / "c.zip").exists()


def test_bundle_usage_errors(vault: str, tmp_path: Path, capsys) -> None:
    for argv in (["bundle", "K-2026-0001"], ["bundle", "verify"], ["bundle", "a", "b"]):
        code, _, err = run(capsys, "--vault", vault, *argv)
        assert code == 2 and err.count("\n") == 1
    code, _, err = run(capsys, "bundle", "verify", str(tmp_path / "nothing.zip"))
    assert code == 2 and "no such file" in err
