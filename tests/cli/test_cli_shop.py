"""``kasuhara shop show|set`` and ``kasuhara recovery-sheet``: what only Settings and the setup
wizard could do before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import CLI_PASSPHRASE
from helpers import run_cli as run
from pypdf import PdfReader

from kasuhara_desktop.domain.recovery_key import recovery_key_groups
from kasuhara_desktop.vault.vault import Vault

pytestmark = pytest.mark.usefixtures("cli_env")


def shown(capsys: pytest.CaptureFixture[str], folder: str) -> dict[str, object]:
    code, out, err = run(capsys, "--vault", folder, "shop", "show", "--json")
    assert code == 0, err
    data: dict[str, object] = json.loads(out)
    return data


def test_set_changes_only_the_given_fields(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = shown(capsys, folder)
    assert before["name"] == "さくらマート"
    code, _out, err = run(
        capsys, "--vault", folder, "shop", "set", "--address", "東京都千代田区1-1 <b>&",
        "--phone", "03-1234-5678", "--call-limit", "20",
    )  # fmt: skip
    assert code == 0, err
    after = shown(capsys, folder)
    assert after["address"] == "東京都千代田区1-1 <b>&" and after["phone"] == "03-1234-5678"
    assert after["call_limit_minutes"] == 20
    assert {
        k: v for k, v in after.items() if k not in {"address", "phone", "call_limit_minutes"}
    } == {k: v for k, v in before.items() if k not in {"address", "phone", "call_limit_minutes"}}
    assert run(capsys, "--vault", folder, "shop", "set", "--name", "さくらマート 2号店")[0] == 0
    assert shown(capsys, folder)["name"] == "さくらマート 2号店"
    code, out, _ = run(capsys, "--vault", folder, "shop", "show")
    assert code == 0 and "phone:" in out and "03-1234-5678" in out
    assert run(capsys, "--vault", folder, "verify")[0] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--name", " "], "must not be empty"),
        (["--call-limit", "1000"], "call_limit_minutes"),
        (["--phone", "03\x001234"], "control character"),
        ([], "at least one field"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(
    folder: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = shown(capsys, folder)
    code, out, err = run(capsys, "--vault", folder, "shop", "set", *args)
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1
    assert shown(capsys, folder) == before


def test_recovery_sheet_is_written_again_with_the_current_key(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.pdf"
    code, out, err = run(
        capsys, "--vault", folder, "recovery-sheet", "-o", str(sheet), "--lang", "en"
    )
    assert code == 0, err
    assert str(sheet) in out and "safe" in err
    with Vault.open(Path(folder), passphrase=CLI_PASSPHRASE) as vault:
        key = vault.data_key
    text = "".join(page.extract_text() or "" for page in PdfReader(sheet).pages)
    compact = "".join(text.split())
    assert all(group in compact for group in recovery_key_groups(key))
    assert "さくらマート" in text
    # Not over an existing file without --force; a wrong passphrase writes nothing.
    code, _out, err = run(capsys, "--vault", folder, "recovery-sheet", "-o", str(sheet))
    assert code == 2 and "--force" in err
    other = tmp_path / "other.pdf"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KASUHARA_PASSPHRASE", "wrong passphrase entirely")
        assert run(capsys, "--vault", folder, "recovery-sheet", "-o", str(other))[0] == 2
    assert not other.exists()
    assert run(capsys, "--vault", folder, "recovery-sheet", "-o", str(sheet), "--force")[0] == 0
