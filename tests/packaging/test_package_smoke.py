"""The packaged app works as a shop would use it: build/smoke_package.sh, end to end.

Slow (a PyInstaller build, a .deb, a GUI run under Xvfb: minutes), so it runs only with
``KASUHARA_PACKAGE_SMOKE=1``; CI does not pay for it. As root the .deb is installed and removed
again (``dpkg -i``/``dpkg -r``); otherwise the one-folder app is used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SMOKE = ROOT / "build" / "smoke_package.sh"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("KASUHARA_PACKAGE_SMOKE") != "1",
        reason="set KASUHARA_PACKAGE_SMOKE=1 to build and try the package (minutes)",
    ),
]


@pytest.mark.timeout(1800)
def test_the_package_builds_installs_and_runs(tmp_path: Path) -> None:
    for tool in ("dpkg-deb", "pdffonts", "Xvfb", "git"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    pytest.importorskip("PyInstaller")
    out = tmp_path / "smoke"
    env = {**os.environ, "PYTHON": sys.executable}
    env.pop("QT_QPA_PLATFORM", None)  # the script sets it per step (offscreen, xcb)
    result = subprocess.run(
        ["bash", str(SMOKE), str(out)], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "smoke: PASSED" in result.stdout
    for name in ("main-window.png", "report.pdf", "notice.pdf", "figures.txt"):
        assert (out / name).stat().st_size > 0, name
    fonts = (out / "report.fonts.txt").read_text(encoding="utf-8")
    assert "IPAexGothic" in fonts
    # The screenshot is of the main window (the script saw its title), not of a blank screen.
    from PIL import Image

    colours = Image.open(out / "main-window.png").convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50
