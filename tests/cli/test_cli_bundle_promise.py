"""``kasuhara bundle`` says what travels together and what to compare against; the incident
report made afterwards lists the bundle with its manifest hash (issue 15.7)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import make_demo_cli_vault
from helpers import run_cli as run
from pypdf import PdfReader

SECRET = "pa\"ss'ワード"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


def test_bundle_output_and_the_report_that_lists_it(tmp_path: Path, capsys) -> None:
    vault = make_demo_cli_vault(capsys, tmp_path, "photo.txt")
    pw = tmp_path / "pw.txt"
    pw.write_text("a long bundle password\n", encoding="utf-8")
    dest = tmp_path / "b.7z"
    code, out, err = run(capsys, "--vault", vault, "bundle", "K-2026-0001", "-o", str(dest),
                         "--password-file", str(pw))  # fmt: skip
    assert code == 0, err
    manifest = re.search(r"manifest sha256 ([0-9a-f]{64})", out)
    assert manifest is not None
    readme = tmp_path / "b_README.txt"
    assert f"{readme}  README, not encrypted: send it together with b.7z" in out
    assert manifest.group(1) in readme.read_text(encoding="utf-8-sig")
    assert "not only against the hashes inside it" in out
    pdf = tmp_path / "r.pdf"
    code, _, err = run(capsys, "--vault", vault, "report", "K-2026-0001", "-o", str(pdf),
                       "--lang", "en")  # fmt: skip
    assert code == 0, err
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Evidencebundlesmade" in text and manifest.group(1) in text and "b.7z" in text
