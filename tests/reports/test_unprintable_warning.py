"""Characters no font can show are told to the caller, not only printed as [U+XXXX]: the
builders hand them to ``unprintable_characters()``, the CLI says so on stderr and exits 0."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from helpers import INCIDENT_EXAMPLE, report_data
from helpers import run_cli as run

from kasuhara_desktop.reports.incident_report import build_incident_report
from kasuhara_desktop.services.documents import code_points, unprintable_characters

NOBODY = "\U0001fae8"  # shaking face (Unicode 15): no installed font has it (test_scripts.py)
SECRET = "pa\"ss'ワード"


def report_bytes(summary: str) -> bytes:
    out = io.BytesIO()
    build_incident_report(out, report_data(summary), "en")
    return out.getvalue()


def test_the_report_hands_its_unprintable_characters_to_the_caller() -> None:
    with unprintable_characters() as chars:
        report_bytes(f"a{NOBODY}b 𠮷田")
    assert chars == {NOBODY}
    assert code_points(chars) == "U+1FAE8"
    with unprintable_characters() as clean:
        report_bytes("返金要求と暴言")
    assert clean == set()


def test_a_worker_thread_collects_its_own_documents_only() -> None:
    found: list[set[str]] = []

    def work() -> None:
        with unprintable_characters() as chars:
            report_bytes(f"x{NOBODY}")
        found.append(chars)

    with unprintable_characters() as here:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join(120)
    assert found == [{NOBODY}] and here == set()


@pytest.fixture
def cli_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> str:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")
    from kasuhara_desktop.cli import common

    monkeypatch.setattr(common, "warn_test_grade", lambda users: None)
    folder = str(tmp_path / "v")
    assert run(capsys, "--vault", folder, "init", "--shop-name", f"さくら{NOBODY}マート")[0] == 0
    code = run(capsys, "--vault", folder, "incident", "add", "--json", str(INCIDENT_EXAMPLE))[0]
    assert code == 0
    return folder


def test_the_cli_notes_unprintable_characters_on_stderr_and_exits_0(
    cli_vault: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "r.pdf"
    code, out, err = run(capsys, "--vault", cli_vault, "report", "K-2026-0001", "-o", str(dest))
    assert code == 0 and out.strip() == str(dest) and dest.read_bytes().startswith(b"%PDF")
    assert err.splitlines() == [
        "note: 1 character(s) could not be printed and show as [U+XXXX] in the PDF: U+1FAE8"
    ]
    summary = tmp_path / "s.pdf"
    code, _out, err = run(capsys, "--vault", cli_vault, "summary", "--from", "2026-01-01",
                          "--to", "2026-12-31", "-o", str(summary))  # fmt: skip
    assert code == 0 and err.startswith("note: 1 character(s)") and err.count("\n") == 1
