#!/usr/bin/env bash
# Sizes: the release binary (and the blank Tauri baseline's), the .deb and .rpm, the UI bundle
# gzipped. Usage: bench/size.sh   (after make package; run by make bench)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
bytes() { stat -c %s "$1"; }
mib() { awk -v b="$1" 'BEGIN { printf "%.2f MiB", b / 1048576 }'; }
row() { printf 'size: %-34s %12s bytes  %s\n' "$1" "$2" "$(mib "$2")"; }
row "release binary connect-sso" "$(bytes "$target/release/connect-sso")"
[[ -x $target/release/blank-tauri ]] && row "release binary blank-tauri (baseline)" "$(bytes "$target/release/blank-tauri")"
shopt -s nullglob
debs=(dist/connect-sso_*.deb) rpms=(dist/connect-sso-*.rpm)
((${#debs[@]})) || { echo "bench/size.sh: no .deb in dist/ (run make package)" >&2; exit 1; }
row ".deb (target ≤ 6 MiB)" "$(bytes "${debs[0]}")"
((${#rpms[@]})) && row ".rpm" "$(bytes "${rpms[0]}")"
js=$(cat ui/dist/assets/*.js | gzip -9 | wc -c)
css=$(cat ui/dist/assets/*.css | gzip -9 | wc -c)
row "UI JavaScript, gzipped" "$js"
row "UI CSS, gzipped" "$css"
echo "size: method: stat of the artifacts make package and npm run build produced; gzip -9 for the UI"
