#!/usr/bin/env bash
# The full-size load runs, on loopback, against a throwaway stack: 200 concurrent clients mixing reads
# and writes for 60 s (prints statuses, req/s and p50/p99; fails on any 5xx or lost write), then 20
# creates/s for 60 s timing each create -> invitation "sent", and 20 enrollments/s for 60 s timing each
# enrollment -> the lecturer's notification (each fails above a 5 s p95).
#
#   build/load.sh [CLIENTS] [SECONDS] [PER_SECOND]   (defaults 200 60 20; CI: 50 x 5 s, 10/s x 5 s)
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=load.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CS_REPO_ROOT"

export LOAD_CLIENTS=${1:-200} LOAD_SECONDS=${2:-60} INVITE_RATE=${3:-20} INVITE_SECONDS=${2:-60}
log "load run: $LOAD_CLIENTS clients for $LOAD_SECONDS s, then $INVITE_RATE creates and enrollments/s for $INVITE_SECONDS s (Release build)"
dotnet test tests/WebApi.AcceptanceTests -c Release --nologo \
  --filter "FullyQualifiedName~Reliability.LoadTests|FullyQualifiedName~Reliability.InvitationLatencyTests" \
  --logger "console;verbosity=detailed" 2>&1 \
  | grep -E '^ *(Load \(|Invitations \(|Notifications \(|Passed |Failed |Total tests|Expected)' | grep -v '^ *{' | sed 's/^ *//' | sort -u
