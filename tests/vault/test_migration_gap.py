"""A missing migration file (a broken install) is said in one sentence, never a traceback."""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from kasuhara_desktop import cli
from kasuhara_desktop.infra.resources import ResourcesNotFoundError
from kasuhara_desktop.vault import migrate


@pytest.fixture
def gap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "pkg" / "migrations"
    shipped.mkdir(parents=True)
    (shipped / "0001_initial.sql").write_text("SELECT 1;", encoding="utf-8")
    (shipped / "0003_later.sql").write_text("SELECT 1;", encoding="utf-8")
    monkeypatch.setattr(
        migrate, "resources", types.SimpleNamespace(files=lambda _p: shipped.parent)
    )


@pytest.mark.usefixtures("gap")
def test_a_gap_in_the_shipped_migrations_names_the_missing_one() -> None:
    with pytest.raises(ResourcesNotFoundError, match="migration 0002 is missing"):
        migrate.available_migrations()


@pytest.mark.usefixtures("gap")
def test_the_cli_says_it_in_one_line_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", "correct horse battery staple 7")
    folder = tmp_path / "vault"
    code = cli.main(["--vault", str(folder), "init", "--shop-name", "さくら"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    assert "incomplete" in err and "Reinstall" in err
    assert not folder.exists() or not any(folder.iterdir())
