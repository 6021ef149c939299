"""The Qt widgets (the only package that imports QtWidgets).

Importing it first checks that the installed PySide6 is sound on this Python, and refuses to
start otherwise (one line on stderr, exit code 1, see ``platform_check``). PySide6 6.12.0 drops
a reference to ``True`` on every ``Signal.emit`` and to ``None`` on every call without a return
value; on Python 3.11, where those singletons are ordinary counted objects, CPython aborts after
a few hundred emits. The dependencies keep that combination out (pyproject.toml,
build/constraints.txt); the check is for an environment installed some other way.
"""

from __future__ import annotations

from .platform_check import refuse_unsound_qt

refuse_unsound_qt()
