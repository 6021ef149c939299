"""Gather what the frozen app carries besides the code, into a staging folder outside the tree.

    .venv/bin/python build/stage_bundle.py STAGE_DIR

Writes ``STAGE_DIR/resources`` (bundled as ``<app>/_internal/resources`` and found there by
``kasuhara_desktop/infra/resources.py`` through ``sys._MEIPASS``) and ``STAGE_DIR/icons``:

* a copy of the repository's ``resources/`` without the ``.ts`` sources, with the translations
  compiled fresh by ``pyside6-lrelease`` (a clean clone has no ``.qm``: they are not committed);
* ``resources/fonts/``: the PDF fonts taken from this machine's system packages (IPAex Gothic and
  Mincho for Japanese, MigMix Bold for headings when installed, DejaVu for other scripts and
  hashes), each package's Debian copyright
  file beside them in ``resources/fonts/licenses/`` (``reports/fonts.py`` looks in this folder
  after the system's, so a PC without Japanese fonts still embeds one);
* ``icons/``: PNG sizes, a Windows ``.ico`` and a macOS ``.icns`` rendered from
  ``resources/icons/kasuhara.svg`` with Qt's SVG renderer (none is committed).

Nothing here is written into the repository. Exit 1 with one line when a font package is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SVG = ROOT / "resources" / "icons" / "kasuhara.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# File the PDFs need -> where the Debian package puts it. Windows/macOS builders set
# KASUHARA_FONT_DIR to a folder holding the same files and a licenses/ folder.
FONTS = {
    "ipaexg.ttf": "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "ipaexm.ttf": "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
    "DejaVuSans.ttf": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSansMono.ttf": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
}
# Bundled when the build machine has them (build/setup.sh installs them): MigMix Bold for
# headings (IPAex has no bold), and from reports/font_chain.py's fallbacks Korean (Nanum Gothic),
# kanji beyond the BMP such as 𠮷 in names (IPAmj Mincho, 46 MB) and symbols (Symbola).
OPTIONAL_FONTS = {
    "migmix-1p-bold.ttf": "/usr/share/fonts/truetype/migmix/migmix-1p-bold.ttf",
    "NanumGothic.ttf": "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "ipamjm.ttf": "/usr/share/fonts/truetype/ipamj/ipamjm.ttf",
    "Symbola_hint.ttf": "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
}


def fail(message: str) -> None:
    print(f"stage_bundle: {message}", file=sys.stderr)
    sys.exit(1)


def owning_package(path: Path) -> str:
    """The Debian package that installed ``path`` (``dpkg -S``), resolving symlinks first."""
    real = path.resolve()
    out = subprocess.run(["dpkg", "-S", str(real)], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        fail(f"{real} belongs to no installed package (dpkg -S): cannot ship its licence")
    return out.stdout.split(":", 1)[0].strip()


def copy_fonts(dest: Path) -> None:
    licenses = dest / "licenses"
    licenses.mkdir(parents=True)
    override = os.environ.get("KASUHARA_FONT_DIR")
    if override:  # a non-Debian build machine: the builder supplies fonts and licences
        src = Path(override)
        for name in FONTS:
            if not (src / name).is_file():
                fail(f"{src / name} is missing (KASUHARA_FONT_DIR)")
            shutil.copy2(src / name, dest / name)
        for name in OPTIONAL_FONTS:
            if (src / name).is_file():
                shutil.copy2(src / name, dest / name)
        if not (src / "licenses").is_dir():
            fail(f"{src / 'licenses'} is missing: fonts are shipped only with their licences")
        shutil.copytree(src / "licenses", licenses, dirs_exist_ok=True)
        return
    wanted = FONTS | {n: p for n, p in OPTIONAL_FONTS.items() if Path(p).is_file()}
    for name, system_path in wanted.items():
        path = Path(system_path)
        if not path.is_file():
            fail(f"{path} is missing: apt-get install fonts-ipaexfont fonts-dejavu-core")
        shutil.copy2(path.resolve(), dest / name)
        package = owning_package(path)
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if not copyright_file.is_file():
            fail(f"{copyright_file} is missing: the font's licence must ship with it")
        shutil.copy2(copyright_file, licenses / f"{package}.copyright")


def compile_translations(dest: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        qm = dest / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file():
            fail(f"lrelease wrote no {qm.name}")


def render_icons(dest: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        fail(f"{ICON_SVG} is not a valid SVG")
    dest.mkdir(parents=True)
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(dest / f"kasuhara-{size}.png"))
    big = Image.open(dest / "kasuhara-256.png")
    big.save(dest / "kasuhara.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(dest / "kasuhara-512.png").save(dest / "kasuhara.icns")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: stage_bundle.py STAGE_DIR", file=sys.stderr)
        return 2
    stage = Path(argv[0]).resolve()
    inside = stage == ROOT or ROOT in stage.parents
    if inside and not stage.is_relative_to(ROOT / "build" / "out"):  # build/out is git-ignored
        fail(f"{stage} is inside the repository: stage under build/out/ or outside it")
    if stage.exists():
        shutil.rmtree(stage)
    resources = stage / "resources"
    shutil.copytree(
        ROOT / "resources",
        resources,
        ignore=shutil.ignore_patterns("*.ts", "*.qm", "fonts", "__pycache__"),
    )
    compile_translations(resources / "i18n")
    copy_fonts(resources / "fonts")
    render_icons(stage / "icons")
    print(f"staged {stage}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
