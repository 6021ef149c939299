#!/usr/bin/env bash
# build/smoke_package.sh [OUT_DIR]: build the app from a clean clone and use it as a shop would.
#
# 1. git clone of this repository's committed HEAD (nothing uncommitted gets in);
# 2. build/build_app.sh (one-folder app) and build/linux/build_deb.sh (.deb) in that clone;
# 3. as root: dpkg -i the .deb and use /usr/bin/kasuhara*; otherwise (or KASUHARA_SMOKE_INSTALL=0)
#    the one-folder app itself;
# 4. in `env -i` (only PATH, HOME, QT_QPA_PLATFORM; DISPLAY too for the X screen): create a vault,
#    unlock it, add the documented example incident and a photo, write the incident report and a
#    no-entry notice, check that both PDFs embed the Japanese font (pdffonts), verify the vault;
#    back it up to a folder (the USB stick), restore it in another home (the new PC) and open it
#    there with the recovery key init printed, setting a new passphrase; as root also write the
#    report with /usr/share/fonts hidden (unshare + bind mount) to show the bundled fonts serve;
# 5. start the desktop program under Xvfb (/work/shared/tools/shot, or $SHOT), type the passphrase
#    into the unlock dialog (build/xkeys.py, XTEST) and save a screenshot of the main window:
#    OUT_DIR/main-window.png (and unlock-window.png, before typing). LOOK at them;
# 6. measure start-up (launch -> unlock window shown) of the package and of the checkout, and the
#    bundle's size, into OUT_DIR/figures.txt;
# 7. as root: dpkg -r and dpkg -P, and check the vault is untouched and /opt/kasuhara-desktop gone.
#
# Needs: the checkout's .venv with the "package" extra (PYTHON=...), dpkg-deb, pdffonts
# (poppler-utils), Xvfb. OUT_DIR defaults to ~/.cache/kasuhara-smoke; it is emptied first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
py=${PYTHON:-$root/.venv/bin/python}
shot=${SHOT:-/work/shared/tools/shot}
out=${1:-${KASUHARA_SMOKE_DIR:-$HOME/.cache/kasuhara-smoke}}
out=$(mkdir -p "$out" && cd "$out" && pwd)
step() { echo "smoke: $*"; }
die() { echo "smoke: FAILED: $*" >&2; exit 1; }
find "$out" -mindepth 1 -delete

step "clean clone of $(git -C "$root" rev-parse --short HEAD)"
git clone -q --no-hardlinks "$root" "$out/src"
src="$out/src"

step "build the one-folder app"
t0=$(date +%s)
KASUHARA_BUILD_DIR="$out/build" PYTHON="$py" bash "$src/build/build_app.sh"
app="$out/build/dist/kasuhara-desktop"
bash "$src/build/linux/build_deb.sh" "$app" "$out"
build_s=$(( $(date +%s) - t0 ))
deb=$(ls "$out"/kasuhara-desktop_*.deb)

installed=0
if [[ $(id -u) == 0 && ${KASUHARA_SMOKE_INSTALL:-1} == 1 ]]; then
  step "install $deb"
  dpkg -i "$deb" >/dev/null
  installed=1
  bin=/usr/bin
  [[ -x /opt/kasuhara-desktop/kasuhara && -L /usr/bin/kasuhara ]] || die "the package did not install"
  [[ -f /usr/share/applications/kasuhara-desktop.desktop ]] || die "no desktop entry"
  [[ -f /usr/share/icons/hicolor/256x256/apps/kasuhara-desktop.png ]] || die "no icon"
else
  step "not root (or KASUHARA_SMOKE_INSTALL=0): using the one-folder app"
  bin=$app
fi

home="$out/home"
mkdir -p "$home/Documents"
vault="$home/Documents/Kasuhara"  # where the set-up wizard puts it by default
pass=Umbrella7Kettle3Sunrise9Garden
printf '%s\n' "$pass" > "$out/passphrase.txt"
clean() { env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen "$@"; }
cli() { clean "$bin/kasuhara" --vault "$vault" --passphrase-file "$out/passphrase.txt" "$@"; }

