#!/usr/bin/env bash
# The AWS templates IT deploys (deploy/aws): cfn-lint, parliament, and the policies equal in the
# template, the JSON files and docs/aws-setup.md. Needs .venv-lint (scripts/setup.sh test).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x .venv-lint/bin/cfn-lint ]] || { echo "aws-lint: .venv-lint is missing (scripts/setup.sh test)" >&2; exit 1; }
exec .venv-lint/bin/python scripts/aws-lint.py
