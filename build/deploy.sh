#!/usr/bin/env bash
# Deploys one stage of CleanStudents to the AWS account of the current credentials:
# uploads the Lambda zip, deploys the stacks in order, runs the migrate command, uploads the
# web console with its settings and prints the URLs. With --dry-run it prints every AWS CLI
# call instead of making it (no AWS CLI or credentials needed).
#
#   build/deploy.sh <dev|staging|prod> [--dry-run] [--region REGION] [--artifact PATH] [--console DIR]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cfn_dir="$root/cloudformation"
# Deployment order: each stack imports only from stacks before it (docs/adr/0101).
stacks=(artifacts network database auth api edge monitoring)

usage() { echo "usage: $0 <dev|staging|prod> [--dry-run] [--region REGION] [--artifact PATH] [--console DIR]" >&2; exit 2; }

stage=""
dry_run=false
region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
artifact="$root/artifacts/cleanstudents-lambda.zip"
console_dir="$root/src/WebUi/dist"
while (($#)); do
  case "$1" in
    --dry-run) dry_run=true ;;
    --region) shift; (($#)) || usage; region="$1" ;;
    --artifact) shift; (($#)) || usage; artifact="$1" ;;
    --console) shift; (($#)) || usage; console_dir="$1" ;;
    dev|staging|prod) [[ -z "$stage" ]] || usage; stage="$1" ;;
    *) usage ;;
  esac
  shift
done
[[ -n "$stage" ]] || usage
if [[ -z "$region" ]]; then
  echo "error: no region; pass --region or set AWS_REGION" >&2
  exit 2
fi
command -v jq >/dev/null 2>&1 || { echo "error: jq is required (apt-get install jq)" >&2; exit 2; }
if [[ ! -f "$artifact" ]]; then
  echo "error: artifact $artifact not found; run build/package.sh first" >&2
  exit 2
fi
if [[ ! -f "$console_dir/index.html" || ! -d "$console_dir/assets" ]]; then
  echo "error: the web console is not built in $console_dir; run build/package.sh first" >&2
  exit 2
fi
if ! $dry_run && ! command -v aws >/dev/null 2>&1; then
  echo "error: the AWS CLI is required (or use --dry-run)" >&2
  exit 2
fi

stack_name() { echo "cleanstudents-$stage-$1"; }

# The stage files ship *.example placeholders (a reserved domain that receives and sends no mail)
# where only the operator knows the value; a real deploy refuses them.
#   refuse_placeholder <stack> <parameter> <what the value is for> [optional]
refuse_placeholder() {
  local value
  value=$(jq -r --arg p "$2" '.Parameters[$p] // ""' "$cfn_dir/parameters/$stage/$1.json")
  if [[ ( -z "$value" && -z "${4:-}" ) || "$value" == *.example || "$value" == *.example\>* ]]; then
    if ! $dry_run; then
      echo "error: set $2 in cloudformation/parameters/$stage/$1.json to $3 (found '$value')" >&2
      exit 2
    fi
    echo "# note: $2 '$value' is a placeholder; a real deploy refuses it"
  fi
}
refuse_placeholder monitoring AlarmEmail "who gets the alarms"
refuse_placeholder auth SesIdentity "the verified SES identity that sends the pool's e-mail" optional
refuse_placeholder auth SesFromAddress "the From address of the pool's e-mail" optional

# Every AWS call is printed on stdout (fd 3), also those whose output is captured.
exec 3>&1

# Prints a command; runs it unless this is a dry run.
run() {
  printf '+'; printf ' %q' "$@"; printf '\n'
  if ! $dry_run; then "$@"; fi
}

# Prints a command whose output the script needs; in a dry run it yields a placeholder.
capture() {
  local placeholder="$1"; shift
  printf '+' >&3; printf ' %q' "$@" >&3; printf '\n' >&3
  if $dry_run; then echo "$placeholder"; else "$@"; fi
}

stack_output() {
  capture "<$2 of $(stack_name "$1")>" aws --region "$region" cloudformation describe-stacks \
    --stack-name "$(stack_name "$1")" --query "Stacks[0].Outputs[?OutputKey=='$2'].OutputValue" --output text
}

# Key=Value pairs from cloudformation/parameters/<stage>/<stack>.json.
stage_parameters() {
  jq -r '.Parameters | to_entries[] | "\(.key)=\(.value)"' "$cfn_dir/parameters/$stage/$1.json"
}

deploy_stack() {
  local stack="$1"; shift
  # Expanded with the ${a[@]+...} guard: bash before 4.4 (macOS) calls an empty array unbound under set -u.
  local capabilities=()
  case "$stack" in database|api|edge) capabilities=(--capabilities CAPABILITY_IAM) ;; esac
  local overrides=("Stage=$stage")
  local line
  while IFS= read -r line; do overrides+=("$line"); done < <(stage_parameters "$stack")
  overrides+=("$@")
  run aws --region "$region" cloudformation deploy \
    --stack-name "$(stack_name "$stack")" \
    --template-file "$cfn_dir/$stack.yaml" \
    --parameter-overrides "${overrides[@]}" \
    ${capabilities[@]+"${capabilities[@]}"} \
    --tags Project=cleanstudents "Stage=$stage" \
    --no-fail-on-empty-changeset
}

$dry_run && echo "# dry run: printing AWS CLI calls without making them"
echo "# stage $stage, region $region, artifact $artifact"

# A content-addressed key: a new build changes the function's S3Key, so CloudFormation
# updates the code; an unchanged build changes nothing.
artifact_sha=$(sha256sum "$artifact" | cut -c1-16)
artifact_key="lambda/cleanstudents-lambda-$artifact_sha.zip"

deploy_stack artifacts
bucket=$(stack_output artifacts ArtifactBucketName)
run aws --region "$region" s3 cp "$artifact" "s3://$bucket/$artifact_key" --only-show-errors

deploy_stack network
deploy_stack database
deploy_stack auth

# Static JWKS for the function (docs/adr/0103): fetched here, where the internet is, so the
# function in its private subnets never has to.
pool_id=$(stack_output auth UserPoolId)
jwks_url="https://cognito-idp.$region.amazonaws.com/$pool_id/.well-known/jwks.json"
if $dry_run; then
  printf '+ curl -fsS %q\n' "$jwks_url"
  jwks_json="<jwks of the user pool>"
else
  jwks_json=$(curl -fsS "$jwks_url" | jq -c .)
fi

# Read, not imported: these change when EnableRdsProxy is switched on an existing stage.
database_host=$(stack_output database DatabaseHost)
database_max_auto_prepare=$(stack_output database DatabaseMaxAutoPrepare)
database_connect_resource_id=$(stack_output database DatabaseConnectResourceId)
app_role_password_secret=$(stack_output database AppRolePasswordSecretArn)
deploy_api() {
  deploy_stack api "ArtifactBucket=$bucket" "ArtifactKey=$1" "MigrateArtifactKey=$artifact_key" "JwksJson=$jwks_json" \
    "DatabaseHost=$database_host" "DatabaseMaxAutoPrepare=$database_max_auto_prepare" \
    "DatabaseConnectResourceId=$database_connect_resource_id" "AppRolePasswordSecretArn=$app_role_password_secret"
}

# Migrations run with the new code before it takes traffic, never at cold start: first only the
# migrate function gets the new build while the API function keeps serving the one it runs
# (none yet on a first deploy), then the migrate command (advisory-locked, idempotent), and only
# then the API function gets the new build. So migrations must keep the old code working
# (README, "Migrations").
live_key=$(capture "<ArtifactKey of $(stack_name api)>" aws --region "$region" cloudformation describe-stacks \
  --stack-name "$(stack_name api)" --query "Stacks[0].Parameters[?ParameterKey=='ArtifactKey'].ParameterValue" \
  --output text 2>/dev/null || true)
[[ -n "$live_key" && "$live_key" != None ]] || live_key="$artifact_key"
deploy_api "$live_key"

migrate_out="$(mktemp)"
console_config="$(mktemp)"
trap 'rm -f "$migrate_out" "$console_config"' EXIT
migrate_function=$(stack_output api MigrateFunctionName)
# --output json whatever the user's default output (text, yaml, table): jq reads the answer, and
# an answer it cannot read is a failure, never a success.
invoke_result=$(capture '{}' aws --region "$region" --output json lambda invoke --function-name "$migrate_function" \
  --cli-binary-format raw-in-base64-out --payload '{"command":"migrate"}' \
  --cli-read-timeout 900 "$migrate_out")
if ! $dry_run; then
  echo "migrate: $(cat "$migrate_out")"
  if ! jq -e 'has("StatusCode") and (has("FunctionError") | not)' <<<"$invoke_result" >/dev/null 2>&1; then
    echo "error: the migrate command failed; the API function keeps its code, and the edge and monitoring stacks were not deployed" >&2
    exit 1
  fi
fi

deploy_api "$artifact_key"

deploy_stack edge

# The web console: its settings are written here, not built in, so one build serves every
# stage. Hashed assets never change, so browsers keep them for a year; index.html and
# config.json are revalidated on every visit, so a deploy is live at once. Assets go first and
# old ones stay, so no page ever names a file that is not there yet, or no longer.
console_bucket=$(stack_output edge ConsoleBucketName)
cdn_url=$(stack_output edge DistributionUrl)
client_id=$(stack_output auth UserPoolClientId)
jq -n --arg apiUrl "$cdn_url" --arg cognitoEndpoint "https://cognito-idp.$region.amazonaws.com/" \
  --arg userPoolId "$pool_id" --arg clientId "$client_id" \
  '{apiUrl: $apiUrl, cognitoEndpoint: $cognitoEndpoint, userPoolId: $userPoolId, clientId: $clientId}' >"$console_config"
echo "# console settings: $(jq -c . "$console_config")"
run aws --region "$region" s3 sync "$console_dir/assets" "s3://$console_bucket/assets" \
  --cache-control "public, max-age=31536000, immutable" --only-show-errors
run aws --region "$region" s3 cp "$console_config" "s3://$console_bucket/config.json" \
  --cache-control no-cache --content-type application/json --only-show-errors
run aws --region "$region" s3 cp "$console_dir/index.html" "s3://$console_bucket/index.html" \
  --cache-control no-cache --content-type "text/html; charset=utf-8" --only-show-errors

deploy_stack monitoring

api_url=$(stack_output api ApiUrl)
echo "API URL:        $api_url"
echo "CloudFront URL: $cdn_url   (the web console; the API under /api)"
