#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring (a real
# Secret Service) and a throwaway HOME, so nothing touches a real keychain or home directory.
# The daemon is killed at the end. Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ ${1:-} == --inside-bus ]]; then
  shift
  # A non-empty password: gnome-keyring creates the login keyring with it and unlocks it.
  eval "$(printf '%s' connect-sso-test-unlock | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  keyring_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
    | awk '/uint32/ {print $2}' || true)
  status=0
  "$@" || status=$?
  if [[ -n $keyring_pid ]]; then kill "$keyring_pid" 2>/dev/null || true; fi
  exit "$status"
fi

# Toolchains keep working with the throwaway HOME.
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}" \
  npm_config_cache="${npm_config_cache:-$HOME/.npm}"
sandbox=$(mktemp -d -t connect-sso-keyring.XXXXXX)
mkdir -p "$sandbox/home" "$sandbox/runtime" "$sandbox/config" "$sandbox/data" "$sandbox/state" \
  "$sandbox/cache"
chmod 700 "$sandbox/runtime"
# A Wayland socket is named relative to XDG_RUNTIME_DIR: keep the session's display reachable.
if [[ -n ${WAYLAND_DISPLAY:-} && $WAYLAND_DISPLAY != /* && -n ${XDG_RUNTIME_DIR:-} ]]; then
  export WAYLAND_DISPLAY="$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY"
fi
export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_CONFIG_HOME="$sandbox/config" \
  XDG_DATA_HOME="$sandbox/data" XDG_STATE_HOME="$sandbox/state" XDG_CACHE_HOME="$sandbox/cache" \
  CONNECT_SSO_KEYRING_SANDBOX="$sandbox"
trap 'rm -rf "$sandbox"' EXIT
status=0
dbus-run-session -- "$0" --inside-bus "$@" || status=$?
exit "$status"
