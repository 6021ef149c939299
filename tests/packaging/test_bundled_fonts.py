"""The packaged app's own fonts (``resources/fonts``, build/stage_bundle.py) are found for PDFs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kasuhara_desktop.infra import resources
from kasuhara_desktop.reports import fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A resources folder like the frozen app's, holding a font only it has."""
    folder = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", folder, ignore=shutil.ignore_patterns("*.ts"))
    (folder / "fonts").mkdir()
    monkeypatch.setenv(resources.ENV_VAR, str(folder))
    fonts._font_files.cache_clear()
    yield folder / "fonts"
    fonts._font_files.cache_clear()


def test_the_bundled_fonts_folder_is_searched_last(bundled: Path) -> None:
    dirs = fonts._search_dirs()
    assert dirs[-1] == bundled
    assert Path("/usr/share/fonts") in dirs[:-1]  # the system's fonts stay first


def test_a_font_only_the_bundle_has_is_found(bundled: Path) -> None:
    system = fonts.candidate_font_paths()
    if not system:
        pytest.skip("no Japanese font on this machine to copy")
    name = "vl-gothic-regular.ttf"  # on the preference list, not installed here
    if name in fonts._font_files():
        pytest.skip(f"{name} is installed on this machine")
    fonts._font_files.cache_clear()
    shutil.copy(system[0], bundled / name)
    assert fonts._font_files()[name] == bundled / name
