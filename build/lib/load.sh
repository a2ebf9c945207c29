# shellcheck shell=bash
# For the scripts that put load on the published app against the local stack (build/bench.sh,
# build/profile-hot-code.sh). Source it after lib/common.sh and after the stack's stack.env.

# The API function's memory settings that the runtime reads only from the environment (cloudformation/api.yaml,
# ADR 0008).
# shellcheck disable=SC2034 # read by the scripts that source this file
function_env=(MALLOC_ARENA_MAX=2 DOTNET_JitHostMaxSlabCache=0x100000)

# The app's settings for the local stack. The per-user rate limit (20 req/s) would answer 429 to the load; a load
# measures capacity.
# shellcheck disable=SC2034
stack_app_env=(
  "Cognito__UserPoolId=$COGNITO_USER_POOL_ID"
  "Cognito__Issuer=$COGNITO_ENDPOINT/$COGNITO_USER_POOL_ID"
  "Cognito__JwksUrl=$COGNITO_ENDPOINT/$COGNITO_USER_POOL_ID/.well-known/jwks.json"
  "Cognito__ClientIds__0=$COGNITO_CLIENT_ID"
  "Cognito__ServiceUrl=$COGNITO_ENDPOINT"
  Cognito__Region=us-east-1
  "Queue__Url=$SQS_QUEUE_URL"
  "Queue__ServiceUrl=$AWS_ENDPOINT_URL"
  "Files__Bucket=$S3_BUCKET"
  "Files__ServiceUrl=$AWS_ENDPOINT_URL"
  AWS_ACCESS_KEY_ID=local
  AWS_SECRET_ACCESS_KEY=local
  ASPNETCORE_ENVIRONMENT=Production
  Logging__LogLevel__Default=Warning
  RateLimiting__TokenLimit=1000000
  RateLimiting__TokensPerPeriod=1000000
)

pg_password=${PG_CONNECTION_STRING##*Password=}
pg_password=${pg_password%%;*}

# psql_db <database> [psql args...]: the stack's PostgreSQL as the app's user, stopping at the first error.
psql_db() {
  local db=$1; shift
  PGPASSWORD=$pg_password "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U cleanstudents -d "$db" -X -q -v ON_ERROR_STOP=1 "$@"
}

# admin_token: the demo admin's access token from cognito-local (valid for an hour).
admin_token() {
  curl -sS -X POST "$COGNITO_ENDPOINT/" -H 'Content-Type: application/x-amz-json-1.1' \
    -H 'X-Amz-Target: AWSCognitoIdentityProviderService.InitiateAuth' \
    -d "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":\"$COGNITO_CLIENT_ID\",\"AuthParameters\":{\"USERNAME\":\"$DEMO_ADMIN_EMAIL\",\"PASSWORD\":\"$DEMO_PASSWORD\"}}" \
    | json_get AuthenticationResult.AccessToken
}
