#!/usr/bin/env bash
# `make demo` keeps to itself: run inside a stand-in for the person's own session (a HOME, a
# D-Bus session with a login keyring, a default browser), the demo signs in with its plain and
# its IAM Identity Center profile, and afterwards that session has no demo token in its keyring,
# nothing new in its HOME, and its browser received the sign-in hand-off.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
if [[ ${1:-} != --inside-person ]]; then
  exec scripts/with-keyring.sh "$0" --inside-person
fi

# The test build (as the E2E suite uses it): a no-op after `cargo test`.
cargo test --workspace --locked --no-run --quiet 2>/dev/null || cargo test --workspace --locked --no-run
export CONNECT_SSO_DEMO_PREBUILT=1

person_home=$HOME
touch "$person_home/.marker"
before=$(cd "$person_home" && find . | sort)
# The person's default browser (the E2E suite's stand-in: it records what it was launched with,
# follows the hand-off and approves an IAM Identity Center sign-in), wrapped to note the session
# it was started in.
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
cat > "$bin/xdg-open" <<SH
#!/usr/bin/env bash
printf 'home=%s bus=%s\n' "\$HOME" "\$DBUS_SESSION_BUS_ADDRESS" >> "$bin/sessions"
exec "$root/tests/e2e/fake-browser" "\$@"
SH
chmod +x "$bin/xdg-open"
export PATH="$bin:$PATH" E2E_LAUNCHED_URLS="$bin/launched" E2E_OPENED_URLS="$bin/opened" E2E_OUT="$bin"
person_bus=$DBUS_SESSION_BUS_ADDRESS

fail() { echo "demo isolation: $*" >&2; exit 1; }
scripts/demo.sh sign-in --instance 11111111-1111-4111-8111-111111111111 > "$bin/sign-in.out" 2>&1 \
  || fail "the demo's sign-in failed: $(cat "$bin/sign-in.out")"
scripts/demo.sh sso-login --profile demo-sso --use-device-code > "$bin/sso-login.out" 2>&1 \
  || fail "the demo's IAM Identity Center sign-in failed: $(cat "$bin/sso-login.out")"

(( $(wc -l < "$bin/sessions") == 2 )) || fail "the person's browser was not opened twice: $(cat "$bin/sessions" 2>&1)"
if grep -v "^home=$person_home bus=$person_bus$" "$bin/sessions"; then
  fail "the browser was not opened in the person's own session"
fi
grep -q "/sign-in/" "$bin/opened" && grep -q "/device?user_code=" "$bin/opened" \
  || fail "the browser did not land on the demo's pages: $(cat "$bin/opened")"

if secret-tool search --all service com.connectsso.desktop.dev 2>&1 | grep -q .; then
  fail "a demo token reached the person's keyring"
fi
after=$(cd "$person_home" && find . | sort)
[[ $before == "$after" ]] || fail "the person's HOME changed: $(diff <(echo "$before") <(echo "$after"))"
echo "demo isolation: ok (browser opened in the person's session; keyring and HOME untouched)"
