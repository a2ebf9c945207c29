#!/usr/bin/env bash
# Records which precompiled methods the API runs, and writes them as the profile that orders the Lambda artifact's
# composite image (src/WebApi/Properties/PublishProfiles/Lambda.mibc; ADR 0019).
#
#   build/profile-hot-code.sh          (PROFILE_SECONDS=20: the seconds of load per scenario)
#
# It publishes the app as build/package.sh does, starts the local stack with 10,000 seeded students, runs the app
# with an EventPipe trace of its ReadyToRun lookups under a load of every hot route (page 1 and a search, a student,
# a transcript, a roster, a create, a score), stops it, and turns the trace into the profile with tools/HotCodeProfile.
# Run it again when the app's request paths change a lot: a method the profile does not name still runs, from the
# cold end of the image, and only costs memory. Tools: wrk (Debian's package, installed when missing).
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=profile-hot-code.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CS_REPO_ROOT"

work="$CS_REPO_ROOT/.local/profile"
profile="$CS_REPO_ROOT/src/WebApi/Properties/PublishProfiles/Lambda.mibc"
bench_dir="$CS_REPO_ROOT/tests/Benchmarks"
seconds_per_scenario=${PROFILE_SECONDS:-20}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

app_pid=
cleanup() {
  trap - EXIT INT TERM
  [[ -z $app_pid ]] || kill -KILL "$app_pid" 2>/dev/null || true
  "$CS_REPO_ROOT/build/stack.sh" down "$work/stack" --wipe >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v wrk >/dev/null || apt_install wrk
rm -rf "$work"
mkdir -p "$work"

log "publishing the app with the Lambda profile, and the profile tool"
dotnet publish src/WebApi -p:PublishProfile=Lambda -o "$work/publish" >"$work/publish.log" 2>&1 \
  || { tail -n 30 "$work/publish.log" >&2; die "publishing the app failed"; }
dotnet build -c Release tools/HotCodeProfile -o "$work/tool" >"$work/tool.log" 2>&1 \
  || { tail -n 30 "$work/tool.log" >&2; die "building tools/HotCodeProfile failed"; }

"$CS_REPO_ROOT/build/stack.sh" up "$work/stack" --owner-pid $$
# shellcheck disable=SC1091
source "$work/stack/stack.env"
# shellcheck source-path=SCRIPTDIR source=lib/load.sh
source "$CS_REPO_ROOT/build/lib/load.sh"
app_env=("${stack_app_env[@]}" "${function_env[@]}" "ConnectionStrings__Database=$PG_CONNECTION_STRING")
port=$(free_port)
url=http://127.0.0.1:$port

# start_app [VAR=value...]: the published app in the background, until it answers.
start_app() {
  env "${app_env[@]}" "$@" "$work/publish/CleanStudents.WebApi" --urls "$url" >>"$work/app.log" 2>&1 &
  app_pid=$!
  wait_for 120 curl -sf -o /dev/null "$url/health/live" || { tail -n 30 "$work/app.log" >&2; die "the app did not start within 120s"; }
}

# stop_app: SIGTERM, so that the runtime writes the end of its trace.
stop_app() {
  kill -TERM "$app_pid"
  wait "$app_pid" || true
  app_pid=
}

log "migrating and seeding 10,000 students"
start_app Database__MigrateOnStartup=true
stop_app
psql_db cleanstudents -v first=1 -v last=10000 -f "$bench_dir/seed.sql"
psql_db cleanstudents -v students=10000 -f "$bench_dir/seed-enrollments.sql"
psql_db cleanstudents -c "VACUUM ANALYZE"
student_id=$(psql_db cleanstudents -At -c "SELECT id FROM students WHERE student_number = 'S000005000'")
class_id=$(psql_db cleanstudents -At -c "SELECT md5('class-1')::uuid")
search_term=$(psql_db cleanstudents -At -c "SELECT lower(last_name) FROM students WHERE student_number = 'S000000001'")
psql_db cleanstudents -At -F ' ' -c "SELECT class_id, student_id FROM enrollments
  WHERE class_id IN (SELECT md5('class-' || c)::uuid FROM generate_series(1, 5) AS c) ORDER BY student_id" >"$work/enrollments"
token=$(admin_token)

# The runtime's events for what tools/HotCodeProfile reads: Loader (0x8: the files), Jit (0x10), Type (0x80000),
# CompilationDiagnostic (0x2000000000: R2RGetEntryPoint), MethodDiagnostic and TypeDiagnostic (0xC000000000: the exact
# instantiations), verbose.
log "tracing the app under load, ${seconds_per_scenario}s per scenario"
start_app DOTNET_EnableEventPipe=1 "DOTNET_EventPipeOutputPath=$work/trace.nettrace" DOTNET_EventPipeCircularMB=1024 \
  DOTNET_EventPipeConfig=Microsoft-Windows-DotNETRuntime:0xE000080018:5
load() {
  wrk -t2 -c16 -d"${seconds_per_scenario}s" --timeout 10s -s "$bench_dir/wrk/api.lua" "$url" -- "$@" | grep '^requests=' \
    || die "wrk $1 failed"
}
load readwrite "$token" "$work/enrollments" xprofile
load list "$token" "$search_term"
load transcript "$token" "$student_id"
load roster "$token" "$class_id"
load mixed "$token" "$student_id"
stop_app

"$work/tool/CleanStudents.HotCodeProfile" "$work/trace.nettrace" "$profile"
log "wrote $profile"
