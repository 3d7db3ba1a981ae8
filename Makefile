# The two commands: `make demo` (the app on a local Amazon Connect) and `make test` (everything).
SHELL := /bin/bash
export CARGO_TARGET_DIR ?= $(CURDIR)/target
export CARGO_TERM_COLOR ?= never

.PHONY: demo test setup ui lint rust-test e2e bindings

demo:
	scripts/demo.sh

test: setup ui lint rust-test e2e
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

# Keychain tests need a Secret Service: every Rust test runs inside a private gnome-keyring.
rust-test: ui
	AWS_CLI=$(CURDIR)/.venv/bin/aws CONNECT_SSO_KEYRING_TESTS=1 \
	  scripts/with-keyring.sh cargo test --workspace --locked

e2e: rust-test
	tests/e2e/run.sh

bindings:
	UPDATE_BINDINGS=1 cargo test -p connect-sso --lib bindings
