#!/usr/bin/env bash
# The Lambda scale-out drill: 8 app instances, each with its own Npgsql pool, against a PostgreSQL
# with max_connections = 40 — with the stage's pool size (3) directly, and with pool 10 through
# PgBouncer in transaction mode (RDS Proxy's local stand-in). Fails when a client sees a 5xx.
#
#   build/scaleout.sh [CLIENTS] [SECONDS]  (defaults 200 60; CI runs the same test at 64 x 5 s)
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=scaleout.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CS_REPO_ROOT"

export SCALEOUT_CLIENTS=${1:-200} SCALEOUT_SECONDS=${2:-60}
log "scale-out drill: $SCALEOUT_CLIENTS clients for $SCALEOUT_SECONDS s per variant (Release build)"
dotnet test tests/WebApi.AcceptanceTests -c Release --nologo \
  --filter "FullyQualifiedName~Reliability.ScaleOutTests" --logger "console;verbosity=detailed" 2>&1 \
  | grep -E '^ *(Scale-out \(|Passed |Failed |Total tests|Expected)' | grep -v '^ *{' | sed 's/^ *//' | sort -u