step "create, unlock, add an incident with a photo"
cli init --shop-name "Sakura Mart" > "$out/init.txt" || die "init"
cli unlock > /dev/null || die "unlock"
reference=$(cli incident add --json "$src/resources/docs/incident-example.json") || die "incident add"
reference=$(echo "$reference" | grep -oE 'K-[0-9]{4}-[0-9]{4}' | head -1)
[[ -n $reference ]] || die "no incident reference in the output of incident add"
"$py" -c "
from PIL import Image, ImageDraw
image = Image.new('RGB', (800, 600), (40, 90, 110))
ImageDraw.Draw(image).rectangle((200, 150, 600, 450), fill=(230, 180, 60))
image.save('$out/photo.jpg', quality=90)"
cli evidence add "$reference" "$out/photo.jpg" --source staff_phone \
  --description "photo at the counter" > /dev/null || die "evidence add"
cli evidence list "$reference" | grep -q photo.jpg || die "the photo is not listed"

step "report and notice PDFs"
cli report "$reference" -o "$out/report.pdf" > /dev/null || die "report"
echo '{}' > "$out/notice.json"
cli notice issue "$reference" --json "$out/notice.json" -o "$out/notice.pdf" > /dev/null \
  || die "notice issue"
for pdf in report notice; do
  pdffonts "$out/$pdf.pdf" > "$out/$pdf.fonts.txt"
  grep -E 'IPAexGothic|IPAexMincho' "$out/$pdf.fonts.txt" | grep -qE ' yes +yes ' \
    || die "$pdf.pdf does not embed the Japanese font: $(cat "$out/$pdf.fonts.txt")"
done
cli verify > "$out/verify.txt" || die "verify: $(cat "$out/verify.txt")"

if [[ $(id -u) == 0 ]] && command -v unshare >/dev/null; then
  step "a PC without fonts (/usr/share/fonts hidden): the report embeds the bundled IPAex"
  mkdir -p "$out/no-fonts"
  unshare --mount sh -c 'mount --bind "$1" /usr/share/fonts && shift && exec "$@"' sh \
    "$out/no-fonts" env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen \
    "$bin/kasuhara" --vault "$vault" --passphrase-file "$out/passphrase.txt" \
    report "$reference" -o "$out/report-no-system-fonts.pdf" > /dev/null || die "report without fonts"
  pdffonts "$out/report-no-system-fonts.pdf" > "$out/report-no-system-fonts.fonts.txt"
  grep -E 'IPAexGothic' "$out/report-no-system-fonts.fonts.txt" | grep -qE ' yes +yes ' \
    || die "without system fonts: $(cat "$out/report-no-system-fonts.fonts.txt")"
fi

step "back up to a 'USB stick', restore on a 'new PC', unlock there with the recovery key"
cli backup "$out/usb/kasuhara-backup" > /dev/null || die "backup"
newhome="$out/newpc"
mkdir -p "$newhome/Documents"
grep -oE '[0-9A-Fa-f]{4}(-[0-9A-Fa-f]{4}){15}' "$out/init.txt" > "$out/recovery-key.txt" \
  || die "no recovery key in the output of init"
env -i PATH=/usr/bin:/bin HOME="$newhome" QT_QPA_PLATFORM=offscreen "$bin/kasuhara" \
  --passphrase-file "$out/passphrase.txt" restore "$out/usb/kasuhara-backup" \
  --to "$newhome/Documents/Kasuhara" > /dev/null || die "restore"
printf '%s\n' Lantern4Meadow8Copper2River > "$out/new-passphrase.txt"
env -i PATH=/usr/bin:/bin HOME="$newhome" QT_QPA_PLATFORM=offscreen "$bin/kasuhara" \
  --vault "$newhome/Documents/Kasuhara" unlock --recovery-key \
  --recovery-key-file "$out/recovery-key.txt" --set-passphrase owner \
  --new-passphrase-file "$out/new-passphrase.txt" > /dev/null \
  || die "unlock with the recovery key on the new PC"
env -i PATH=/usr/bin:/bin HOME="$newhome" QT_QPA_PLATFORM=offscreen "$bin/kasuhara" \
  --vault "$newhome/Documents/Kasuhara" --passphrase-file "$out/new-passphrase.txt" \
  incident show "$reference" > /dev/null || die "the incident is not on the new PC"
rm -f "$out/recovery-key.txt" "$out/new-passphrase.txt"

step "desktop program under Xvfb: unlock, then the main window"
cat > "$out/gui.sh" <<GUI
#!/usr/bin/env bash
# Run by shot with DISPLAY set: start the app in a clean environment and unlock it by keyboard.
env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=xcb DISPLAY="\$DISPLAY" \\
  "$bin/kasuhara-desktop" --vault "$vault" --lang ja > "$out/gui.log" 2>&1 &
