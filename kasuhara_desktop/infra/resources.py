"""Find the shipped data (``resources/``) in a checkout, an installed wheel or a frozen app.

Every file the program reads from ``resources/`` (legal data, document templates, the
vocabulary, translations, the help, the demo) is named by its path under that folder, e.g.
``resource_path("legal/penal_code.json")``; nobody else works out where the folder is. It is
looked for, first found wins:

1. ``$KASUHARA_RESOURCES``: a folder laid out like ``resources/`` (packagers, tests);
2. a frozen build (PyInstaller): ``<sys._MEIPASS>/resources``, bundled with
   ``datas=[("resources", "resources")]``;
3. inside the package (``kasuhara_desktop/resources``, for a build that copies it there), then
   beside it: the repository's top-level ``resources/`` in a checkout or an editable install.
   The package is located through :mod:`importlib.resources`, not ``__file__`` arithmetic;
4. an installed wheel: its data files, ``<prefix>/share/kasuhara-desktop/resources``
   (``[tool.setuptools.data-files]`` in ``pyproject.toml``), for the interpreter's prefix and
   the user scheme (``pip install --user``).

Places 3 and 4 count only if they hold :data:`MARKER`, so an unrelated ``resources`` folder (some
packages leave one in ``site-packages``) is never taken for ours. Files must be on the file
system (Qt loads translations by path); wheels install unzipped, PyInstaller unpacks.
"""

from __future__ import annotations

import os
import sys
import sysconfig
from collections.abc import Iterable, Sequence
from importlib import resources as importlib_resources
from pathlib import Path

ENV_VAR = "KASUHARA_RESOURCES"
MARKER = "README.md"  # resources/README.md: what lives where (and the proof this folder is ours)
DATA_SUBDIR = Path("share") / "kasuhara-desktop" / "resources"
_PACKAGE = __name__.partition(".")[0]  # "kasuhara_desktop", by name: infra imports no project code


class ResourcesNotFoundError(FileNotFoundError):
    """No copy of ``resources/`` was found: a broken install, said in one clear sentence."""


def package_dir() -> Path:
    """The installed or checked-out ``kasuhara_desktop`` folder."""
    return Path(str(importlib_resources.files(_PACKAGE)))


def data_prefixes() -> list[Path]:
    """Where an installed wheel's data files may be: this interpreter's and the user's."""
    found: list[Path] = []
    schemes = [None, f"{os.name}_user"]
    for scheme in schemes:
        try:
            data = sysconfig.get_path("data", scheme) if scheme else sysconfig.get_path("data")
        except KeyError:  # no user scheme on this platform
            continue
        if data and Path(data) not in found:
            found.append(Path(data))
    if Path(sys.prefix) not in found:
        found.append(Path(sys.prefix))
    return found


def candidates(
    *,
    env: str | None,
    frozen_base: str | None,
    package: Path,
    prefixes: Iterable[Path],
) -> list[tuple[Path, bool]]:
    """The places to look, in order, each with whether it must hold :data:`MARKER`."""
    places: list[tuple[Path, bool]] = []
    if env:
        places.append((Path(env), False))
    if frozen_base:
        places.append((Path(frozen_base) / "resources", False))
    places.append((package / "resources", True))
    places.append((package.parent / "resources", True))
    places.extend((prefix / DATA_SUBDIR, True) for prefix in prefixes)
    return places


def find_resources(places: Sequence[tuple[Path, bool]]) -> Path:
    """The first of ``places`` that is a folder (holding :data:`MARKER` where asked).

    Raises:
        ResourcesNotFoundError: none is.
    """
    for folder, needs_marker in places:
        if folder.is_dir() and (not needs_marker or (folder / MARKER).is_file()):
            return folder
    looked = ", ".join(str(folder) for folder, _ in places)
    raise ResourcesNotFoundError(
        f"The program's data folder (resources) is missing; looked in: {looked}. Reinstall "
        f"Kasuhara Desktop, or set {ENV_VAR} to the folder."
    )


def resources_root() -> Path:
    """The ``resources`` folder in use (looked up each time: cheap, and tests may move it)."""
    return find_resources(
        candidates(
            env=os.environ.get(ENV_VAR),
            frozen_base=getattr(sys, "_MEIPASS", None),
            package=package_dir(),
            prefixes=data_prefixes(),
        )
    )


def resource_path(relative: str) -> Path:
    """The file or folder at ``relative`` (``/``-separated) under ``resources/``.

    The path may not exist (an optional file, like a translation not compiled yet); callers
    that need it read it with :func:`read_text`, which says which file is missing.
    """
    parts = relative.split("/")
    if relative.startswith("/") or ".." in parts or "" in parts:
        raise ValueError(f"not a path under resources/: {relative!r}")
    return resources_root().joinpath(*parts)


def read_text(relative: str) -> str:
    """The UTF-8 text of ``resources/<relative>``.

    Raises:
        ResourcesNotFoundError: the file is missing (a broken install).
    """
    path = resource_path(relative)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourcesNotFoundError(
            f"The program's data file {path} is missing; reinstall Kasuhara Desktop."
        ) from None
