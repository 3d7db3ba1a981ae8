#!/usr/bin/env bash
# Type-checks the Windows and macOS sides of the OS trust checks (tests/platform-check) from this
# machine: only the Rust standard library of each target is needed, no C toolchain. Where a
# target cannot be installed (no network to the Rust distribution server) it says so and skips.
set -euo pipefail
cd "$(dirname "$0")/.."
for target in x86_64-pc-windows-msvc x86_64-apple-darwin; do
  if ! rustup target list --installed | grep -qx "$target"; then
    if ! rustup target add "$target" >/dev/null 2>&1; then
      echo "platform-check: $target: skipped: its standard library cannot be installed here"
      continue
    fi
  fi
  cargo clippy -p platform-check --target "$target" --all-targets --locked --quiet -- -D warnings
  echo "platform-check: $target: ok"
done
