#!/usr/bin/env bash
# Start-up and memory of the release app against a blank Tauri app (bench/blank-tauri) built with
# the same profile and toolchain, under Xvfb, runs alternating. For each: process start → window
# mapped (X11 MapNotify seen by xdotool) → first IPC answered (the app's own log line), then RSS
# and PSS of the app and its WebKit processes after 5 s idle. Prints medians and the ratios.
# Usage: bench/startup.sh [RUNS]   (run by `make bench`, inside a private keyring)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
target=${CARGO_TARGET_DIR:-target}
app=$target/release/connect-sso
blank=$target/release/blank-tauri
sim=$target/release/connect-sim
for tool in "$app" "$blank" "$sim"; do
  [[ -x $tool ]] || { echo "bench/startup.sh: $tool is missing (make bench builds it)" >&2; exit 1; }
done

work=$(mktemp -d -t connect-sso-startup.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# A display no other server (or a stale lock of a crashed one) holds.
display_number=$(( 500 + RANDOM % 400 ))
while [[ -e /tmp/.X11-unix/X$display_number || -e /tmp/.X$display_number-lock ]]; do
  display_number=$(( 500 + RANDOM % 400 ))
done
Xvfb ":$display_number" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=":$display_number"
# Ready when it answers, not when its socket appears: a client too early fails to open the display.
for _ in $(seq 100); do xdpyinfo -display ":$display_number" >/dev/null 2>&1 && break; sleep 0.05; done

"$sim" --scenario tests/connect-sim/scenarios/demo.toml >"$work/sim.out" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [[ -s $work/sim.out ]] && break; sleep 0.05; done
endpoint=$(head -n1 "$work/sim.out")
scripts/demo-profile.sh "$work" tests/connect-sim/scenarios/demo.toml >/dev/null
mkdir -p "$work/settings"
printf '{"lastProfile":"demo"}\n' >"$work/settings/settings.json"
export AWS_CONFIG_FILE="$work/aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/aws-credentials" \
  AWS_ENDPOINT_URL_CONNECT="$endpoint" AWS_ENDPOINT_URL_STS="$endpoint" \
  CONNECT_SSO_CONFIG_DIR="$work/settings" CONNECT_SSO_POLICY_FILE="$work/none.json" CONNECT_SSO_LOG=info
unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_REGION AWS_DEFAULT_REGION AWS_ENDPOINT_URL

now_ms() { awk -v n="$(date +%s%N)" 'BEGIN { printf "%.1f", n / 1000000 }'; }
descendants() { # PID: the pid and every process below it
  local pid=$1 child
  echo "$pid"
  for child in $(pgrep -P "$pid" || true); do descendants "$child"; done
}
memory_kb() { # PID FIELD(Rss|Pss): summed over the process tree
  local total=0 value
  for pid in $(descendants "$1"); do
    value=$(awk -v f="$2:" '$1 == f {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

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

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
: >"$work/app.txt"; : >"$work/blank.txt"
measure "$app" "Connect SSO" "first IPC answered" >/dev/null # warm the page cache
measure "$blank" "Blank Tauri" "first IPC answered" >/dev/null
for ((i = 1; i <= runs; i++)); do
  measure "$app" "Connect SSO" "first IPC answered" >>"$work/app.txt"
  measure "$blank" "Blank Tauri" "first IPC answered" >>"$work/blank.txt"
done
# The same app with 2,000 more profiles: start-up and memory must not grow with them.
cp "$work/aws-config" "$work/aws-config-big"
for ((n = 1; n <= 2000; n++)); do printf '\n[profile bulk-%d]\nregion = eu-west-2\n' "$n"; done >>"$work/aws-config-big"
: >"$work/big.txt"
for ((i = 1; i <= runs; i++)); do
  AWS_CONFIG_FILE="$work/aws-config-big" measure "$app" "Connect SSO" "first IPC answered" >>"$work/big.txt"
done
col() { awk -v c="$1" '{print $c}' "$2" | median; }
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
echo "startup: method: release builds, Xvfb, $runs alternating runs after one warm-up each, medians; memory summed over the app and its WebKit processes from /proc/PID/smaps_rollup (target ≤ 1.15×)"
