"""Bring the Qt translation sources (resources/i18n/*.ts) in step with the code.

    .venv/bin/python build/update_translations.py [TSV ...] [--check]

1. ``pyside6-lupdate`` re-reads every ``tr()``/``translate()`` call in ``kasuhara_desktop/`` and
   updates ``kasuhara_ja.ts`` and ``kasuhara_nb.ts`` (new strings come in unfinished, strings no
   longer in the code are dropped).
2. Each TSV line ``context<TAB>source<TAB>Japanese<TAB>Norwegian`` (``\\n`` for a newline) sets
   those translations, new or replacing. For a plural message (``%n``), the Norwegian field is
   ``singular|plural``; Japanese has one form.
3. lupdate runs once more, so the files keep its own layout, and the unfinished messages left
   are listed. ``--check`` exits 1 if any are left.

The ``.qm`` files the program loads are compiled from these by ``build/setup.sh``.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET  # our own files, not untrusted input
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("ja", "nb")
Wanted = dict[tuple[str, str], tuple[str, str]]


def lupdate_tool() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else "pyside6-lupdate"


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "kasuhara_desktop").rglob("*.py"))


def run_lupdate(ts_files: list[Path]) -> None:
    cmd = [lupdate_tool(), "-silent", "-no-obsolete", "-locations", "absolute", *sources()]
    cmd += ["-ts", *map(str, ts_files)]
    subprocess.run(cmd, check=True)


def read_tsv(paths: list[Path]) -> Wanted:
    wanted: Wanted = {}
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) != 4:
                print(f"{path}:{n}: expected 4 tab-separated fields, got {len(fields)}")
                continue
            context, source, ja, nb = (f.replace("\\n", "\n") for f in fields)
            wanted[(context, source)] = (ja, nb)
    return wanted


def apply(ts: Path, lang: str, wanted: Wanted) -> set[tuple[str, str]]:
    tree = ET.parse(ts)  # noqa: S314
    used: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            if key not in wanted:
                continue
            used.add(key)
            text = wanted[key][0 if lang == "ja" else 1]
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = [text] if lang == "ja" else [*text.split("|"), text][:2]
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    head = ts.read_text(encoding="utf-8").split("<TS", 1)[0]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(head + body + "\n", encoding="utf-8")
    return used


def unfinished(ts: Path) -> list[tuple[str, str]]:
    left = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                left.append((name, message.findtext("source", "")))
    return left


def main(argv: list[str]) -> int:
    check = "--check" in argv
    tsvs = [Path(a) for a in argv if a != "--check"]
    ts_files = [I18N / f"kasuhara_{lang}.ts" for lang in LANGS]
    run_lupdate(ts_files)
    wanted = read_tsv(tsvs)
    used: set[tuple[str, str]] = set()
    for lang, ts in zip(LANGS, ts_files, strict=True):
        used |= apply(ts, lang, wanted)
    run_lupdate(ts_files)
    for key in sorted(set(wanted) - used):
        print(f"not in the code (context, source): {key!r}")
    left = 0
    for ts in ts_files:
        for context, source in unfinished(ts):
            left += 1
            print(f"{ts.name}: unfinished: [{context}] {source!r}")
    return 1 if check and left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
