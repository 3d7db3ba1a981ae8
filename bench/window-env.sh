# Sourced by the window benchmarks (bench/startup.sh, bench/web-memory.sh), from the repository root: a display of
# their own (Xvfb), connect-sim on the demo scenario, the demo profile and settings in a temporary folder, and the
# helpers that time and weigh a process tree. Sets $app, $blank and $sim (the release builds), $work and $pids (cleaned
# up on exit).
target=${CARGO_TARGET_DIR:-target}
app=$target/release/connect-sso
blank=$target/release/blank-tauri
sim=$target/release/connect-sim
for tool in "$app" "$blank" "$sim"; do
  [[ -x $tool ]] || { echo "$0: $tool is missing (make bench builds it)" >&2; exit 1; }
done

work=$(mktemp -d -t connect-sso-window-bench.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# A display no other server (or a stale lock of a crashed one) holds.
display_number=$(( 500 + RANDOM % 400 ))
while [[ -e /tmp/.X11-unix/X$display_number || -e /tmp/.X$display_number-lock ]]; do
  display_number=$(( 500 + RANDOM % 400 ))
done
# -noreset: by default the server resets when its last client leaves, which is between every two launches here, and a
# launch that connects during the reset fails with "Failed to initialize GTK" (two runs in four did).
Xvfb ":$display_number" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
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
web_process_kb() { # PID FIELD(Rss|Pss): the WebKit web process (the page's DOM, styles and script) below PID
  local total=0 value
  for pid in $(descendants "$1"); do
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == WebKitWebProces* ]] || continue
    value=$(awk -v f="$2:" '$1 == f {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
