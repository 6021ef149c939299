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
    "cli": ["PySide6", "kasuhara_desktop.ui"],
    # The leaf every layer may use (atomic files...): it imports nothing from the project.
    "infra": ["PySide6", "sqlcipher3", "cryptography", "argon2", "reportlab", "kasuhara_desktop"],
}  # fmt: skip


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
    ]
    assert offenders == []


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
