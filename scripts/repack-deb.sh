#!/usr/bin/env bash
# Recompresses a .deb's contents with xz (-9e), as Debian's own packages are: Tauri's bundler
# writes data.tar.gz, and gzip's 32 KiB window cannot see that the CLI and the window program
# share most of their code, while xz's 64 MiB dictionary can (9.5 MiB → 4.9 MiB). dpkg has read
# xz since 1.15.6 (2013). Usage: scripts/repack-deb.sh PACKAGE.deb   (rewritten in place)
set -euo pipefail
deb=$1
work=$(mktemp -d -t connect-sso-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
dpkg-deb --raw-extract "$deb" "$work/root"
dpkg-deb --root-owner-group -Zxz -z9 -Sextreme --build "$work/root" "$work/repacked.deb" >/dev/null
mv "$work/repacked.deb" "$deb"
