#!/usr/bin/env bash
# `make demo`: the app against connect-sim (a local Amazon Connect) with a demo AWS profile in a
# temporary directory. No AWS account needed. The app runs in its own HOME and XDG directories,
# with its own D-Bus session and keyring: nothing in your real ~/.aws (the IAM Identity Center
# token cache included), keychain, settings or logs is read or written. Clicking "Sign in" opens
# the sim's "Signed in" page in your own browser session (scripts/demo-open/xdg-open).
# With arguments, runs the CLI in the same demo world instead of the window:
#   scripts/demo.sh sign-in --instance 11111111-1111-4111-8111-111111111111
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
# The demo's own test runs it on the test build (same binaries, no second feature set to compile).
if [[ -z ${CONNECT_SSO_DEMO_PREBUILT:-} ]]; then
  scripts/setup.sh demo
  npm run --silent build
  cargo build --locked -p connect-sso-desktop -p connect-sim
fi

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
# The sim is on loopback: never through a proxy the person's environment names.
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_REGION AWS_DEFAULT_REGION
echo "demo: connect-sim on $endpoint; profile 'demo' in $demo"

# The person's own session, for the browser only (scripts/demo-open/xdg-open restores it).
for name in HOME XDG_RUNTIME_DIR XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME XDG_CACHE_HOME \
            DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY; do
  if [[ -n ${!name+set} ]]; then export "CONNECT_SSO_DEMO_ORIGINAL_$name=${!name}"; fi
done
if real_open=$(command -v xdg-open); then
  export CONNECT_SSO_DEMO_XDG_OPEN="$real_open" PATH="$root/scripts/demo-open:$PATH"
fi
# Always a private D-Bus session with its own unlocked gnome-keyring and a throwaway HOME, even
# on a desktop with a keyring: the demo's tokens never reach the login keyring.
app=(scripts/with-keyring.sh "$CARGO_TARGET_DIR/debug/connect-sso")
if (( $# > 0 )); then
  status=0
  "${app[@]}" "$@" || status=$?
  exit "$status"
fi
if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
  echo "demo: no display: running under Xvfb (screenshot with: DISPLAY=:99 import -window root shot.png)"
  app=(xvfb-run -n 99 -s "-screen 0 1280x800x24 -ac" "${app[@]}")
fi
"${app[@]}"
