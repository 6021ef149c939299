"""The per-character fallback chain: fonts for what the Japanese font cannot draw.

IPAex Gothic covers Japanese, Latin and æøå, but not 𠮷 (CJK Extension B, real surnames such as
𠮷田), Korean, Hebrew, Arabic or emoji, and its Greek and Cyrillic letters are full-width. Each
group below names TrueType files (lower-case file names, as in ``fonts.py``) in preference order;
the first usable file of every group joins the chain, so a character goes to the first font in
the chain that has it. Colour emoji fonts (Noto Color Emoji: CBDT bitmaps) cannot be embedded
by reportlab and are not listed; Symbola (Debian ``fonts-symbola``), Segoe UI Symbol/Emoji and
DejaVu Sans draw emoji in black and white.

reportlab writes a ToUnicode map with four hex digits per character, so a character beyond
U+FFFF (𠮷, 😡) extracted as the wrong letter (😡 U+1F621 as ὢ U+1F62) or not at all; importing
this module replaces that map writer with one that writes UTF-16 (surrogate pairs), which
every PDF reader understands.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

# Group name -> ((file name, subfont index), ...), best first.
FALLBACK_GROUPS: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = (
    # Proportional Latin, Greek, Cyrillic; DejaVu also has Hebrew, Arabic and many emoji.
    (
        "western",
        (
            ("dejavusans.ttf", 0),
            ("notosans-regular.ttf", 0),
            ("arial.ttf", 0),
            ("segoeui.ttf", 0),
            ("liberationsans-regular.ttf", 0),
        ),
    ),
    (
        "rtl",
        (
            ("notosanshebrew-regular.ttf", 0),
            ("notosansarabic-regular.ttf", 0),
            ("notonaskharabic-regular.ttf", 0),
            ("arial.ttf", 0),
            ("tahoma.ttf", 0),
        ),
    ),
    (
        "korean",
        (
            ("nanumgothic.ttf", 0),
            ("malgun.ttf", 0),
            ("applegothic.ttf", 0),
            ("ungraphic.ttf", 0),
            ("undotum.ttf", 0),
            ("gulim.ttc", 0),
        ),
    ),
    # Kanji outside the BMP (CJK Extension B and later), e.g. 𠮷.
    (
        "cjk-ext",
        (
            ("ipamjm.ttf", 0),
            ("hanaminb.ttf", 0),
            ("simsunb.ttf", 0),
        ),
    ),
    (
        "symbols",
        (
            ("symbola.ttf", 0),
            ("symbola_hint.ttf", 0),
            ("seguisym.ttf", 0),
            ("seguiemj.ttf", 0),
        ),
    ),
)

# Letters that the Japanese font draws full-width: they go to the proportional "western" font.
PROPORTIONAL_RANGES: tuple[tuple[int, int], ...] = (
    (0x0370, 0x03FF),  # Greek
    (0x1F00, 0x1FFF),  # Greek extended
    (0x0400, 0x052F),  # Cyrillic
)


def wants_proportional(char: str) -> bool:
    """True for Greek and Cyrillic letters, which IPAex and MS Gothic draw full-width."""
    cp = ord(char)
    return any(lo <= cp <= hi for lo, hi in PROPORTIONAL_RANGES)


def _utf16_hex(code_point: int) -> str:
    return "".join(f"{unit:04X}" for unit in _utf16_units(code_point))


def _utf16_units(code_point: int) -> tuple[int, ...]:
    if code_point < 0x10000:
        return (code_point,)
    v = code_point - 0x10000
    return (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with UTF-16 targets (surrogate pairs past U+FFFF)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


# ttfonts looks the function up in its module globals at every font it writes.
ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
