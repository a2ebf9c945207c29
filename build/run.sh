#!/usr/bin/env bash
# Runs the API locally: a throwaway PostgreSQL and cognito-local under .local/, then the
# WebApi on http://127.0.0.1:5080 with migrations and demo data. Ctrl-C stops everything.
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=run.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CS_REPO_ROOT"

STACK_DIR="$CS_REPO_ROOT/.local"
API_PORT=5080
READY_TIMEOUT=${READY_TIMEOUT:-300}

app_pid=
cleanup() {
  trap - EXIT INT TERM
  # If our output went to a pipe whose reader died with the same Ctrl-C, keep cleaning up anyway.
  trap '' PIPE
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
    log "stopping the API"
    # `dotnet run` and the app it started share the process group led by $app_pid.
    kill -TERM -- "-$app_pid" 2>/dev/null || true
    wait_for 15 bash -c "! kill -0 -- -$app_pid" || kill -KILL -- "-$app_pid" 2>/dev/null || true
  fi
  log "stopping PostgreSQL, cognito-local and moto"
  "$CS_REPO_ROOT/build/stack.sh" down "$STACK_DIR" || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Fixed ports when they are free (so URLs stay the same between runs), any free port otherwise.
ensure_prerequisites
port_is_free "$API_PORT" || die "port $API_PORT is in use on 127.0.0.1 (is the API already running?)"
# A previous run of ours may still hold the fixed ports; `up` stops it first.
"$CS_REPO_ROOT/build/stack.sh" down "$STACK_DIR"
port_args=()
if port_is_free 55432; then port_args+=(--pg-port 55432); else log "port 55432 is taken; PostgreSQL gets a free port"; fi
if port_is_free 9229; then port_args+=(--cognito-port 9229); else log "port 9229 is taken; cognito-local gets a free port"; fi
"$CS_REPO_ROOT/build/stack.sh" up "$STACK_DIR" "${port_args[@]}" --owner-pid $$

# shellcheck disable=SC1091
source "$STACK_DIR/stack.env"

log "starting the API (dotnet run -c Release; the first build takes a while)"
export ConnectionStrings__Database="$PG_CONNECTION_STRING" \
  Cognito__UserPoolId="$COGNITO_USER_POOL_ID" \
  Cognito__Issuer="$COGNITO_ENDPOINT/$COGNITO_USER_POOL_ID" \
  Cognito__JwksUrl="$COGNITO_ENDPOINT/$COGNITO_USER_POOL_ID/.well-known/jwks.json" \
  Cognito__ClientIds__0="$COGNITO_CLIENT_ID" \
  Cognito__ServiceUrl="$COGNITO_ENDPOINT" \
  Cognito__Region=us-east-1 \
  Queue__Url="$SQS_QUEUE_URL" \
  Queue__ServiceUrl="$AWS_ENDPOINT_URL" \
  AWS_ACCESS_KEY_ID=local \
  AWS_SECRET_ACCESS_KEY=local \
  Database__MigrateOnStartup=true \
  Demo__Seed=true \
  RateLimiting__TokenLimit=300 \
  RateLimiting__TokensPerPeriod=100 \
  Demo__StudentUserId="$DEMO_STUDENT_SUB" \
  Demo__StudentEmail="$DEMO_STUDENT_EMAIL" \
  Demo__LecturerUserId="$DEMO_LECTURER_SUB" \
  Demo__LecturerEmail="$DEMO_LECTURER_EMAIL" \
  ASPNETCORE_ENVIRONMENT=Development \
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Its own process group, so cleanup can stop `dotnet run` and the app it starts together.
setsid dotnet run -c Release --project src/WebApi --urls "$API_URL" </dev/null &
app_pid=$!
# Should this script be killed outright, the API goes too (the stack has its own --owner-pid watchdog).
# shellcheck disable=SC2016 # expanded by the inner bash
setsid bash -c 'tail --pid="$1" -f /dev/null; kill -TERM -- "-$2" 2>/dev/null' app-watchdog $$ "$app_pid" \
  </dev/null >/dev/null 2>&1 &

deadline=$((SECONDS + READY_TIMEOUT))
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$API_URL/health/ready" || true) == 200 ]]; do
  kill -0 "$app_pid" 2>/dev/null || { app_pid=; die "the API exited before it was ready (see its output above)"; }
  ((SECONDS < deadline)) || die "the API was not ready on $API_URL/health/ready within ${READY_TIMEOUT}s"
  sleep 0.5
done

token_cmd="curl -s -X POST $COGNITO_ENDPOINT/ -H 'Content-Type: application/x-amz-json-1.1' -H 'X-Amz-Target: AWSCognitoIdentityProviderService.InitiateAuth' -d '{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":\"$COGNITO_CLIENT_ID\",\"AuthParameters\":{\"USERNAME\":\"$DEMO_ADMIN_EMAIL\",\"PASSWORD\":\"$DEMO_PASSWORD\"}}' | node -pe 'JSON.parse(require(\"fs\").readFileSync(0)).AuthenticationResult.AccessToken'"

cat <<EOF

CleanStudents is running (Ctrl-C stops the API, PostgreSQL, cognito-local and moto).

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
