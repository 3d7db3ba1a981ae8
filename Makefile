# The two commands: `make demo` (the app on a local Amazon Connect) and `make test` (everything).
SHELL := /bin/bash
export CARGO_TARGET_DIR ?= $(CURDIR)/target
export CARGO_TERM_COLOR ?= never

.PHONY: demo test test-live setup ui lint rust-test demo-test e2e package package-test bindings fuzz supply-chain

demo:
	scripts/demo.sh

test: setup ui lint supply-chain rust-test demo-test e2e package-test
	@echo "make test: all green"

setup:
	scripts/setup.sh test

ui: setup
	npm run --silent typecheck
	npm test --silent
	npm run --silent build

lint: ui
	node scripts/lint-workflows.mjs
	scripts/aws-lint.sh
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	scripts/platform-check.sh

# cargo deny and npm audit; a check without its database says "skipped: no database".
supply-chain: setup
	scripts/supply-chain.sh

# Keychain tests need a Secret Service: every Rust test runs inside a private gnome-keyring.
rust-test: ui
	AWS_CLI=$(CURDIR)/.venv/bin/aws CONNECT_SSO_KEYRING_TESTS=1 \
	  scripts/with-keyring.sh cargo test --workspace --locked

# The real Amazon Connect, with CONNECT_SSO_LIVE_PROFILE and CONNECT_SSO_LIVE_INSTANCE set (else it
# says "skipped: no live account"): the shape of the real answers, never a token.
test-live:
	cargo test -p connect-sso-desktop --locked --test live -- --nocapture

# `make demo` keeps to itself: its tokens, SSO cache and settings never reach the person's own.
demo-test: rust-test
	tests/demo/run.sh

e2e: rust-test
	tests/e2e/run.sh

# The release .deb and .rpm (Tauri's own bundlers: no dpkg-buildpackage or rpmbuild needed),
# copied into dist/ under their usual names, the .deb recompressed with xz as Debian's are.
# AppImage, MSI, NSIS and DMG: see README "Install".
BUNDLE_DIR = $(CARGO_TARGET_DIR)/release/bundle
VERSION := $(shell sed -n 's/^  "version": "\(.*\)",$$/\1/p' src-tauri/tauri.conf.json)
DEB_ARCH := $(shell dpkg --print-architecture)
RPM_ARCH := $(shell uname -m)
DEB = dist/connect-sso_$(VERSION)_$(DEB_ARCH).deb
RPM = dist/connect-sso-$(VERSION)-1.$(RPM_ARCH).rpm
package:
	scripts/setup.sh build
	$(MAKE) --no-print-directory ui/dist/index.html
	npx tauri build --ci --bundles deb,rpm --config '{"build":{"beforeBuildCommand":null}}' -- --locked
	mkdir -p dist
	cp "$(BUNDLE_DIR)/deb/Connect SSO_$(VERSION)_$(DEB_ARCH).deb" $(DEB)
	scripts/repack-deb.sh $(DEB)
	cp "$(BUNDLE_DIR)/rpm/Connect SSO-$(VERSION)-1.$(RPM_ARCH).rpm" $(RPM)
	@echo "package: $(CURDIR)/$(DEB)"
	@echo "package: $(CURDIR)/$(RPM)"

# The UI bundle, rebuilt only when its sources change: the binary embeds ui/dist, so rewriting it
# (vite empties it on every build) would make cargo rebuild the release binary each time.
UI_INPUTS := $(shell find ui/src ui/index.html ui/vite.config.ts ui/tsconfig.json -type f 2>/dev/null) package-lock.json
ui/dist/index.html: $(UI_INPUTS)
	npm run --silent build

# Unpacks the .deb (and lists the .rpm) and checks what an install would put on disk.
package-test: package
	tests/package/run.sh $(DEB) $(RPM)

# Not in CI: each fuzz target runs for FUZZ_SECONDS (default 60). cargo fuzz needs nightly
# features; RUSTC_BOOTSTRAP lets the stable toolchain provide them.
FUZZ_SECONDS ?= 60
CARGO_FUZZ_VERSION = 0.13.2
fuzz:
	[[ $$(cargo install --list | sed -n 's/^cargo-fuzz v\([0-9.]*\):$$/\1/p') == $(CARGO_FUZZ_VERSION) ]] \
	  || cargo install cargo-fuzz --version "=$(CARGO_FUZZ_VERSION)" --locked
	cd fuzz && for target in sign_in_url instance_ref settings deep_link handoff_request; do \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir . $$target -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done

# Not in CI: the performance figures of the README's Performance section, each with its method.
# Release builds (the packaged app, connect-sim, the blank Tauri baseline), a private keyring.
bench: package
	scripts/setup.sh test
	cargo build --release --locked -p connect-sim -p blank-tauri --features blank-tauri/custom-protocol
	CONNECT_SSO_KEYRING_TESTS=1 scripts/with-keyring.sh cargo bench --locked -p connect-sso-core --bench perf
	scripts/with-keyring.sh bench/cli.sh
	scripts/with-keyring.sh bench/startup.sh
	scripts/with-keyring.sh bench/web-memory.sh
	bench/size.sh

bindings:
	UPDATE_BINDINGS=1 cargo test -p connect-sso-desktop --lib bindings