app=\$!
trap 'kill \$app 2>/dev/null; sleep 0.5; kill -9 \$app 2>/dev/null' EXIT TERM
"$py" "$src/build/xkeys.py" wait-window "Kasuhara Desktop —" 60 > "$out/gui-startup.txt" || exit 1
sleep 1
"$py" -c "import sys; from PIL import ImageGrab; ImageGrab.grab(xdisplay=sys.argv[1]).save(sys.argv[2])" \
  "\$DISPLAY" "$out/unlock-window.png"
"$py" "$src/build/xkeys.py" type "$pass"
"$py" "$src/build/xkeys.py" wait-window "Sakura Mart" 60 > "$out/gui-unlocked.txt" || exit 1
wait \$app
GUI
PYTHON="$py" "$shot" "$out/main-window.png" 25 -- bash "$out/gui.sh" || die "screenshot"
[[ -s $out/gui-unlocked.txt ]] || die "the main window never appeared: $(cat "$out/gui.log")"

step "figures"
# Start-up: seconds from launch to the unlock dialog's window (titled "Kasuhara Desktop — …"; the
# bare "Kasuhara Desktop" is Qt's hidden leader window, there from the start), timed by a watcher
# started with the program; median of 3 warm runs.
startup() {
  local cmd=$1 runs=()
  for _ in 1 2 3; do
    cat > "$out/start.sh" <<START
#!/usr/bin/env bash
env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=xcb DISPLAY="\$DISPLAY" $cmd --vault "$vault" >/dev/null 2>&1 &
app=\$!
"$py" "$src/build/xkeys.py" wait-window "Kasuhara Desktop —" 60 > "$out/start.txt"
kill \$app; wait \$app 2>/dev/null
START
    SHOT_SIZE=800x600 PYTHON="$py" "$shot" "$out/start.png" 8 -- bash "$out/start.sh" >/dev/null
    runs+=("$(cat "$out/start.txt")")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}
{
  echo "commit: $(git -C "$src" rev-parse --short HEAD)"
  echo "build (app + .deb): ${build_s} s"
  echo "one-folder app: $(du -sh "$app" | cut -f1) ($(find "$app" -type f | wc -l) files)"
  echo ".deb: $(du -h "$deb" | cut -f1)"
  echo "checkout .venv (for comparison): $(du -sh "$root/.venv" | cut -f1)"
  echo "start-up to the unlock window, packaged: $(startup "$bin/kasuhara-desktop") s"
  # The checkout: the clone's code run by the venv's Python (PYTHONPATH wins over the editable
  # install, which points at the working tree), as `python -m kasuhara_desktop`.
  echo "start-up to the unlock window, checkout: $(startup "PYTHONPATH=$src $py -m kasuhara_desktop") s"
  echo "start-up of the CLI (kasuhara --help), packaged: $( { TIMEFORMAT=%R; time clean "$bin/kasuhara" --help >/dev/null; } 2>&1 ) s"
  echo "start-up of the CLI (kasuhara --help), checkout: $( { TIMEFORMAT=%R; time clean env PYTHONPATH="$src" "$py" -m kasuhara_desktop.cli --help >/dev/null; } 2>&1 ) s"
} | tee "$out/figures.txt"
rm -f "$out/start.sh" "$out/start.txt" "$out/start.png"

if [[ $installed == 1 ]]; then
  step "remove the package; the vault stays"
  before=$(cd "$vault" && find . -type f -exec sha256sum {} + | sort | sha256sum)
  dpkg -r kasuhara-desktop >/dev/null
  [[ ! -e /opt/kasuhara-desktop && ! -e /usr/bin/kasuhara ]] || die "files left after dpkg -r"
  dpkg -P kasuhara-desktop >/dev/null
  dpkg -s kasuhara-desktop >/dev/null 2>&1 && die "the package is still known after dpkg -P"
  after=$(cd "$vault" && find . -type f -exec sha256sum {} + | sort | sha256sum)
  [[ $before == "$after" ]] || die "removing the package changed the vault"
fi
rm -f "$out/passphrase.txt"
step "PASSED: $out/main-window.png, $out/report.pdf, $out/notice.pdf, $out/figures.txt"
