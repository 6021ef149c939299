"""Entry point of the frozen app: one program, two executables sharing one folder.

``kasuhara`` (``kasuhara.exe``) is the command line (DESIGN.md §5), anything else
(``kasuhara-desktop``) the desktop program. PyInstaller builds both executables from this file
(build/kasuhara.spec), so the bundle carries the libraries once. The executable's own path
decides, not ``argv[0]``: ``/usr/bin/kasuhara`` is a symlink, and the bootloader reports the
real file.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.executable).stem.lower() == "kasuhara":
        from kasuhara_desktop.cli import main as cli_main

        return cli_main()
    from kasuhara_desktop.app import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
