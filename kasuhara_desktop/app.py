"""Composition root of the desktop program: arguments, demo vault, services, then the GUI.

``kasuhara-desktop [--vault DIR] [--demo] [--lang ja|en|nb]``. The Qt part lives in
``ui.shell``; this module decides what the windows get (:func:`build_services`, called once at
every unlock: one typed ``Services`` acting as the user who unlocked) and owns the demo vault's
temporary folder, which is removed when the program ends.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .domain.errors import UserError
from .infra.atomic_files import sweep_recent_folders
from .services.registry import Services, open_services
from .vault.vault import Vault


def build_services(vault: Vault) -> Services:
    """The services the windows get for a vault an unlock has just opened."""
    return open_services(vault)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kasuhara-desktop",
        description="Offline, encrypted logbook of customer harassment (kasuhara).",
    )
    parser.add_argument("--vault", type=Path, metavar="DIR", help="open the vault in DIR")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="try the program on a throwaway demo vault (deleted when the program closes)",
    )
    parser.add_argument("--lang", choices=("ja", "en", "nb"), help="language of the program")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    sweep_recent_folders()  # partial outputs a crash left where O_TMPFILE is missing
    from .ui.shell import DemoHint, run_gui, startup_language  # Qt: once the arguments are fine

    demo_root: Path | None = None
    demo: DemoHint | None = None
    folder: Path | None = args.vault.expanduser() if args.vault else None
    try:
        if args.demo:
            from .services.demo import DEMO_PASSPHRASE, create_demo_vault, demo_owner

            language = startup_language(args.lang)  # the demo data in the program's language
            demo_root = Path(tempfile.mkdtemp(prefix="kasuhara-demo-"))
            folder = demo_root / "vault"
            try:
                create_demo_vault(folder, language)
            except UserError as exc:
                print(f"kasuhara-desktop: {exc}", file=sys.stderr)
                return 2
            demo = DemoHint(demo_owner(language), DEMO_PASSPHRASE)
        return run_gui(
            folder,
            services_factory=build_services,
            lang=args.lang,
            demo=demo,
        )
    finally:
        if demo_root is not None:
            shutil.rmtree(demo_root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
