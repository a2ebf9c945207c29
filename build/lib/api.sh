#!/usr/bin/env bash
# Building, starting and stopping the WebApi and the web console on a local stack. Source it
# after lib/common.sh and after the stack's stack.env; do not run it.
# shellcheck disable=SC2034

# Starts the API on $1 in its own process group (so stop_api can end `dotnet run` and the app
# together) and sets CS_API_PID. Further arguments go to `dotnet run` (e.g. --no-build).
# CS_API_CORS_ORIGINS, when set, are the browser origins (space-separated) the API accepts calls
# from: the web console's.
start_api() {
  local url=$1; shift
  (
    export ConnectionStrings__Database="$PG_CONNECTION_STRING" \
      Cognito__UserPoolId="$COGNITO_USER_POOL_ID" \
      Cognito__Issuer="$COGNITO_ENDPOINT/$COGNITO_USER_POOL_ID" \
      Cognito__JwksUrl="$COGNITO_ENDPOINT/$COGNITO_USER_POOL_ID/.well-known/jwks.json" \
      Cognito__ClientIds__0="$COGNITO_CLIENT_ID" \
      Cognito__ServiceUrl="$COGNITO_ENDPOINT" \
      Cognito__Region=us-east-1 \
      Queue__Url="$SQS_QUEUE_URL" \
      Queue__ServiceUrl="$AWS_ENDPOINT_URL" \
      Files__Bucket="$S3_BUCKET" \
      Files__ServiceUrl="$AWS_ENDPOINT_URL" \
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
    local origin index=0
    for origin in ${CS_API_CORS_ORIGINS:-}; do
      export "Cors__AllowedOrigins__$index=$origin"
      index=$((index + 1))
    done
    exec setsid dotnet run -c Release --project "$CS_REPO_ROOT/src/WebApi" --urls "$url" "$@" </dev/null
  ) &
  CS_API_PID=$!
}

# Waits until the API on $1 (started as $2) answers /health/ready, for at most $3 seconds.
wait_for_api() {
  local url=$1 pid=$2 deadline=$((SECONDS + $3))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready" || true) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { log "the API exited before it was ready"; return 1; }
    ((SECONDS < deadline)) || { log "the API was not ready on $url/health/ready within $3s"; return 1; }
    sleep 0.5
  done
}

# Should the owner $1 be killed outright, the process group $2 goes too.
stop_with_owner() {
  # shellcheck disable=SC2016 # expanded by the inner bash
  setsid bash -c 'tail --pid="$1" -f /dev/null; kill -TERM -- "-$2" 2>/dev/null' group-watchdog "$1" "$2" \
    </dev/null >/dev/null 2>&1 &
}

# Stops the process group that start_api (or start_console) began with pid $1.
stop_group() {
  [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null || return 0
  kill -TERM -- "-$1" 2>/dev/null || true
  wait_for 15 bash -c "! kill -0 -- -$1" || kill -KILL -- "-$1" 2>/dev/null || true
}

# Builds the web console (and the TypeScript client it calls the API through) into src/WebUi/dist;
# the build prints the size of the initial JavaScript and fails above its budget.
build_console() {
  npm_ci "$CS_REPO_ROOT/clients/typescript"
  (cd "$CS_REPO_ROOT/clients/typescript" && npm run --silent build)
  npm_ci "$CS_REPO_ROOT/src/WebUi"
  (cd "$CS_REPO_ROOT/src/WebUi" && npm run --silent build)
}

# Serves the built console on 127.0.0.1:$1 (vite preview: index.html for every app route) and
# sets CS_CONSOLE_PID. It answers /config.json from the stack's variables and API_URL.
start_console() {
  (cd "$CS_REPO_ROOT/src/WebUi" && exec setsid node_modules/.bin/vite preview --port "$1" --strictPort </dev/null) &
  CS_CONSOLE_PID=$!
}

# Waits until the console on $1 (started as $2) serves its page, for at most $3 seconds.
wait_for_console() {
  local deadline=$((SECONDS + $3))
  until curl -sf -o /dev/null "$1/config.json"; do
    kill -0 "$2" 2>/dev/null || { log "the console server exited"; return 1; }
    ((SECONDS < deadline)) || { log "the console did not answer on $1 within $3s"; return 1; }
    sleep 0.2
  done
}
