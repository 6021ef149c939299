"""No import circles inside the lower layers (a circle hides the real order of a module's needs).

Every import counts, also one inside a function: the notice's circle was hidden that way. Only
``if TYPE_CHECKING:`` imports are left out: they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.test_layers import PACKAGE


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and (
        (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
        or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")
    )


def imported_modules(path: Path, module_parts: list[str]) -> set[str]:
    """Absolute names of the modules ``path`` imports at run time (relative ones resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_parts[:-1]
    found: set[str] = set()
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if _is_type_checking(node):
            assert isinstance(node, ast.If)
            todo.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
        todo.extend(ast.iter_child_nodes(node))
    return found


# Layers that must be free of circles (ui/ and cli/ packages re-export their parts; checked
# there by their own structure).
CHECKED = ("domain", "infra", "reports", "services", "vault")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the project modules it imports (anywhere in the file)."""
    paths = {module_name(p): p for p in package.rglob("*.py")}
    parts = {p: list(p.relative_to(PACKAGE.parent).with_suffix("").parts) for p in paths.values()}
    return {
        name: {m for m in imported_modules(path, parts[path]) if m in paths and m != name}
        for name, path in paths.items()
    }


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        while work:
            node, deps = work[-1]
            dep = next(deps, None)
            if dep is not None:
                if dep not in index:
                    index[dep] = low[dep] = len(index)
                    stack.append(dep)
                    work.append((dep, iter(sorted(graph[dep]))))
                elif dep in stack:
                    low[node] = min(low[node], index[dep])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_lower_layers_have_no_import_circles() -> None:
    prefixes = tuple(f"kasuhara_desktop.{layer}" for layer in CHECKED)
    graph = {
        name: {d for d in deps if d.startswith(prefixes)}
        for name, deps in import_graph(PACKAGE).items()
        if name.startswith(prefixes)
    }
    assert circles(graph) == []


def test_the_checker_sees_a_circle_through_a_function_level_import(tmp_path: Path) -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .t import T\n"
        "def f():\n    from .n import g\n",
        encoding="utf-8",
    )
    found = imported_modules(source, ["pkg", "m"])
    assert "pkg.n" in found
    assert "pkg.t" not in found
