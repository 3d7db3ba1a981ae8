#!/usr/bin/env bash
# Installs what building and testing Connect SSO needs, idempotently: Debian packages, npm
# packages (npm ci), the AWS CLI in .venv (conformance tests), cfn-lint and parliament in
# .venv-lint (the AWS templates) and tauri-driver (E2E).
# Usage: scripts/setup.sh [build|test]   (test = build + the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-test}"

# The tools the tests run, at the versions they were written against.
AWSCLI_VERSION=1.46.3
# The linters of the AWS templates IT deploys (deploy/aws), in a venv of their own: parliament
# pulls boto3, whose botocore must not move under the pinned AWS CLI.
CFN_LINT_VERSION=1.58.0
PARLIAMENT_VERSION=1.6.4
TAURI_DRIVER_VERSION=2.1.0

build_packages=(libwebkit2gtk-4.1-dev libayatana-appindicator3-dev build-essential pkg-config file libssl-dev libdbus-1-dev)
# python3-venv: the AWS CLI's and the AWS linters' venvs (a fresh Debian has no python3 -m venv);
# fonts-ipafont-gothic: the Japanese screenshot; python3-pyatspi + at-spi2-core: what a screen reader reads (E2E).
test_packages=(python3-venv tinyproxy-bin xvfb xauth xdotool x11-utils trayer imagemagick webkit2gtk-driver gnome-keyring dbus-x11 libsecret-tools curl desktop-file-utils fonts-ipafont-gothic python3-pyatspi at-spi2-core)
demo_packages=(xvfb gnome-keyring dbus-x11 xdg-utils)

packages=("${build_packages[@]}")
case "$what" in
  test) packages+=("${test_packages[@]}") ;;
  demo) packages+=("${demo_packages[@]}") ;;
esac

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=(); [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v cargo >/dev/null || { echo "setup: Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2; exit 1; }
command -v npm >/dev/null || { echo "setup: Node.js 20.19+ and npm are missing: install them (e.g. from NodeSource), then run this again." >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || { echo "setup: Node.js $(node --version) is too old: Vite needs 20.19 or newer." >&2; exit 1; }

# npm ci only when the lock file changed since the last install.
stamp=node_modules/.package-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

if [[ $what == test ]]; then
  if [[ $(.venv/bin/pip show awscli 2>/dev/null | sed -n 's/^Version: //p') != "$AWSCLI_VERSION" ]]; then
    echo "setup: AWS CLI $AWSCLI_VERSION into .venv"
    [[ -x .venv/bin/pip ]] || python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check "awscli==$AWSCLI_VERSION"
  fi
  installed() { .venv-lint/bin/pip show "$1" 2>/dev/null | sed -n 's/^Version: //p'; }
  if [[ $(installed cfn-lint) != "$CFN_LINT_VERSION" || $(installed parliament) != "$PARLIAMENT_VERSION" ]]; then
    echo "setup: cfn-lint $CFN_LINT_VERSION and parliament $PARLIAMENT_VERSION into .venv-lint"
    [[ -x .venv-lint/bin/pip ]] || python3 -m venv .venv-lint
    .venv-lint/bin/pip install --quiet --disable-pip-version-check \
      "cfn-lint==$CFN_LINT_VERSION" "parliament==$PARLIAMENT_VERSION"
  fi
  if [[ $(cargo install --list | sed -n 's/^tauri-driver v\([0-9.]*\):$/\1/p') != "$TAURI_DRIVER_VERSION" ]]; then
    echo "setup: cargo install tauri-driver $TAURI_DRIVER_VERSION"
    cargo install tauri-driver --version "=$TAURI_DRIVER_VERSION" --locked --quiet
  fi
fi
