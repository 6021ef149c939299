#!/usr/bin/env bash
# build/build_app.sh: the one-folder app from this checkout (run it in a clean clone for a release).
#
#   bash build/build_app.sh            # -> $KASUHARA_BUILD_DIR/dist/kasuhara-desktop/
#   PYTHON=/path/to/venv/bin/python bash build/build_app.sh
#
# Needs a Python with the project's dependencies and the "package" extra (pip install -e
# ".[package]": PyInstaller), and on Linux the font packages fonts-ipaexfont and fonts-dejavu-core
# (copied into the bundle with their copyright files). Everything PyInstaller writes goes under
# $KASUHARA_BUILD_DIR (default ~/.cache/kasuhara-build): stage/, work/, dist/. Nothing is written
# into the repository.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${KASUHARA_BUILD_DIR:-$HOME/.cache/kasuhara-build}
py=${PYTHON:-$root/.venv/bin/python}
version=$("$py" -c "import tomllib,sys; print(tomllib.load(open(sys.argv[1],'rb'))['project']['version'])" "$root/pyproject.toml")
mkdir -p "$out"
"$py" "$root/build/stage_bundle.py" "$out/stage"
KASUHARA_STAGE="$out/stage" KASUHARA_VERSION="$version" \
  "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$out/work" --distpath "$out/dist" "$root/build/kasuhara.spec"
app="$out/dist/kasuhara-desktop"
# The code frozen must be this tree's (see the spec): PyInstaller's table of modules says where
# each came from.
if grep -rlaF "kasuhara_desktop" "$out/work/kasuhara/"*.toc 2>/dev/null | xargs -r grep -laF "$root/kasuhara_desktop" >/dev/null; then
  :
else
  echo "build_app: the frozen kasuhara_desktop is not from $root" >&2; exit 1
fi
[[ -x "$app/kasuhara-desktop" || -x "$app/kasuhara-desktop.exe" ]] || { echo "build_app: no executable in $app" >&2; exit 1; }
echo "$version" > "$app/_internal/VERSION"
echo "built $app ($(du -sh "$app" | cut -f1))"
