"""``python -m kasuhara_desktop``: the desktop program."""

from __future__ import annotations

import sys

from .app import main

sys.exit(main())
