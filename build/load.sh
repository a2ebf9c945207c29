#!/usr/bin/env bash
# The full-size load run: 200 concurrent clients mixing reads and writes for 60 s, on loopback,
# against a throwaway stack; prints statuses, req/s and p50/p99 and fails on any 5xx or lost write.
#
#   build/load.sh [CLIENTS] [SECONDS]      (defaults 200 60; CI runs the same test at 50 x 5 s)
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=load.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CS_REPO_ROOT"

export LOAD_CLIENTS=${1:-200} LOAD_SECONDS=${2:-60}
log "load run: $LOAD_CLIENTS clients for $LOAD_SECONDS s (Release build)"
dotnet test tests/WebApi.AcceptanceTests -c Release --nologo \
  --filter "FullyQualifiedName~Reliability.LoadTests" --logger "console;verbosity=detailed" 2>&1 \
  | grep -E '^ *(Load \(|Passed |Failed |Total tests|Expected)' | grep -v '^ *{' | sed 's/^ *//' | sort -u
