"""Tiny X11 helpers for the package smoke test (build/smoke_package.sh), through ctypes only.

    python build/xkeys.py wait-window TITLE_PART [TIMEOUT_S]   # prints seconds until it appears
    python build/xkeys.py type TEXT                             # ASCII letters/digits, then Return

Needs DISPLAY (an Xvfb with the XTEST extension) and libX11/libXtst. No xdotool on the build
machine, and the app under test must not be driven from inside itself.
"""

from __future__ import annotations

import ctypes
import sys
import time

_x11 = ctypes.CDLL("libX11.so.6")
_xtst = ctypes.CDLL("libXtst.so.6")
_x11.XOpenDisplay.restype = ctypes.c_void_p
_x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
_x11.XDefaultRootWindow.restype = ctypes.c_ulong
_x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
_x11.XQueryTree.argtypes = [
    ctypes.c_void_p,
    ctypes.c_ulong,
    ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
    ctypes.POINTER(ctypes.c_uint),
]
_x11.XInternAtom.restype = ctypes.c_ulong
_x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
_x11.XGetWindowProperty.argtypes = [
    ctypes.c_void_p,
    ctypes.c_ulong,
    ctypes.c_ulong,
    ctypes.c_long,
    ctypes.c_long,
    ctypes.c_int,
    ctypes.c_ulong,
    ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.c_int),
    ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.c_void_p),
]
_x11.XFree.argtypes = [ctypes.c_void_p]
_x11.XStringToKeysym.restype = ctypes.c_ulong
_x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
_x11.XKeysymToKeycode.restype = ctypes.c_ubyte
_x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
_x11.XFlush.argtypes = [ctypes.c_void_p]
_x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
_xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]


def _display() -> int:
    display = _x11.XOpenDisplay(None)
    if not display:
        raise SystemExit("xkeys: cannot open the X display (DISPLAY?)")
    return int(display)


def _net_wm_name(display: int, window: int) -> str:
    """The window's title as the program set it (UTF-8 ``_NET_WM_NAME``; WM_NAME may be lossy)."""
    atom = _x11.XInternAtom(display, b"_NET_WM_NAME", 0)
    kind, fmt = ctypes.c_ulong(), ctypes.c_int()
    count, after = ctypes.c_ulong(), ctypes.c_ulong()
    data = ctypes.c_void_p()
    status = _x11.XGetWindowProperty(
        display, window, atom, 0, 4096, 0, 0, kind, fmt, count, after, data
    )
    if status != 0 or not data.value:
        return ""
    text = ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
    _x11.XFree(data)
    return text


def _names(display: int, window: int, depth: int = 0) -> list[str]:
    """Window names under ``window`` (two levels: Qt's top-levels may sit in a frame)."""
    root, parent = ctypes.c_ulong(), ctypes.c_ulong()
    children = ctypes.POINTER(ctypes.c_ulong)()
    count = ctypes.c_uint()
    if not _x11.XQueryTree(display, window, root, parent, children, count):
        return []
    found: list[str] = []
    for i in range(count.value):
        child = children[i]
        name = _net_wm_name(display, child)
        if name:
            found.append(name)
        if depth < 1:
            found += _names(display, child, depth + 1)
    if children:
        _x11.XFree(children)
    return found


def wait_window(title_part: str, timeout: float) -> int:
    display = _display()
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if any(title_part in name for name in _names(display, _x11.XDefaultRootWindow(display))):
            print(f"{time.monotonic() - start:.2f}")
            return 0
        time.sleep(0.05)
    print(f"xkeys: no window titled *{title_part}* within {timeout} s", file=sys.stderr)
    return 1


def type_text(text: str) -> int:
    display = _display()
    keys = [c for c in text] + ["Return"]
    for key in keys:
        if len(key) == 1 and not key.isalnum():
            raise SystemExit(f"xkeys: only letters and digits can be typed, not {key!r}")
        code = _x11.XKeysymToKeycode(display, _x11.XStringToKeysym(key.encode()))
        shift = key.isupper()
        shift_code = _x11.XKeysymToKeycode(display, _x11.XStringToKeysym(b"Shift_L"))
        if shift:
            _xtst.XTestFakeKeyEvent(display, shift_code, 1, 0)
        _xtst.XTestFakeKeyEvent(display, code, 1, 0)
        _xtst.XTestFakeKeyEvent(display, code, 0, 0)
        if shift:
            _xtst.XTestFakeKeyEvent(display, shift_code, 0, 0)
        _x11.XSync(display, 0)
        time.sleep(0.03)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "wait-window":
        return wait_window(argv[1], float(argv[2]) if len(argv) > 2 else 60.0)
    if len(argv) == 2 and argv[0] == "type":
        return type_text(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
