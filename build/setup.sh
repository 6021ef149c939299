#!/usr/bin/env bash
# Set up a development environment in .venv: system libraries Qt needs (Debian/Ubuntu, when run
# as root or with sudo), the Japanese PDF font, then the package in editable mode.
#   bash build/setup.sh          the app
#   bash build/setup.sh --test   the app plus test tools (pytest, pytest-qt, ruff, mypy...)
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[[ "${1:-}" == "--test" ]] && extras="[dev]"

debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libpulse0
      fonts-ipaexfont
      # PDF fallback fonts (TrueType, embeddable): 𠮷 and other kanji beyond the BMP, Korean,
      # black-and-white emoji, a bold Gothic for headings (MigMix; IPAex has no bold); DejaVu
      # (Greek, Cyrillic, Hebrew, Arabic).
      fonts-ipamj-mincho fonts-nanum fonts-symbola fonts-migmix fonts-dejavu-core)
# gcc, make, tcl, libssl-dev, zlib1g-dev, curl: build/sqlcipher4_shell.sh (a stock SQLCipher 4
# shell for the recovery test; Debian 12's own sqlcipher is 3.4.1).
[[ -n "$extras" ]] && debs+=(xvfb poppler-utils openssl p7zip-full
                             gcc make libc6-dev tcl libssl-dev zlib1g-dev curl ca-certificates)

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

py=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$py" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# The versions the tests ran with (build/constraints.txt, from `pip freeze` of the tested venv).
.venv/bin/python -m pip install -q -c build/constraints.txt -e ".$extras"

# Compile the translations (the .qm files are not committed; without them the program is English).
.venv/bin/pyside6-lrelease resources/i18n/*.ts
