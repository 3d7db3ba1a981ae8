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
printf '[demo]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$key" "$secret" > "$dir/aws-credentials"
chmod 600 "$dir/aws-credentials"
