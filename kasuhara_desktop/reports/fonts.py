"""Find and register fonts that print Japanese (and æøå) in every PDF.

reportlab embeds TrueType outlines only: IPAex Gothic/Mincho, Windows' MS Gothic, Yu Gothic and
Meiryo (.ttc, chosen with ``subfontIndex``) work; CFF-based OpenType such as Noto Sans CJK or
Source Han Sans does not and is skipped with a reason. When nothing usable is found, the built-in
CID font ``HeiseiKakuGo-W5`` is the last resort: it is not embedded and misplaces æøå, so
``FontChoice.embedded`` is False and ``FontChoice.note`` says so for the UI.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from kasuhara_desktop.infra.resources import ResourcesNotFoundError, resource_path

from .font_chain import FALLBACK_GROUPS

CID_GOTHIC = "HeiseiKakuGo-W5"
CID_MINCHO = "HeiseiMin-W3"

# What a usable font must draw: kana, kanji, full-width forms, ASCII and Norwegian letters.
REQUIRED_TEXT = "あアカ漢字記録店舗（）。、ABCxyz0123456789@&<>æøåÆØÅ"
MONO_REQUIRED_TEXT = "0123456789ABCDEFabcdef-"

# Preference order, by lower-case file name: (file name, subfont index).
_GOTHIC_NAMES: tuple[tuple[str, int], ...] = (
    ("ipaexg.ttf", 0),
    ("fonts-japanese-gothic.ttf", 0),
    ("ipagp.ttf", 0),
    ("ipag.ttf", 0),
    ("yugothm.ttc", 0),
    ("yugothr.ttc", 0),
    ("meiryo.ttc", 0),
    ("msgothic.ttc", 0),
    ("takaopgothic.ttf", 0),
    ("takaogothic.ttf", 0),
    ("vl-pgothic-regular.ttf", 0),
    ("vl-gothic-regular.ttf", 0),
    ("arial unicode.ttf", 0),
    # Found often, never usable (CFF outlines): listed so the note can say why they were skipped.
    ("notosanscjk-regular.ttc", 0),
    ("notosanscjkjp-regular.otf", 0),
    ("sourcehansans-regular.otf", 0),
)
_MINCHO_NAMES: tuple[tuple[str, int], ...] = (
    ("ipaexm.ttf", 0),
    ("fonts-japanese-mincho.ttf", 0),
    ("ipamp.ttf", 0),
    ("ipam.ttf", 0),
    ("yumin.ttf", 0),
    ("msmincho.ttc", 0),
    ("takaopmincho.ttf", 0),
    ("takaomincho.ttf", 0),
)
# A real bold only where the same family ships one.
_BOLD_PARTNERS = {
    "yugothm.ttc": ("yugothb.ttc", 0),
    "yugothr.ttc": ("yugothb.ttc", 0),
    "meiryo.ttc": ("meiryob.ttc", 0),
}
# Bold Japanese Gothic for headings when the body font's family has none (IPAex has no bold):
# MigMix (Debian fonts-migmix; M+ with IPA Gothic's kanji, TrueType), else Windows' bold faces.
_BOLD_ANY: tuple[tuple[str, int], ...] = (
    ("migmix-1p-bold.ttf", 0),
    ("migu-1p-bold.ttf", 0),
    ("yugothb.ttc", 0),
    ("meiryob.ttc", 0),
)
_MONO_NAMES: tuple[tuple[str, int], ...] = (
    ("dejavusansmono.ttf", 0),
    ("liberationmono-regular.ttf", 0),
    ("consola.ttf", 0),
    ("cour.ttf", 0),
    ("courier new.ttf", 0),
)

_lock = threading.RLock()
_registered: dict[tuple[str, int], str] = {}


@dataclass(frozen=True)
class FontChoice:
    """Registered reportlab font names to use in styles, and how they were chosen.

    Attributes:
        regular: Japanese sans-serif (Gothic) for body text.
        bold: the family's bold, else another bold Gothic (MigMix), else ``regular``.
        serif: Japanese serif (Mincho), or ``regular`` when none was found.
        mono: fixed-width font for hashes and keys, or ``regular``.
        fallbacks: fonts tried, in order, for characters ``regular`` cannot draw.
        path: the file ``regular`` came from; None for the built-in CID font.
        embedded: False when the non-embedded CID last resort is in use.
        note: what was chosen and why, incl. warnings; show it in the UI when not embedded.
    """

    regular: str
    bold: str
    serif: str
    mono: str
    fallbacks: tuple[str, ...]
    path: Path | None
    embedded: bool
    note: str


class FontUnusableError(Exception):
    """A font file that reportlab cannot use; ``str()`` says why."""


def _search_dirs() -> list[Path]:
    home = Path.home()
    dirs: list[Path] = []
    xdg = os.environ.get("XDG_DATA_HOME")
    dirs.append(Path(xdg) / "fonts" if xdg else home / ".local" / "share" / "fonts")
    dirs.append(home / ".fonts")
    for base in os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(os.pathsep):
        if base:
            dirs.append(Path(base) / "fonts")
    dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    if sys.platform == "darwin":
        dirs += [
            home / "Library" / "Fonts",
            Path("/Library/Fonts"),
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
        ]
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    # Last: the fonts a packaged app carries (build/stage_bundle.py), for a PC that has none.
    with contextlib.suppress(ResourcesNotFoundError):
        dirs.append(resource_path("fonts"))
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


@functools.cache
def _font_files() -> dict[str, Path]:
    """Lower-case file name -> first path found, over the font folders (depth-limited)."""
    found: dict[str, Path] = {}
    for top in _search_dirs():
        if not top.is_dir():
            continue
        depth0 = len(top.parts)
        for root, subdirs, files in os.walk(top, onerror=lambda _err: None):
            if len(Path(root).parts) - depth0 >= 4:
                subdirs.clear()
            for name in files:
                if name.lower().endswith((".ttf", ".ttc", ".otf")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def _lookup(names: Iterable[tuple[str, int]]) -> list[tuple[Path, int]]:
    files = _font_files()
    return [(files[name], index) for name, index in names if name in files]


def candidate_font_paths() -> list[Path]:
    """Japanese Gothic font files found on this computer, best first (usable or not)."""
    explicit = [
        Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
        Path("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
    ]
    paths = [p for p in explicit if p.is_file()]
    for path, _index in _lookup(_GOTHIC_NAMES):
        if path not in paths:
            paths.append(path)
    return paths


def _index_for(path: Path) -> int:
    lower = path.name.lower()
    for name, index in _GOTHIC_NAMES + _MINCHO_NAMES:
        if name == lower:
            return index
    return 0


def check_outline_format(path: Path, subfont_index: int = 0) -> None:
    """Raise FontUnusableError unless ``path`` holds TrueType (glyf) outlines."""
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
            if head[:4] == b"ttcf":
                count = int.from_bytes(head[8:12], "big")
                if not 0 <= subfont_index < count:
                    raise FontUnusableError(
                        f"{path}: the collection has {count} fonts, no index {subfont_index}"
                    )
                fh.seek(12 + 4 * subfont_index)
                fh.seek(int.from_bytes(fh.read(4), "big"))
                head = fh.read(4)
    except OSError as err:
        raise FontUnusableError(f"{path}: cannot be read ({err.strerror or err})") from err
    if head[:4] == b"OTTO":
        raise FontUnusableError(
            f"{path}: CFF-based OpenType (PostScript outlines), which reportlab cannot embed; "
            "install IPAex fonts or choose a TrueType .ttf/.ttc file"
        )
    if head[:4] not in (b"\x00\x01\x00\x00", b"true"):
        raise FontUnusableError(f"{path}: not a TrueType font file")


def _register(path: Path, subfont_index: int, required: str, role: str) -> str:
    """Register a TrueType font once and return its reportlab name."""
    key = (str(path.resolve()), subfont_index)
    with _lock:
        if key in _registered:
            name = _registered[key]
        else:
            check_outline_format(path, subfont_index)
            digest = hashlib.sha256(repr(key).encode()).hexdigest()[:8]
            name = f"KH-{role}-{digest}"
            try:
                font = TTFont(name, str(path), subfontIndex=subfont_index)
            except Exception as err:  # reportlab raises TTFError, struct.error, OSError...
                raise FontUnusableError(f"{path}: reportlab cannot load it ({err})") from err
            pdfmetrics.registerFont(font)
            _registered[key] = name
    missing = [c for c in required if not covers(name, c)]
    if missing:
        raise FontUnusableError(f"{path}: lacks characters {''.join(missing)!r}")
    return name


def covers(font_name: str, char: str) -> bool:
    """True when the registered TrueType font ``font_name`` has a glyph for ``char``."""
    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    char_to_glyph: dict[int, int] | None = getattr(face, "charToGlyph", None)
    if char_to_glyph is None:  # CID or standard font: no cmap to ask
        return True
    return ord(char) in char_to_glyph


def _first_usable(
    candidates: Iterable[tuple[Path, int]], required: str, role: str, reasons: list[str]
) -> tuple[str, Path] | None:
    for path, index in candidates:
        try:
            return _register(path, index, required, role), path
        except FontUnusableError as err:
            reasons.append(str(err))
    return None


def _fallback_chain() -> tuple[str, ...]:
    """Register the first usable font of each FALLBACK_GROUPS group, in order."""
    chain: list[str] = []
    for group, names in FALLBACK_GROUPS:
        required = "ABCæøå" if group == "western" else ""
        found = _first_usable(_lookup(names), required, "fallback", [])
        if found and found[0] not in chain:
            chain.append(found[0])
    return tuple(chain)


def _register_family(regular: str, bold: str) -> None:
    # Lets <b> and <i> in Paragraph markup resolve instead of raising.
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, regular)
    addMapping(regular, 1, 1, bold)


def _cid_choice(reasons: list[str]) -> FontChoice:
    with _lock:
        for name in (CID_GOTHIC, CID_MINCHO):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(UnicodeCIDFont(name))
    mono = _first_usable(_lookup(_MONO_NAMES), MONO_REQUIRED_TEXT, "mono", [])
    chain = _fallback_chain()
    note = (
        "No Japanese TrueType font was found, so PDFs use the built-in font "
        f"{CID_GOTHIC}: it is not embedded (the reader's computer must supply it) and "
        "misplaces letters such as æøå. Install IPAex fonts (fonts-ipaexfont) or choose a "
        ".ttf/.ttc font in the settings."
    )
    if reasons:
        note += " Skipped: " + "; ".join(reasons)
    return FontChoice(
        regular=CID_GOTHIC,
        bold=CID_GOTHIC,
        serif=CID_MINCHO,
        mono=mono[0] if mono else CID_GOTHIC,
        fallbacks=chain,
        path=None,
        embedded=False,
        note=note,
    )


@functools.cache
def find_japanese_font(configured: Path | None = None) -> FontChoice:
    """Pick, register and return the fonts for PDFs (cached; safe to call from any thread).

    Args:
        configured: a font file from the settings; used when it exists and loads.
    """
    reasons: list[str] = []
    candidates: list[tuple[Path, int]] = []
    if configured is not None:
        if Path(configured).is_file():
            candidates.append((Path(configured), _index_for(Path(configured))))
        else:
            reasons.append(f"{configured}: the configured font file does not exist")
    candidates += [(p, _index_for(p)) for p in candidate_font_paths()]
    gothic = _first_usable(candidates, REQUIRED_TEXT, "gothic", reasons)
    if gothic is None:
        return _cid_choice(reasons)
    regular, path = gothic

    partner = _BOLD_PARTNERS.get(path.name.lower())
    found = _first_usable(
        _lookup([*([partner] if partner else []), *_BOLD_ANY]), REQUIRED_TEXT, "bold", []
    )
    bold = found[0] if found else regular
    mincho = _first_usable(_lookup(_MINCHO_NAMES), REQUIRED_TEXT, "mincho", [])
    serif = mincho[0] if mincho else regular
    mono_found = _first_usable(_lookup(_MONO_NAMES), MONO_REQUIRED_TEXT, "mono", [])
    mono = mono_found[0] if mono_found else regular
    chain = _fallback_chain()
    with _lock:
        for name in {regular, serif, mono, *chain}:
            _register_family(name, bold if name == regular else name)

    note = f"Japanese font: {path}"
    if configured is not None and path != Path(configured):
        note += f" (the configured font was not used: {reasons[0]})"
    return FontChoice(
        regular=regular,
        bold=bold,
        serif=serif,
        mono=mono,
        fallbacks=chain,
        path=path,
        embedded=True,
        note=note,
    )
