#!/usr/bin/env bash
# Writes an AWS config + credentials file into DIR with a profile `demo` holding the first
# access key of a connect-sim scenario. Usage: scripts/demo-profile.sh DIR SCENARIO.toml
set -euo pipefail
dir=$1 scenario=$2
key=$(awk -F'"' '/^access_key_id/ {print $2; exit}' "$scenario")
secret=$(awk -F'"' '/^secret_access_key/ {print $2; exit}' "$scenario")
region=$(awk -F'"' '/^region/ {print $2; exit}' "$scenario")
mkdir -p "$dir"
printf '[profile demo]\nregion = %s\n' "${region:-us-east-1}" > "$dir/aws-config"
# An IAM Identity Center profile too, when the scenario has a start URL: signing in with it runs
# the device flow (the sim's own approval page opens in the browser).
start_url=$(awk -F'"' '/^start_url/ {print $2; exit}' "$scenario")
if [[ -n $start_url ]]; then
  account=$(awk -F'"' '/^account = / {print $2; exit}' "$scenario")
  printf '\n[sso-session demo]\nsso_start_url = %s\nsso_region = us-east-1\n\n[profile demo-sso]\nsso_session = demo\nsso_account_id = %s\nsso_role_name = ConnectAgent\nregion = us-east-1\n' \
    "$start_url" "$account" >> "$dir/aws-config"
fi
printf '[demo]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$key" "$secret" > "$dir/aws-credentials"
chmod 600 "$dir/aws-credentials"
