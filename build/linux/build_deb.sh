#!/usr/bin/env bash
# build/linux/build_deb.sh APP_DIR [OUT_DIR]: wrap the one-folder app (build/build_app.sh) in a .deb.
#
# Standard Debian tools only (dpkg-deb, fakeroot when not root). The package installs
#   /opt/kasuhara-desktop/                      the app (both executables, _internal/)
#   /usr/bin/kasuhara, /usr/bin/kasuhara-desktop  symlinks into it
#   /usr/share/applications/kasuhara-desktop.desktop and hicolor icons
#   /usr/share/doc/kasuhara-desktop/copyright   with the bundled fonts' licences
# Vaults live in the users' home folders, never under these paths: removing or purging the
# package deletes only the files listed above (no maintainer script touches a home folder).
set -euo pipefail
app=${1:?usage: build_deb.sh APP_DIR [OUT_DIR]}
app=$(cd "$app" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${2:-$(dirname "$app")}
version=$(cat "$app/_internal/VERSION")
arch=$(dpkg --print-architecture)
pkg=kasuhara-desktop
stage=$(mktemp -d "${TMPDIR:-/tmp}/kasuhara-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
root="$stage/${pkg}_${version}_${arch}"

install -d "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/DEBIAN" \
  "$root/usr/share/doc/$pkg"
cp -a "$app" "$root/opt/$pkg"
ln -s "/opt/$pkg/kasuhara" "$root/usr/bin/kasuhara"
ln -s "/opt/$pkg/kasuhara-desktop" "$root/usr/bin/kasuhara-desktop"
install -m 644 "$here/kasuhara-desktop.desktop" "$root/usr/share/applications/"
for png in "$app"/_internal/icons/kasuhara-*.png; do
  size=$(basename "$png" .png); size=${size#kasuhara-}
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/kasuhara-desktop.png"
done
install -D -m 644 "$app/_internal/resources/icons/kasuhara.svg" \
  "$root/usr/share/icons/hicolor/scalable/apps/kasuhara-desktop.svg"
{
  echo "Kasuhara Desktop $version"
  echo
  echo "Bundled fonts (used to embed Japanese in PDFs), copied from Debian packages:"
  for lic in "$app"/_internal/resources/fonts/licenses/*.copyright; do
    echo; echo "=== $(basename "$lic" .copyright) ==="; cat "$lic"
  done
} > "$root/usr/share/doc/$pkg/copyright"
chmod 644 "$root/usr/share/doc/$pkg/copyright"

size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# The app bundles Qt and the X/xcb helper libraries (PyInstaller); what it takes from the system
# is glibc (at least the build machine's: the bootloader and Python were linked against it), the
# GL/EGL loaders, libdrm, libxcb and fontconfig's configuration (ldd of the xcb and media plugins).
glibc=$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')
cat > "$root/DEBIAN/control" <<CONTROL
Package: $pkg
Version: $version
Architecture: $arch
Maintainer: Kasuhara Desktop maintainers <maintainers@invalid>
Installed-Size: $size_kb
Depends: libc6 (>= $glibc), libgl1, libegl1, libdrm2, libxcb1, fontconfig-config
Section: misc
Priority: optional
Homepage: https://invalid.example/kasuhara-desktop
Description: offline encrypted logbook for customer-harassment incidents
 Kasuhara Desktop records customer-harassment (kasuhara) incidents in a shop:
 an encrypted vault (SQLCipher) with evidence, reports for a lawyer or the
 police, and no-entry notices. Runs without a network and without Python.
 Commands: kasuhara-desktop (the program), kasuhara (the command line).
CONTROL
# Refresh the menu and icon caches where the tools exist; never touch user data.
cat > "$root/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
SCRIPT
cp "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"

deb="$out/${pkg}_${version}_${arch}.deb"
if [[ $(id -u) == 0 ]]; then
  dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
else
  fakeroot dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
fi
echo "built $deb ($(du -h "$deb" | cut -f1))"
