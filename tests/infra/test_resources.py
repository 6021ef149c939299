"""Resource lookup: checkout, env override, frozen build, installed wheel; every caller uses it."""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from kasuhara_desktop.infra import resources
from kasuhara_desktop.infra.resources import (
    DATA_SUBDIR,
    ENV_VAR,
    MARKER,
    ResourcesNotFoundError,
    candidates,
    find_resources,
    read_text,
    resource_path,
    resources_root,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "kasuhara_desktop"
# What the program reads at run time (a wheel or a frozen build without one of these is broken).
RUNTIME_FILES = (
    "vocabulary.json",
    "legal/penal_code.json",
    "templates/report_ja.json",
    "templates/notice_en.json",
    "templates/recovery_sheet.json",
    "demo/incidents.json",
    "demo/text_nb.json",
    "docs/help/ja.md",
)
# In resources/ but not shipped: README screenshots, translation sources (the .qm ship).
NOT_SHIPPED = ("docs/screenshots/", "i18n/*.ts")


@pytest.fixture(autouse=True)
def no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


def fake_resources(folder: Path, legal: str = '{"fake": true}') -> Path:
    (folder / "legal").mkdir(parents=True)
    (folder / MARKER).write_text("ours", encoding="utf-8")
    (folder / "legal" / "penal_code.json").write_text(legal, encoding="utf-8")
    return folder


def test_a_checkout_uses_the_repository_folder() -> None:
    assert resources_root() == ROOT / "resources"
    assert resource_path("legal/penal_code.json") == ROOT / "resources/legal/penal_code.json"
    assert '"articles"' in read_text("legal/penal_code.json")


def test_the_environment_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(fake_resources(tmp_path / "mine")))
    assert read_text("legal/penal_code.json") == '{"fake": true}'


def test_a_frozen_build_reads_its_bundled_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_resources(tmp_path / "resources", '{"frozen": 1}')
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_root() == tmp_path / "resources"
    assert read_text("legal/penal_code.json") == '{"frozen": 1}'


def test_an_installed_wheel_finds_its_data_files_and_skips_a_stranger(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    package = site / "kasuhara_desktop"
    package.mkdir(parents=True)
    (site / "resources").mkdir()  # some other distribution's folder: no marker, not ours
    data = fake_resources(tmp_path / "prefix" / DATA_SUBDIR)
    places = candidates(env=None, frozen_base=None, package=package, prefixes=[tmp_path / "prefix"])
    assert find_resources(places) == data


def test_a_copy_inside_the_package_comes_first(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "kasuhara_desktop"
    inside = fake_resources(package / "resources")
    fake_resources(tmp_path / "prefix" / DATA_SUBDIR)
    places = candidates(env=None, frozen_base=None, package=package, prefixes=[tmp_path / "prefix"])
    assert find_resources(places) == inside


def test_nothing_found_is_one_clear_error(tmp_path: Path) -> None:
    places = candidates(env=None, frozen_base=None, package=tmp_path / "pkg", prefixes=[])
    with pytest.raises(ResourcesNotFoundError, match=ENV_VAR):
        find_resources(places)


def test_a_missing_file_names_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(fake_resources(tmp_path / "r")))
    with pytest.raises(ResourcesNotFoundError, match=r"templates.report_ja\.json"):
        read_text("templates/report_ja.json")


@pytest.mark.parametrize("bad", ["../secrets", "/etc/passwd", "legal//x", "a/../../b"])
def test_only_paths_under_resources(bad: str) -> None:
    with pytest.raises(ValueError):
        resource_path(bad)


def test_the_package_is_found_through_importlib_resources() -> None:
    assert resources.package_dir() == PACKAGE


# ---------------------------------------------------------------- the wheel's data files


def shipped_by_pyproject() -> dict[str, str]:
    """relative path under resources/ -> where a wheel puts it (from the data-files globs)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for target, patterns in config["tool"]["setuptools"]["data-files"].items():
        for pattern in patterns:
            for path in ROOT.glob(pattern):
                if path.is_file():
                    found[path.relative_to(ROOT / "resources").as_posix()] = target
    return found


def test_the_wheel_ships_every_resource_where_the_lookup_expects_it() -> None:
    shipped = shipped_by_pyproject()
    for relative, target in shipped.items():
        folder = Path(relative).parent.as_posix()
        expected = DATA_SUBDIR.as_posix() + ("" if folder == "." else f"/{folder}")
        assert target == expected, relative
    for relative in (*RUNTIME_FILES, MARKER):
        assert relative in shipped, relative
    unlisted = [
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    ]
    unlisted = [
        r
        for r in unlisted
        if r not in shipped
        and not r.startswith(NOT_SHIPPED[0])
        and not Path(r).match(NOT_SHIPPED[1])
    ]
    assert unlisted == [], "add these to [tool.setuptools.data-files] in pyproject.toml"


def test_an_installed_copy_serves_every_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lay the data files out as a wheel installs them; the program's readers use that copy."""
    prefix = tmp_path / "prefix"
    for relative in shipped_by_pyproject():
        dest = prefix / DATA_SUBDIR / relative
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "resources" / relative, dest)
    legal = prefix / DATA_SUBDIR / "legal" / "penal_code.json"
    site = tmp_path / "site-packages" / "kasuhara_desktop"
    site.mkdir(parents=True)
    monkeypatch.setattr(resources, "package_dir", lambda: site)
    monkeypatch.setattr(resources, "data_prefixes", lambda: [prefix])

    from kasuhara_desktop.domain.legal_data import legal_data_path, load_legal_data
    from kasuhara_desktop.services.demo import load_demo_document
    from kasuhara_desktop.ui.dialogs.help_dialog import help_text
    from kasuhara_desktop.ui.i18n import qm_dir

    assert legal_data_path() == legal
    assert load_legal_data(legal_data_path()).articles
    assert load_demo_document("ja")["incidents"]
    assert help_text("ja") == (prefix / DATA_SUBDIR / "docs/help/ja.md").read_text("utf-8")
    assert qm_dir() == prefix / DATA_SUBDIR / "i18n"


# ---------------------------------------------------------------- nobody else works it out

_BY_HAND = re.compile(r"_MEIPASS|parents\[\d\][^\n]*resources|/ \"resources\"")


def test_no_module_but_infra_works_out_where_resources_are() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != PACKAGE / "infra" / "resources.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _BY_HAND.search(line)
    ]
    assert offenders == []
