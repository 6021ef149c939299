#!/usr/bin/env bash
# Build the standard `sqlcipher` shell, SQLCipher 4.6.1, from the Debian trixie source package's
# upstream tarball (deb.debian.org, checked against the SHA-256 in its .dsc), into a cache folder
# outside the tree. Debian 12 ships only SQLCipher 3.4.1, which cannot open a SQLCipher 4 database.
# Prints the path of the built shell on stdout; exit 3 when the tarball cannot be downloaded.
#   bash build/sqlcipher4_shell.sh       cache: ${KASUHARA_TOOL_CACHE:-~/.cache/kasuhara-tools}/sqlcipher-4.6.1
# (not XDG_CACHE_HOME: the test suite points that at a fresh folder on every run.)
# Needs gcc, make, tclsh (package tcl) and libssl-dev.
set -euo pipefail

version=4.6.1
sha256=d8f9afcbc2f4b55e316ca4ada4425daf3d0b4aab25f45e11a802ae422b9f53a3
url="https://deb.debian.org/debian/pool/main/s/sqlcipher/sqlcipher_${version}.orig.tar.gz"
cache="${KASUHARA_TOOL_CACHE:-$HOME/.cache/kasuhara-tools}/sqlcipher-${version}"
shell="$cache/sqlcipher"

if [[ -x "$shell" ]]; then
  echo "$shell"
  exit 0
fi

mkdir -p "$cache"
work=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! curl -fsSL -m 120 -o "$work/src.tar.gz" "$url"; then
  echo "cannot download $url" >&2
  exit 3
fi
echo "$sha256  $work/src.tar.gz" | sha256sum -c --quiet - >&2
tar -xzf "$work/src.tar.gz" -C "$work"
src=$(find "$work" -maxdepth 1 -mindepth 1 -type d | head -n 1)
cd "$src"
# The options of SQLCipher's own README: the codec, temp files in memory, OpenSSL's libcrypto.
./configure --enable-tempstore=yes --disable-tcl --disable-readline \
  CFLAGS="-DSQLITE_HAS_CODEC -DSQLCIPHER_CRYPTO_OPENSSL -O1" LDFLAGS="-lcrypto" >&2
make -j"$(nproc)" sqlcipher >&2
install -m 0755 sqlcipher "$shell.tmp"
mv "$shell.tmp" "$shell"
echo "$shell"
