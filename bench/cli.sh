#!/usr/bin/env bash
# CLI whole process: `connect-sso sign-in --no-open --json` against `aws connect
# get-federation-token` (the AWS CLI from .venv), same connect-sim, same profile, runs
# interleaved (order alternating per pair). Prints each pair's ratio and the median.
# Usage: bench/cli.sh [PAIRS]   (run by `make bench`, inside a private keyring)
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-15}
target=${CARGO_TARGET_DIR:-target}
app=$target/release/connect-sso
sim=$target/release/connect-sim
aws=.venv/bin/aws
for tool in "$app" "$sim" "$aws"; do
  [[ -x $tool ]] || { echo "bench/cli.sh: $tool is missing (make bench builds it)" >&2; exit 1; }
done

work=$(mktemp -d -t connect-sso-bench.XXXXXX)
sim_pid=""
cleanup() { [[ -n $sim_pid ]] && kill "$sim_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
"$sim" --scenario tests/connect-sim/scenarios/demo.toml >"$work/sim.out" 2>/dev/null &
sim_pid=$!
for _ in $(seq 100); do [[ -s $work/sim.out ]] && break; sleep 0.05; done
endpoint=$(head -n1 "$work/sim.out")
scripts/demo-profile.sh "$work" tests/connect-sim/scenarios/demo.toml >/dev/null
export AWS_CONFIG_FILE="$work/aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/aws-credentials" \
  AWS_ENDPOINT_URL_CONNECT="$endpoint" AWS_ENDPOINT_URL_STS="$endpoint" \
  CONNECT_SSO_CONFIG_DIR="$work/settings" CONNECT_SSO_POLICY_FILE="$work/none.json" \
  AWS_PROFILE=demo AWS_PAGER="" CONNECT_SSO_LOG=error
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_REGION AWS_DEFAULT_REGION AWS_ENDPOINT_URL
instance=11111111-1111-4111-8111-111111111111

ours() { "$app" sign-in --profile demo --instance "$instance" --no-open --json >/dev/null; }
theirs() { "$aws" connect get-federation-token --instance-id "$instance" --profile demo --output json >/dev/null; }
ms() { # COMMAND: wall time of one run in ms (3 decimals)
  local start end
  start=$(date +%s%N); "$@"; end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1000000 }'
}
# Warm the page cache and the sim once each.
ours; theirs

ratios=() ours_ms=() theirs_ms=()
for ((i = 1; i <= pairs; i++)); do
  if ((i % 2)); then a=$(ms ours); b=$(ms theirs); else b=$(ms theirs); a=$(ms ours); fi
  ours_ms+=("$a") theirs_ms+=("$b")
  ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", b / a }')")
  printf 'pair %2d: connect-sso %8.1f ms   aws cli %8.1f ms   ratio %6.1f×\n' "$i" "$a" "$b" "${ratios[-1]}"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
printf 'cli: connect-sso sign-in --no-open --json p50 %.1f ms; aws connect get-federation-token p50 %.1f ms; median ratio %.1f× (target ≥ 40×) — method: %d interleaved pairs, whole processes, release build, same connect-sim, private keyring\n' \
  "$(median "${ours_ms[@]}")" "$(median "${theirs_ms[@]}")" "$(median "${ratios[@]}")" "$pairs"
