#!/usr/bin/env bash
# One cold start for build/bench.sh (run by hyperfine): starts a published app, waits for the
# first 200 on an authenticated, database-backed GET, then kills it.
#   coldstart.sh <executable> <base-url> <path> <token-file>
set -euo pipefail
exe=$1 base=$2 path=$3
token=$(<"$4")
# Lambda runs the handler in its task root: appsettings.json is found there, and nothing else is.
cd "$(dirname "$exe")"
"$exe" --urls "$base" >/dev/null 2>&1 &
pid=$!
trap 'kill -KILL "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
until [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base$path" || true) == 200 ]]; do
  kill -0 "$pid" 2>/dev/null || { echo "coldstart: $exe exited before answering" >&2; exit 1; }
  sleep 0.005
done
