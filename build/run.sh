#!/usr/bin/env bash
# Runs the API locally: a throwaway PostgreSQL and cognito-local under .local/, then the
# WebApi on http://127.0.0.1:5080 with migrations and demo data, and the web console (built
# once per run) on http://127.0.0.1:5173. Ctrl-C stops everything.
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=run.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=lib/api.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/api.sh"
cd "$CS_REPO_ROOT"

STACK_DIR="$CS_REPO_ROOT/.local"
API_PORT=5080
CONSOLE_PORT=5173
# Where `npm run dev` in src/WebUi serves the console while you work on it.
DEV_CONSOLE_URL=http://127.0.0.1:5174
READY_TIMEOUT=${READY_TIMEOUT:-300}

app_pid=
console_pid=
cleanup() {
  trap - EXIT INT TERM
  # If our output went to a pipe whose reader died with the same Ctrl-C, keep cleaning up anyway.
  trap '' PIPE
  stop_group "$console_pid"
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
    log "stopping the API"
    stop_group "$app_pid"
  fi
  log "stopping PostgreSQL, cognito-local and moto"
  "$CS_REPO_ROOT/build/stack.sh" down "$STACK_DIR" || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Fixed ports when they are free (so URLs stay the same between runs), any free port otherwise.
ensure_prerequisites
port_is_free "$API_PORT" || die "port $API_PORT is in use on 127.0.0.1 (is the API already running?)"
port_is_free "$CONSOLE_PORT" || die "port $CONSOLE_PORT is in use on 127.0.0.1 (is the console already running, or npm run dev?)"
# A previous run of ours may still hold the fixed ports; `up` stops it first.
"$CS_REPO_ROOT/build/stack.sh" down "$STACK_DIR"
port_args=()
if port_is_free 55432; then port_args+=(--pg-port 55432); else log "port 55432 is taken; PostgreSQL gets a free port"; fi
if port_is_free 9229; then port_args+=(--cognito-port 9229); else log "port 9229 is taken; cognito-local gets a free port"; fi
"$CS_REPO_ROOT/build/stack.sh" up "$STACK_DIR" "${port_args[@]}" --owner-pid $$

# shellcheck disable=SC1091
source "$STACK_DIR/stack.env"

log "building the web console (src/WebUi)"
build_console
CONSOLE_URL="http://127.0.0.1:$CONSOLE_PORT"

log "starting the API (dotnet run -c Release; the first build takes a while)"
CS_API_CORS_ORIGINS="$CONSOLE_URL $DEV_CONSOLE_URL" start_api "$API_URL"
app_pid=$CS_API_PID
# Should this script be killed outright, the API goes too (the stack has its own --owner-pid watchdog).
stop_with_owner $$ "$app_pid"

wait_for_api "$API_URL" "$app_pid" "$READY_TIMEOUT" || die "the API did not start (see its output above)"
export API_URL COGNITO_ENDPOINT COGNITO_USER_POOL_ID COGNITO_CLIENT_ID
start_console "$CONSOLE_PORT" >"$STACK_DIR/console.log" 2>&1
console_pid=$CS_CONSOLE_PID
stop_with_owner $$ "$console_pid"
wait_for_console "$CONSOLE_URL" "$console_pid" 30 || die "the web console did not start (log: $STACK_DIR/console.log)"

token_cmd="curl -s -X POST $COGNITO_ENDPOINT/ -H 'Content-Type: application/x-amz-json-1.1' -H 'X-Amz-Target: AWSCognitoIdentityProviderService.InitiateAuth' -d '{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":\"$COGNITO_CLIENT_ID\",\"AuthParameters\":{\"USERNAME\":\"$DEMO_ADMIN_EMAIL\",\"PASSWORD\":\"$DEMO_PASSWORD\"}}' | node -pe 'JSON.parse(require(\"fs\").readFileSync(0)).AuthenticationResult.AccessToken'"

cat <<EOF

CleanStudents is running (Ctrl-C stops the console, the API, PostgreSQL, cognito-local and moto).

  Web console  $CONSOLE_URL   (sign in with a demo login below; to work on it:
               cd src/WebUi && npm run dev   -> $DEV_CONSOLE_URL, reloads on save)
  API          $API_URL
  Swagger UI   $API_URL/swagger
  OpenAPI      $API_URL/openapi/v1.json

  Demo logins (password: $DEMO_PASSWORD)
    admin      $DEMO_ADMIN_EMAIL
    lecturer   $DEMO_LECTURER_EMAIL
    student    $DEMO_STUDENT_EMAIL

  Access token (swap in another demo email for another role):
    TOKEN=\$($token_cmd)
    curl -H "Authorization: Bearer \$TOKEN" $API_URL/api/...

  Stack settings: $STACK_DIR/stack.env   PostgreSQL: $PG_CONNECTION_STRING

EOF

wait "$app_pid" || true
app_pid=
log "the API exited"
