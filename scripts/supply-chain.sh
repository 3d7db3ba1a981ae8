#!/usr/bin/env bash
# Supply-chain checks. cargo deny: bans, licenses and sources always; advisories against the live
# RustSec database when it can be fetched, else against a snapshot of it (CONNECT_SSO_ADVISORY_DB,
# else ../shared/advisory-db beside the project), saying which and how old. npm audit (high and
# above) when the registry's audit endpoint answers. A check that cannot run prints
# "skipped: no database" and why: it never passes silently.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DENY_VERSION=0.20.2
installed() { cargo install --list | sed -n "s/^$1 v\([0-9.]*\):\$/\1/p"; }
[[ $(installed cargo-deny) == "$CARGO_DENY_VERSION" ]] \
  || cargo install cargo-deny --version "=$CARGO_DENY_VERSION" --locked --quiet
cargo deny --log-level error check bans licenses sources
echo "supply-chain: cargo deny bans licenses sources: ok"

# The database folder cargo-deny reads under DB_PATH (its name is a hash of the database URL):
# learned from the path it reports missing.
wanted_db() {
  cargo deny --config "$1" --offline --log-level error check advisories 2>&1 \
    | grep -o "$2/advisory-db-[0-9a-f]*" | head -n1 || true
}
age_days() { echo $(( ($(date +%s) - $(date -d "$1" +%s)) / 86400 )); }

snapshot=""
for candidate in "${CONNECT_SSO_ADVISORY_DB:-}" ../shared/advisory-db; do
  if [[ -n $candidate && -f $candidate/SNAPSHOT && -d $candidate/crates ]]; then snapshot=$candidate; break; fi
done

if cargo deny --log-level error fetch db >/dev/null 2>&1; then
  cargo deny --log-level error --offline check advisories
  live=$(find "${CARGO_HOME:-$HOME/.cargo}/advisory-dbs" -maxdepth 1 -name 'advisory-db-*' -type d | head -n1)
  committed=$(git -C "$live" log -1 --format=%cI 2>/dev/null || echo "")
  echo "supply-chain: cargo deny advisories: ok (the live RustSec database${committed:+, last commit $committed, $(age_days "$committed") days old})"
elif [[ -n $snapshot ]]; then
  # cargo-deny reads a database as a git checkout: a private copy of the snapshot with one
  # commit dated as the snapshot's, in a throwaway db-path, never in the real one.
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  sed "s|^\[advisories\]\$|[advisories]\ndb-path = \"$work/dbs\"|" deny.toml >"$work/deny.toml"
  db=$(wanted_db "$work/deny.toml" "$work/dbs")
  [[ -n $db ]] || { echo "supply-chain: cannot tell where cargo-deny $CARGO_DENY_VERSION reads its database" >&2; exit 1; }
  committed=$(sed -n 's/.*committed \([0-9T:+-]*\)\..*/\1/p' "$snapshot/SNAPSHOT" | head -n1)
  commit=$(sed -n 's/^commit \([0-9a-f]*\),.*/\1/p' "$snapshot/SNAPSHOT" | head -n1)
  mkdir -p "$db"
  cp -R "$snapshot/." "$db/"
  git -C "$db" init -q
  git -C "$db" add -A
  GIT_AUTHOR_DATE="$committed" GIT_COMMITTER_DATE="$committed" \
    git -C "$db" -c user.name=snapshot -c user.email=snapshot@localhost commit -qm "RustSec advisory-db $commit"
  cargo deny --config "$work/deny.toml" --offline --log-level error check advisories
  echo "supply-chain: cargo deny advisories: ok (a snapshot of the RustSec database, commit ${commit:0:12} of $committed, $(age_days "$committed") days old: the live one cannot be fetched from this machine)"
else
  echo "supply-chain: cargo deny advisories: skipped: no database (the RustSec advisory database cannot be fetched from this machine, and no snapshot is at \$CONNECT_SSO_ADVISORY_DB or ../shared/advisory-db)"
fi

audit_log=$(mktemp)
trap 'rm -f "$audit_log"; [[ -n ${work:-} ]] && rm -rf "$work"' EXIT
if npm audit --audit-level=high >"$audit_log" 2>&1; then
  echo "supply-chain: npm audit (high): ok"
elif grep -q "audit endpoint returned an error\|ENOTFOUND\|ECONNREFUSED\|EAI_AGAIN" "$audit_log"; then
  echo "supply-chain: npm audit: skipped: no database (the registry's audit endpoint did not answer: $(grep -m1 -o '[0-9]\{3\} [A-Za-z ]*- POST' "$audit_log" || echo unreachable))"
else
  cat "$audit_log"
  echo "supply-chain: npm audit found high or critical advisories" >&2
  exit 1
fi
