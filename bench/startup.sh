#!/usr/bin/env bash
# Start-up and memory of the release app against a blank Tauri app (bench/blank-tauri) built with
# the same profile and toolchain, under Xvfb, runs alternating. For each: process start → window
# mapped (X11 MapNotify seen by xdotool) → first IPC answered (the app's own log line), then RSS
# and PSS of the app and its WebKit processes after 5 s idle. Prints medians and the ratios.
# At least RUNS pairs; then more, up to three times RUNS, until the first-IPC ratio of the medians
# is stable: the last three within ±0.03 of each other's latest. Prints how many it took.
# Usage: bench/startup.sh [RUNS]   (run by `make bench`, inside a private keyring)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

# shellcheck source=bench/window-env.sh
source bench/window-env.sh
# One launch: prints "MAPPED_MS IPC_MS RSS_KB PSS_KB".
measure() { # BINARY TITLE MARKER
  local binary=$1 title=$2 marker=$3 log="$work/run.log" start pid mapped="" ready="" deadline
  : >"$log"
  start=$(now_ms)
  "$binary" >"$log" 2>&1 &
  pid=$!
  deadline=$(( $(date +%s) + 30 ))
  while [[ -z $ready || -z $mapped ]]; do
    (( $(date +%s) < deadline )) || { echo "bench/startup.sh: $binary did not start" >&2; cat "$log" >&2; kill "$pid"; return 1; }
    if [[ -z $mapped ]] && xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; then mapped=$(now_ms); fi
    if [[ -z $ready ]] && grep -q "$marker" "$log"; then ready=$(now_ms); fi
    sleep 0.005
  done
  sleep 5
  printf '%s %s %s %s\n' "$(awk -v a="$mapped" -v s="$start" 'BEGIN{printf "%.0f", a - s}')" \
    "$(awk -v a="$ready" -v s="$start" 'BEGIN{printf "%.0f", a - s}')" \
    "$(memory_kb "$pid" Rss)" "$(memory_kb "$pid" Pss)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  sleep 0.5
}

: >"$work/app.txt"; : >"$work/blank.txt"
measure "$app" "Connect SSO" "first IPC answered" >/dev/null # warm the page cache
measure "$blank" "Blank Tauri" "first IPC answered" >/dev/null
col() { awk -v c="$1" '{print $c}' "$2" | median; }
ipc_ratio() { awk -v a="$(col 2 "$work/app.txt")" -v b="$(col 2 "$work/blank.txt")" 'BEGIN { printf "%.2f", a / b }'; }
stable() { # RATIO...: the last three within 0.03 of the last
  (( $# >= 3 )) || return 1
  awk -v a="${*: -3:1}" -v b="${*: -2:1}" -v c="${*: -1:1}" \
    'BEGIN { d1 = a - c; d2 = b - c; exit !((d1 < 0 ? -d1 : d1) <= 0.03 && (d2 < 0 ? -d2 : d2) <= 0.03) }'
}
ratios=()
pairs=0
while (( pairs < 3 * runs )); do
  measure "$app" "Connect SSO" "first IPC answered" >>"$work/app.txt"
  measure "$blank" "Blank Tauri" "first IPC answered" >>"$work/blank.txt"
  pairs=$((pairs + 1))
  (( pairs < runs )) && continue
  ratios+=("$(ipc_ratio)")
  stable "${ratios[@]}" && break
done
# The same app with 2,000 more profiles: start-up and memory must not grow with them.
cp "$work/aws-config" "$work/aws-config-big"
for ((n = 1; n <= 2000; n++)); do printf '\n[profile bulk-%d]\nregion = eu-west-2\n' "$n"; done >>"$work/aws-config-big"
: >"$work/big.txt"
for ((i = 1; i <= runs; i++)); do
  AWS_CONFIG_FILE="$work/aws-config-big" measure "$app" "Connect SSO" "first IPC answered" >>"$work/big.txt"
done
report() { # NAME COLUMN UNIT
  local a b
  a=$(col "$2" "$work/app.txt"); b=$(col "$2" "$work/blank.txt")
  printf '%-34s connect-sso %8s %s   blank tauri %8s %s   ratio %.2f×\n' "$1" "$a" "$3" "$b" "$3" "$(awk -v a="$a" -v b="$b" 'BEGIN{print a / b}')"
}
report "start → window mapped (p50)" 1 ms
report "start → first IPC answered (p50)" 2 ms
report "RSS after 5 s idle, all processes" 3 KiB
report "PSS after 5 s idle, all processes" 4 KiB
printf '%-34s connect-sso with 2,000 profiles: mapped %s ms, first IPC %s ms, RSS %s KiB, PSS %s KiB\n' "2,000 extra profiles (p50)" \
  "$(col 1 "$work/big.txt")" "$(col 2 "$work/big.txt")" "$(col 3 "$work/big.txt")" "$(col 4 "$work/big.txt")"
if stable "${ratios[@]}"; then spread="stable to ±0.03 after $pairs pairs"; else spread="not stable to ±0.03 after $pairs pairs"; fi
echo "startup: first-IPC ratio after each pair from the ${runs}th: ${ratios[*]} ($spread)"
echo "startup: method: release builds, Xvfb, $pairs alternating runs after one warm-up each, medians; memory summed over the app and its WebKit processes from /proc/PID/smaps_rollup (target ≤ 1.15×)"
