#!/usr/bin/env bash
# End-to-end: the built app in a real WebView (WebKitGTK under Xvfb), driven over WebDriver by
# tauri-driver + WebKitWebDriver, against connect-sim, inside a private gnome-keyring, with a
# fake `xdg-open` first on PATH that records the URL a browser would have received (or the folder
# a file manager would have shown).
# Artifacts (screenshots, logs) land in tests/e2e/out/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"

if [[ ${1:-} != --inside ]]; then
  # Same build as the Rust tests (same features), so this is a no-op after `cargo test`.
  cargo test --workspace --locked --no-run --quiet 2>/dev/null || cargo test --workspace --locked --no-run
  rm -rf tests/e2e/out && mkdir -p tests/e2e/out
  exec scripts/with-keyring.sh "$0" --inside
fi

out=$root/tests/e2e/out
work=$(mktemp -d -t connect-sso-e2e.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # tauri-driver's WebKitWebDriver outlives it otherwise, holding its port for the next run.
  if [[ -n ${native_port:-} ]]; then pkill -f "WebKitWebDriver.*$native_port" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# A display of our own.
display_number=$(( 90 + RANDOM % 400 ))
Xvfb ":$display_number" -screen 0 1280x800x24 -nolisten tcp -noreset >"$out/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$display_number"
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display_number ]] && break; sleep 0.1; done
# The accessibility bus a screen reader listens on (AT-SPI), with GTK's bridge on: the screen-reader test reads the
# window's accessible tree from it, as Orca would.
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$out/atspi.log" 2>&1 &
pids+=($!)
export GNOME_ACCESSIBILITY=1
# A system tray (XEmbed) in the top-right corner, so the app's tray icon has a home.
trayer --edge top --align right --widthtype request --height 32 --SetDockType true \
  --transparent false --tint 0x333333 >"$out/trayer.log" 2>&1 &
pids+=($!)

# The fake browser: records each URL it is asked to open (and plays a browser for resume pages).
mkdir -p "$work/bin"
ln -s "$root/tests/e2e/fake-browser" "$work/bin/xdg-open"
# Google Chrome, as a person may choose it for an instance: the same stand-in, with two profiles to choose from.
ln -s "$root/tests/e2e/fake-browser" "$work/bin/google-chrome"
mkdir -p "$XDG_CONFIG_HOME/google-chrome"
cp "$root/tests/fixtures/browsers/Local State" "$XDG_CONFIG_HOME/google-chrome/Local State"
export PATH="$work/bin:$PATH" E2E_OPENED_URLS="$work/opened-urls.txt" E2E_LAUNCHED_URLS="$work/launched-urls.txt" \
  E2E_BROWSER_HESITATES="$work/browser-hesitates"

