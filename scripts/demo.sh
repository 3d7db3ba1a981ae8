#!/usr/bin/env bash
# `make demo`: the app against connect-sim (a local Amazon Connect) with a demo AWS profile in a
# temporary directory. No AWS account needed; nothing in your real ~/.aws or keychain is used.
# Clicking "Sign in" opens the sim's "Signed in" page in your browser.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scripts/setup.sh demo
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
npm run --silent build
cargo build --locked -p connect-sso -p connect-sim

demo=$(mktemp -d -t connect-sso-demo.XXXXXX)
sim_pid=""
cleanup() { [[ -n $sim_pid ]] && kill "$sim_pid" 2>/dev/null; rm -rf "$demo"; }
trap cleanup EXIT

"$CARGO_TARGET_DIR/debug/connect-sim" --scenario tests/connect-sim/scenarios/demo.toml > "$demo/sim.out" &
sim_pid=$!
for _ in $(seq 100); do [[ -s $demo/sim.out ]] && break; sleep 0.1; done
endpoint=$(head -n1 "$demo/sim.out")
[[ $endpoint == http://127.0.0.1:* ]] || { echo "demo: connect-sim did not start" >&2; exit 1; }

scripts/demo-profile.sh "$demo" tests/connect-sim/scenarios/demo.toml
export AWS_CONFIG_FILE="$demo/aws-config" AWS_SHARED_CREDENTIALS_FILE="$demo/aws-credentials" \
  AWS_ENDPOINT_URL_CONNECT="$endpoint" AWS_ENDPOINT_URL_STS="$endpoint" \
  AWS_ENDPOINT_URL_SSO="$endpoint" AWS_ENDPOINT_URL_SSO_OIDC="$endpoint" CONNECT_SSO_CONFIG_DIR="$demo/settings" AWS_PROFILE=demo
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_REGION AWS_DEFAULT_REGION
echo "demo: connect-sim on $endpoint; profile 'demo' in $demo"

app=("$CARGO_TARGET_DIR/debug/connect-sso")
# No Secret Service on this session bus: use a private, unlocked gnome-keyring.
if ! dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
     string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
  app=(scripts/with-keyring.sh "${app[@]}")
fi
if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
  echo "demo: no display: running under Xvfb (screenshot with: DISPLAY=:99 import -window root shot.png)"
  app=(xvfb-run -n 99 -s "-screen 0 1280x800x24 -ac" "${app[@]}")
fi
"${app[@]}"
