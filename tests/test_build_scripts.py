"""The maintainer scripts in build/ still import what they use from the package.

``build/screenshots.py`` is run by hand (under Xvfb) and broke silently when the app's wiring
changed; importing each script catches a renamed or removed name at once (``main`` is not run).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BUILD = Path(__file__).resolve().parents[1] / "build"


@pytest.mark.parametrize("name", ["screenshots.py", "update_translations.py"])
def test_the_script_imports(name: str) -> None:
    spec = importlib.util.spec_from_file_location(f"build_{name[:-3]}", BUILD / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # top-level imports only: each guards main()
    assert callable(module.main)
