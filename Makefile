# The two commands: `make demo` (the app on a local Amazon Connect) and `make test` (everything).
SHELL := /bin/bash
export CARGO_TARGET_DIR ?= $(CURDIR)/target
export CARGO_TERM_COLOR ?= never

.PHONY: demo test setup ui lint rust-test e2e bindings fuzz supply-chain

demo:
	scripts/demo.sh

test: setup ui lint supply-chain rust-test e2e
	@echo "make test: all green"

setup:
	scripts/setup.sh test

ui: setup
	npm run --silent typecheck
	npm test --silent
	npm run --silent build

lint: ui
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings

# cargo deny and npm audit; a check without its database says "skipped: no database".
supply-chain: setup
	scripts/supply-chain.sh

# Keychain tests need a Secret Service: every Rust test runs inside a private gnome-keyring.
rust-test: ui
	AWS_CLI=$(CURDIR)/.venv/bin/aws CONNECT_SSO_KEYRING_TESTS=1 \
	  scripts/with-keyring.sh cargo test --workspace --locked

e2e: rust-test
	tests/e2e/run.sh

# Not in CI: each fuzz target runs for FUZZ_SECONDS (default 60). cargo fuzz needs nightly
# features; RUSTC_BOOTSTRAP lets the stable toolchain provide them.
FUZZ_SECONDS ?= 60
fuzz:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && for target in sign_in_url instance_ref settings deep_link; do \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir . $$target -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done

bindings:
	UPDATE_BINDINGS=1 cargo test -p connect-sso --lib bindings
