"""`incident show` prints the possible offences element by element, as points for a lawyer."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_cli as run

EXAMPLE = Path(__file__).parents[2] / "resources" / "docs" / "incident-example.json"


@pytest.fixture
def vault_path(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> str:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "pa\"ss'ワード 🙂")
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")
    folder = str(tmp_path / "v")
    code, _, _ = run(capsys, "--vault", folder, "init", "--shop-name", "さくらマート")
    assert code == 0
    return folder


def test_show_lists_each_element_with_its_state_and_records(
    vault_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--vault", vault_path, "incident", "add", "--json", str(EXAMPLE))
    code, out, _ = run(capsys, "--vault", vault_path, "incident", "show", "K-2026-0001")
    assert code == 0
    assert "points to discuss with a lawyer, not a conclusion" in out
    assert "art. 130 Intrusion into a building / refusal to leave" in out
    assert "[met] stayed_after_leave_order: behaviour:refusal_to_leave" in out
