#!/usr/bin/env bash
# Runs every test project against one shared throwaway stack (PostgreSQL + cognito-local):
# the .NET test projects, then the TypeScript client's tests against the API on that stack.
#
#   build/test.sh [FILTER]      FILTER goes to `dotnet test --filter` (and skips the TypeScript tests)
#   build/test.sh --web         only the TypeScript tests: the client's and the console's browser
#                               tests (the solution is still built)
#
# The last line is always `Tests: N passed, N failed, N skipped`. The exit code is non-zero
# when a test failed, a project did not build, or a test run crashed (counted as one failure).
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=test.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=lib/api.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/api.sh"
cd "$CS_REPO_ROOT"

web_only=0
if [[ ${1:-} == --web ]]; then
  web_only=1
  shift
fi
filter=${1:-}
started=$SECONDS
results_dir="$CS_REPO_ROOT/TestResults"
rm -rf -- "$results_dir"
mkdir -p "$results_dir"

total_passed=0
total_failed=0
total_skipped=0
summary=()

api_pid=
console_pid=
finish() {
  local rc=$?
  stop_group "$console_pid"
  stop_group "$api_pid"
  if [[ -n ${stack_dir:-} ]]; then
    "$CS_REPO_ROOT/build/stack.sh" down "$stack_dir" --wipe || true
    rm -rf -- "$stack_dir"
  fi
  if ((${#summary[@]})); then
    printf '%s\n' "${summary[@]}"
  fi
  ((total_failed > 0 || rc == 0)) || total_failed=1
  echo "Tests: $total_passed passed, $total_failed failed, $total_skipped skipped"
  if ((total_failed > 0)); then exit 1; fi
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Test projects: tests/**/*.csproj that say IsTestProject=true or whose name ends in Tests.
projects=()
while IFS= read -r csproj; do
  if grep -qi '<IsTestProject>[[:space:]]*true' "$csproj" || [[ $(basename "$csproj" .csproj) == *Tests ]]; then
    projects+=("$csproj")
  fi
done < <(find tests -name '*.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort)
((${#projects[@]})) || die "no test projects under tests/"

# One shared stack for every project; the fixtures read it from the environment.
stack_dir=$(mktemp -d -t cleanstudents-test.XXXXXX)
"$CS_REPO_ROOT/build/stack.sh" up "$stack_dir" --owner-pid $$
set -a
# shellcheck disable=SC1091
source "$stack_dir/stack.env"
set +a

# Build once. If the solution does not build, build each test project on its own so the
# ones that do build still run, and count each one that does not as a failure.
build_log="$results_dir/build.log"
declare -A build_failed=()
solution_built=1
log "building (Release)"
if ! dotnet build -c Release -nologo -clp:ErrorsOnly >"$build_log" 2>&1; then
  solution_built=0
  log "the solution does not build; building the test projects one by one"
  grep -E ': error ' "$build_log" | sort -u | head -n 30 >&2 || true
  for csproj in "${projects[@]}"; do
    name=$(basename "$csproj" .csproj)
    if ! dotnet build "$csproj" -c Release -nologo -clp:ErrorsOnly >"$results_dir/build-$name.log" 2>&1; then
      build_failed[$name]=1
    fi
  done
fi

# Reads one attribute of the Counters element of a TRX file.
trx_counter() {
  local value
  value=$(grep -o "<Counters [^>]*" "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]\+' || true)
  printf '%s\n' "${value:-0}"
}

((web_only == 0)) || projects=()
for csproj in "${projects[@]}"; do
  name=$(basename "$csproj" .csproj)
  if [[ -n ${build_failed[$name]:-} ]]; then
    summary+=("$(printf '  %-34s build failed (see %s)' "$name" "${results_dir#"$CS_REPO_ROOT"/}/build-$name.log")")
    total_failed=$((total_failed + 1))
    continue
  fi
  log "testing $name"
  project_started=$SECONDS
  out_dir="$results_dir/$name"
  args=(test "$csproj" -c Release --no-build --nologo --results-directory "$out_dir"
    --logger "trx;LogFileName=$name.trx")
  [[ -z $filter ]] || args+=(--filter "$filter")
  rc=0
  dotnet "${args[@]}" >"$results_dir/$name.log" 2>&1 || rc=$?
  trx="$out_dir/$name.trx"
  seconds=$((SECONDS - project_started))
  if [[ ! -f $trx ]]; then
    tail -n 30 "$results_dir/$name.log" >&2 || true
    summary+=("$(printf '  %-34s crashed, no results (exit %s, %ss; see %s)' "$name" "$rc" "$seconds" "${results_dir#"$CS_REPO_ROOT"/}/$name.log")")
    total_failed=$((total_failed + 1))
    continue
  fi
  passed=$(trx_counter "$trx" passed)
  failed=$(($(trx_counter "$trx" failed) + $(trx_counter "$trx" error) + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted)))
  # VSTest leaves notExecuted at 0 for ignored NUnit tests; whatever neither passed nor failed was skipped.
  skipped=$(($(trx_counter "$trx" total) - passed - failed))
  ((skipped >= 0)) || skipped=0
  note=''
  if ((rc != 0 && failed == 0)); then
    # Non-zero exit without a failed test: the run crashed or aborted.
    failed=1
    note=" (exit $rc without a failed test: crashed?)"
    tail -n 30 "$results_dir/$name.log" >&2 || true
  elif ((failed > 0)); then
    grep -E '^\s*(Failed|Error Message:|  [A-Z])' "$results_dir/$name.log" | head -n 40 >&2 || true
  fi
  summary+=("$(printf '  %-34s %d passed, %d failed, %d skipped (%ss)%s' "$name" "$passed" "$failed" "$skipped" "$seconds" "$note")")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
done

# Reads one `# <name> N` count of a TAP report of node's test runner.
tap_counter() {
  local value
  value=$(grep -E "^# $2 [0-9]+$" "$1" | tail -n 1 | grep -o '[0-9]\+' || true)
  printf '%s\n' "${value:-0}"
}

# Runs a node test suite that writes TAP to stdout (in directory $2) and adds its counts.
run_tap_suite() {
  local name=$1 dir=$2 rc=0 suite_started=$SECONDS
  shift 2
  local tap="$results_dir/$name.tap" suite_log="$results_dir/$name.log"
  log "testing $name"
  (cd "$dir" && "$@") >"$tap" 2>"$suite_log" || rc=$?
  local seconds=$((SECONDS - suite_started))
  if ! grep -qE '^# pass [0-9]+$' "$tap"; then
    tail -n 30 "$suite_log" >&2 || true
    summary+=("$(printf '  %-34s crashed, no results (exit %s, %ss; see %s)' "$name" "$rc" "$seconds" "${suite_log#"$CS_REPO_ROOT"/}")")
    total_failed=$((total_failed + 1))
    return
  fi
  local passed failed skipped
  passed=$(tap_counter "$tap" pass)
  failed=$(($(tap_counter "$tap" fail) + $(tap_counter "$tap" cancelled)))
  skipped=$(($(tap_counter "$tap" skipped) + $(tap_counter "$tap" todo)))
  if ((failed > 0)); then
    grep -E '^\s*not ok' "$tap" | head -n 20 >&2 || true
  elif ((rc != 0)); then
    failed=1
  fi
  summary+=("$(printf '  %-34s %d passed, %d failed, %d skipped (%ss)' "$name" "$passed" "$failed" "$skipped" "$seconds")")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
}

# The TypeScript suites call the app itself, started here on the same stack (already built),
# and the browser tests open the console, served on its own port that the API allows by CORS.
if [[ -z $filter ]]; then
  if ((solution_built == 0)); then
    summary+=("$(printf '  %-34s not run: the solution does not build' typescript)")
    total_failed=$((total_failed + 1))
  else
    ensure_chromium
    build_console >"$results_dir/console-build.log" 2>&1 || { tail -n 30 "$results_dir/console-build.log" >&2; die "the web console does not build"; }
    bundle=$(grep '^initial JavaScript:' "$results_dir/console-build.log")
    log "web console: $bundle"
    CONSOLE_URL="http://127.0.0.1:$(free_port)"
    API_URL="http://127.0.0.1:$(free_port)"
    export API_URL CONSOLE_URL
    # The console's materials panel sends upload forms to the stack's bucket from this origin.
    "$CS_REPO_ROOT/build/bucket.sh" "$AWS_ENDPOINT_URL" "$S3_BUCKET" "$SQS_QUEUE_URL" "$CONSOLE_URL"
    CS_API_CORS_ORIGINS=$CONSOLE_URL start_api "$API_URL" --no-build >"$results_dir/api.log" 2>&1
    api_pid=$CS_API_PID
    start_console "${CONSOLE_URL##*:}" >"$results_dir/console.log" 2>&1
    console_pid=$CS_CONSOLE_PID
    wait_for_api "$API_URL" "$api_pid" 120 || { tail -n 30 "$results_dir/api.log" >&2; die "the API for the TypeScript tests did not start"; }
    wait_for_console "$CONSOLE_URL" "$console_pid" 30 || { tail -n 30 "$results_dir/console.log" >&2; die "the web console did not start"; }
    run_tap_suite typescript-client "$CS_REPO_ROOT/clients/typescript" \
      bash -c 'npm run --silent check-schema >&2 && npm run --silent typecheck >&2 && npm run --silent build >&2 && node --test --test-reporter=tap dist/test/*.test.js'
    # UPDATE_SCREENSHOTS=1 also writes the pages' screenshots into docs/screenshots (README shows them).
    SCREENSHOT_DIR="$results_dir/screenshots" DOCS_SCREENSHOT_DIR="$CS_REPO_ROOT/docs/screenshots" \
      run_tap_suite web-console-browser "$CS_REPO_ROOT/src/WebUi" \
      bash -c 'node_modules/.bin/tsc -p e2e/tsconfig.json >&2 && node --test --test-reporter=tap --test-concurrency=1 e2e-dist/*.test.js'
    summary+=("  web console: $bundle")
  fi
fi

summary+=("  results: ${results_dir#"$CS_REPO_ROOT"/}/ ($((SECONDS - started))s in all)")