start_sim() { # NAME SCENARIO: starts a sim in this shell (so cleanup can stop it)
  "$CARGO_TARGET_DIR/debug/connect-sim" --scenario "$2" >"$work/sim-$1.out" 2>"$out/sim-$1.log" &
  pids+=($!)
}
sim_endpoint() { # NAME: the address the sim printed first
  for _ in $(seq 100); do [[ -s $work/sim-$1.out ]] && break; sleep 0.1; done
  head -n1 "$work/sim-$1.out"
}
# A supervisor's long list: 1,200 instances in two regions, for the file that adds a profile for them while it runs.
crowd_key_id=AKIDCROWDSUPERVISOR crowd_secret=crowd/Secret+AccessKey/0123456789EXAMPLE
{
  printf 'token_prefix = "CROWD"\n\n[[credentials]]\naccess_key_id = "%s"\nsecret_access_key = "%s"\n' "$crowd_key_id" "$crowd_secret"
  printf 'account = "210987654321"\nuser = "crowd.supervisor"\n'
  for i in $(seq 0 1199); do
    region=us-east-1; (( i % 4 == 3 )) && region=eu-west-2
    printf '\n[[instances]]\nid = "c0000000-0000-4000-8000-%012d"\naccount = "210987654321"\nregion = "%s"\nalias = "crowd-%04d"\n' \
      "$i" "$region" "$i"
  done
} >"$work/crowd.toml"
start_sim demo tests/connect-sim/scenarios/demo.toml
start_sim hostile tests/connect-sim/scenarios/hostile.toml
start_sim crowd "$work/crowd.toml"
endpoint=$(sim_endpoint demo)
hostile_endpoint=$(sim_endpoint hostile)
crowd_endpoint=$(sim_endpoint crowd)
for url in "$endpoint" "$hostile_endpoint" "$crowd_endpoint"; do
  [[ $url == http://127.0.0.1:* ]] || { echo "e2e: connect-sim did not start" >&2; cat "$out"/sim-*.log >&2; exit 1; }
done

# Two profiles, each with its own endpoint in the profile itself (endpoint_url, as aws-config
# reads it): the demo agent, and one whose name and instances are hostile strings.
# aws-config allows only [A-Za-z0-9_-/.%@:+] in profile names, so the hostile one is long and
# full of escapes that must show literally, never decoded.
hostile_profile="hostile/..%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E@evil:+$(printf 'x%.0s' $(seq 160))"
mkdir -p "$work/aws" "$work/settings"
cat > "$work/aws/aws-config" <<CONFIG
[profile demo]
region = us-east-1
endpoint_url = $endpoint

[profile $hostile_profile]
region = us-east-1
endpoint_url = $hostile_endpoint

[sso-session demo]
sso_start_url = https://demo.awsapps.com/start
sso_region = us-east-1

[profile demo-sso]
sso_session = demo
sso_account_id = 123456789012
sso_role_name = ConnectAgent
region = us-east-1
endpoint_url = $endpoint

# The same portal through a session of its own (its own token cache file): signed in by the
# browser flow after demo-sso signed in by device code.
[sso-session demo-browser]
sso_start_url = https://demo.awsapps.com/start
sso_region = us-east-1

[profile demo-sso-browser]
sso_session = demo-browser
sso_account_id = 123456789012
sso_role_name = ConnectAgent
region = us-east-1
endpoint_url = $endpoint

[profile demo-mfa]
role_arn = arn:aws:iam::123456789012:role/ConnectAgentMfa
source_profile = demo
mfa_serial = arn:aws:iam::123456789012:mfa/demo.agent
region = us-east-1
endpoint_url = $endpoint
CONFIG
key() { awk -F'"' "/^$1/ {print \$2; exit}" "$2"; }
cat > "$work/aws/aws-credentials" <<CREDENTIALS
[demo]
aws_access_key_id = $(key access_key_id tests/connect-sim/scenarios/demo.toml)
aws_secret_access_key = $(key secret_access_key tests/connect-sim/scenarios/demo.toml)

[$hostile_profile]
aws_access_key_id = $(key access_key_id tests/connect-sim/scenarios/hostile.toml)
aws_secret_access_key = $(key secret_access_key tests/connect-sim/scenarios/hostile.toml)
CREDENTIALS
# The window starts on the demo profile, as if it had been picked before.
printf '{"lastProfile": "demo"}\n' > "$work/settings/settings.json"
# IT's policy: the Europe instance is managed (named, pinned), the reminder lead time locked.
cat > "$work/policy.json" <<'POLICY'
{
  "instances": [
    {
      "instance": "arn:aws:connect:eu-west-2:123456789012:instance/44444444-4444-4444-8444-444444444444",
      "profile": "demo",
      "displayName": "Acme Europe (managed)",
      "pinned": true
    }
  ],
  "notificationLeadMinutes": 15,
  "locked": ["notificationLeadMinutes"]
}
POLICY
export AWS_CONFIG_FILE="$work/aws/aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/aws/aws-credentials" \
  CONNECT_SSO_CONFIG_DIR="$work/settings" CONNECT_SSO_POLICY_FILE="$work/policy.json" CONNECT_SSO_LOG=trace CONNECT_SSO_CRASH_DIR="$out/crashes" \
  CONNECT_SSO_LOG_DIR="$out/app-logs" E2E_LOG_DIR="$out/app-logs" \
  E2E_SIM_ENDPOINT="$endpoint" E2E_OUT="$out" E2E_HOSTILE_PROFILE="$hostile_profile" \
  E2E_CROWD_ENDPOINT="$crowd_endpoint" E2E_CROWD_KEY_ID="$crowd_key_id" E2E_CROWD_SECRET="$crowd_secret" \
  E2E_APP="$CARGO_TARGET_DIR/debug/connect-sso" E2E_SETTINGS_DIR="$work/settings"
unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_REGION AWS_DEFAULT_REGION \
  AWS_ENDPOINT_URL AWS_ENDPOINT_URL_CONNECT AWS_ENDPOINT_URL_STS
# IAM Identity Center (OIDC and portal) of the demo: the service-specific overrides.
export AWS_ENDPOINT_URL_SSO_OIDC="$endpoint" AWS_ENDPOINT_URL_SSO="$endpoint"

# Both ports chosen here, apart: WebKitWebDriver's default (4445) may be taken, or be the one drawn for tauri-driver.
driver_port=$(( 20000 + RANDOM % 10000 ))
native_port=$(( driver_port + 10000 ))
tauri-driver --port "$driver_port" --native-port "$native_port" --native-driver "$(command -v WebKitWebDriver)" \
  >"$out/tauri-driver.log" 2>&1 &
pids+=($!)
export E2E_DRIVER="http://127.0.0.1:$driver_port"
for _ in $(seq 100); do curl -sf "$E2E_DRIVER/status" >/dev/null 2>&1 && break; sleep 0.1; done

# E2E_FILES narrows a run while working on one file (e.g. E2E_FILES=tests/e2e/a11y.test.mjs); the pictures below
# are taken only on a whole run.
node --test --test-concurrency=1 ${E2E_FILES:-tests/e2e/}
[[ -z ${E2E_FILES:-} ]] || exit 0

# Pictures WebDriver cannot take: the window in the dark theme, and the tray menu (the settings
# the tests left behind give it pinned and recent instances). The app must have put its icon
# into the tray.
GTK_THEME=Adwaita:dark "$E2E_APP" >"$out/app-screenshots.log" 2>&1 &
app_pid=$!
pids+=("$app_pid")
window=$(timeout 30 xdotool search --sync --onlyvisible --name '^Connect SSO$' | head -n1)
sleep 3 # the first discovery answers and the list settles
import -window "$window" "$out/main-window-dark.png"
icon=$(xwininfo -root -tree | awk '/"tray-icon tray app main"/ {print $NF; exit}')
[[ -n $icon ]] || { echo "e2e: the app put no icon in the system tray" >&2; exit 1; }
IFS=+ read -r _ icon_x icon_y <<<"$icon"
xdotool mousemove $((icon_x + 15)) $((icon_y + 15)) click 1
sleep 1.5
import -window root -crop 720x320+560+0 "$out/tray-menu.png"
kill "$app_pid" 2>/dev/null || true
echo "e2e: screenshots in $out"
