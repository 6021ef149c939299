"""One way to write a file size, on screen and in every document: "916 B", "12.3 KB", "3.5 MB".

Decimal units (1 KB = 1000 bytes), as file managers and phones show them, so that the size a
shop sees in the program matches what it saw when copying the file. One decimal from KB up;
plain bytes below 1 KB (never a second count of the same bytes beside it).
"""

from __future__ import annotations


def format_size(n: int, decimal_point: str = ".") -> str:
    """``n`` bytes as "916 B" or "12.3 KB"; ``decimal_point`` from the reader's locale."""
    n = max(0, int(n))
    if n < 1000:
        return f"{n} B"
    units = ("KB", "MB", "GB", "TB")
    index = min(len(units) - 1, (len(str(n)) - 1) // 3 - 1)
    value = n / 1000 ** (index + 1)
    if round(value, 1) >= 1000 and index < len(units) - 1:  # 999,950 bytes: 1.0 MB
        index += 1
        value /= 1000
    return f"{value:.1f}".replace(".", decimal_point) + f" {units[index]}"


def is_exact(n: int) -> bool:
    """True when :func:`format_size` already shows every byte (under 1 KB)."""
    return n < 1000
