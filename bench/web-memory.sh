#!/usr/bin/env bash
# Where the window's memory goes: the WebKit web process of the release app, against the blank Tauri app showing the
# same page without its script (the DOM the app had after start, captured over WebDriver, and the app's stylesheet)
# and the blank app's own page, both painted without GPU compositing as the app's window is; and the blank app as it
# comes (GPU compositing, the floor bench/startup.sh compares with). Page minus blank is what the DOM and styles cost;
# app minus page is the script, its state and the IPC bridge. Runs alternate; PSS and RSS after 5 s idle, medians.
# Usage: bench/web-memory.sh [RUNS]   (run by `make bench`, inside a private keyring)
#        WEB_MEMORY_PAGE=DIR keeps a copy of the captured page there, to weigh variants of it with
#        BLANK_TAURI_PAGE=DIR target/release/blank-tauri.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[[ -f ui/dist/index.html ]] || { echo "bench/web-memory.sh: ui/dist is missing (npm run build)" >&2; exit 1; }

# shellcheck source=bench/window-env.sh
source bench/window-env.sh

# The page, as the app drew it: WebKit's own serialization, over tauri-driver and WebKitWebDriver.
driver_port=$(( 20000 + RANDOM % 10000 ))
tauri-driver --port "$driver_port" --native-port $(( driver_port + 10000 )) --native-driver "$(command -v WebKitWebDriver)" \
  >"$work/tauri-driver.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$driver_port/status" >/dev/null 2>&1 && break; sleep 0.1; done
mkdir -p "$work/page"
cp -r ui/dist/assets "$work/page/assets"
node bench/capture-dom.mjs "http://127.0.0.1:$driver_port" "$(realpath "$app")" "$work/page/index.html"
[[ -z ${WEB_MEMORY_PAGE:-} ]] || { mkdir -p "$WEB_MEMORY_PAGE"; cp -r "$work/page/." "$WEB_MEMORY_PAGE/"; }
kill "${pids[-1]}" 2>/dev/null || true
pkill -f "WebKitWebDriver.*$(( driver_port + 10000 ))" 2>/dev/null || true
sleep 1

# One launch, once its window is mapped and 5 s idle: prints "WEB_PSS_KB WEB_RSS_KB ALL_PSS_KB".
weigh() { # TITLE COMMAND...
  local title=$1 pid deadline
  shift
  "$@" >"$work/run.log" 2>&1 &
  pid=$!
  deadline=$(( $(date +%s) + 30 ))
  until xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; do
    (( $(date +%s) < deadline )) || { echo "bench/web-memory.sh: $1 did not show a window" >&2; cat "$work/run.log" >&2; kill "$pid"; return 1; }
    sleep 0.02
  done
  sleep 5
  printf '%s %s %s\n' "$(web_process_kb "$pid" Pss)" "$(web_process_kb "$pid" Rss)" "$(memory_kb "$pid" Pss)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  sleep 0.5
}

: >"$work/app.txt"; : >"$work/page.txt"; : >"$work/blank.txt"; : >"$work/default.txt"
weigh "Connect SSO" "$app" >/dev/null # warm the page cache
for ((i = 1; i <= runs; i++)); do
  weigh "Connect SSO" "$app" >>"$work/app.txt"
  BLANK_TAURI_NO_GPU=1 BLANK_TAURI_PAGE="$work/page" weigh "Blank Tauri" "$blank" >>"$work/page.txt"
  BLANK_TAURI_NO_GPU=1 weigh "Blank Tauri" "$blank" >>"$work/blank.txt"
  weigh "Blank Tauri" "$blank" >>"$work/default.txt"
done
col() { awk -v c="$1" '{print $c}' "$2" | median; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
for name in app page blank default; do
  case $name in
    app) label="connect-sso" ;;
    page) label="blank, no GPU, the app's DOM and CSS" ;;
    blank) label="blank, no GPU" ;;
    default) label="blank as it comes (GPU compositing)" ;;
  esac
  printf '%-38s web process PSS %7s MiB  RSS %7s MiB   all processes PSS %7s MiB\n' "$label" \
    "$(mib "$(col 1 "$work/$name.txt")")" "$(mib "$(col 2 "$work/$name.txt")")" "$(mib "$(col 3 "$work/$name.txt")")"
done
app_web=$(col 1 "$work/app.txt"); page_web=$(col 1 "$work/page.txt"); blank_web=$(col 1 "$work/blank.txt")
printf 'web process PSS: the DOM and CSS add %s MiB to a blank page; the script, its state and the IPC bridge add %s MiB\n' \
  "$(mib $(( page_web - blank_web )))" "$(mib $(( app_web - page_web )))"
printf 'all processes PSS: connect-sso %.2f× the blank app as it comes\n' \
  "$(awk -v a="$(col 3 "$work/app.txt")" -v b="$(col 3 "$work/default.txt")" 'BEGIN { print a / b }')"
echo "web-memory: method: release builds, Xvfb, $runs alternating runs after one warm-up, medians 5 s after the window maps; the page captured from the app over WebDriver, scripts removed"
