"""The layers import downward only (DESIGN.md section 3): checked on the source, not by hope."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "kasuhara_desktop"

# layer -> module prefixes it must never import
FORBIDDEN = {
    "domain": ["PySide6", "sqlcipher3", "cryptography", "argon2", "reportlab",
               "kasuhara_desktop.vault", "kasuhara_desktop.services", "kasuhara_desktop.reports",
               "kasuhara_desktop.ui", "kasuhara_desktop.cli"],
    "vault": ["PySide6", "reportlab", "kasuhara_desktop.services", "kasuhara_desktop.reports",
              "kasuhara_desktop.ui", "kasuhara_desktop.cli"],
    "reports": ["PySide6", "sqlcipher3", "cryptography", "kasuhara_desktop.vault",
                "kasuhara_desktop.services", "kasuhara_desktop.ui", "kasuhara_desktop.cli"],
    "services": ["PySide6.QtWidgets", "PySide6.QtGui", "sqlcipher3", "kasuhara_desktop.ui",
                 "kasuhara_desktop.cli"],
    # ui/ and cli/ reach the vault and the documents only through services/ (the single door
    # where roles will be checked); domain types they may import directly.
    "ui": ["kasuhara_desktop.vault", "kasuhara_desktop.reports", "kasuhara_desktop.cli"],
    "cli": ["PySide6", "kasuhara_desktop.ui", "kasuhara_desktop.vault",
            "kasuhara_desktop.reports"],
    # The leaf every layer may use (atomic files...): it imports nothing from the project.
    "infra": ["PySide6", "sqlcipher3", "cryptography", "argon2", "reportlab", "kasuhara_desktop"],
}  # fmt: skip

# What remains to move, file -> the forbidden modules it still imports; each entry names its
# owner. An entry that is no longer needed fails the test, so the list only shrinks.
ALLOWED: dict[str, set[str]] = {}


def imported_modules(path: Path, module_parts: list[str] | None = None) -> set[str]:
    """Absolute names of every module ``path`` imports (relative imports resolved).

    ``module_parts`` is the file's dotted name split up (default: from its place in the package).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = module_parts or list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = parts[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


def sources(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_downward(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in sources(layer)
        for name in sorted(imported_modules(path))
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
        and name not in ALLOWED.get(str(path.relative_to(PACKAGE.parent)), set())
    ]
    assert offenders == []


def test_the_allowed_list_holds_only_what_is_still_imported() -> None:
    def gone(file: str, names: set[str]) -> list[str]:
        path = PACKAGE.parent / file
        return sorted(names - imported_modules(path) if path.is_file() else names)

    stale = {file: gone(file, names) for file, names in ALLOWED.items() if gone(file, names)}
    assert stale == {}, "remove these from ALLOWED: the import is gone"


def test_only_the_vault_touches_sqlcipher_and_cryptography() -> None:
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "vault" not in path.relative_to(PACKAGE).parts
        and any(
            n.split(".")[0] in {"sqlcipher3", "cryptography", "argon2"}
            for n in imported_modules(path)
        )
    ]
    assert offenders == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "probe.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nfrom ..vault import audit\n")
    names = imported_modules(sample, ["kasuhara_desktop", "domain", "probe"])
    assert "PySide6.QtWidgets" in names and "kasuhara_desktop.vault" in names


def test_every_layer_may_import_infra() -> None:
    assert sources("infra"), "the infra package is missing"
    name = "kasuhara_desktop.infra.atomic_files"
    blocked = [
        layer
        for layer, bad in FORBIDDEN.items()
        if layer != "infra" and any(name == b or name.startswith(b + ".") for b in bad)
    ]
    assert blocked == []


# Import circles that belong to work in progress elsewhere, each named with its owner; every
# other circle fails. (A type-only import counts: a module that names another's types depends
# on it, and such a circle is how main_window <-> backup_action/case_menus began.)
KNOWN_CIRCLES: list[list[str]] = [
    # helper "rekey" (issue 12.6): rekey.py names Vault for its types, vault.py calls rekey.
    ["kasuhara_desktop.vault.rekey", "kasuhara_desktop.vault.vault"],
    # helper "infra" (13.7, splitting ui/editor/incident_editor.py): read_only.py names
    # IncidentEditor for its types, the editor builds ClosedMode.
    ["kasuhara_desktop.ui.editor.incident_editor", "kasuhara_desktop.ui.editor.read_only"],
]


def _project_imports(path: Path, modules: set[str], root: Path) -> set[str]:
    """The project modules ``path`` needs, ``if TYPE_CHECKING:`` and function imports included.

    ``from . import clock`` needs the sibling module, not the package's own names, so the
    package is counted only for a name that is not one of its modules (every submodule
    needs its package loaded first anyway: that is Python's order, not a circle).
    """
    parts = list(path.relative_to(root).with_suffix("").parts)
    package = parts[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            submodules = {f"{module}.{alias.name}" for alias in node.names} & modules
            found |= submodules
            if len(submodules) < len(node.names):
                found.add(module)
    return found & modules


def package_import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of ``package`` it imports."""
    paths = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    modules = set(paths)
    return {
        name: _project_imports(path, modules, package.parent) - {name}
        for name, path in paths.items()
    }


def test_no_import_circles_anywhere_in_the_package() -> None:
    from tests.test_import_circles import circles

    found = circles(package_import_graph())
    assert [c for c in found if c not in KNOWN_CIRCLES] == []
    assert [c for c in KNOWN_CIRCLES if c not in found] == []  # a mended one leaves the list


def test_the_circle_checker_sees_a_type_only_circle_and_not_a_sibling_import(
    tmp_path: Path,
) -> None:
    from tests.test_import_circles import circles

    pkg = tmp_path / "pkg"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "ui" / "__init__.py").write_text("from . import window\n", encoding="utf-8")
    (pkg / "ui" / "clock.py").write_text("", encoding="utf-8")
    (pkg / "ui" / "window.py").write_text(
        "from . import clock\nfrom .menus import Menus\n", encoding="utf-8"
    )
    (pkg / "ui" / "menus.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .window import W\n",
        encoding="utf-8",
    )
    assert circles(package_import_graph(pkg)) == [["pkg.ui.menus", "pkg.ui.window"]]
