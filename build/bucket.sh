#!/usr/bin/env bash
# Creates the files bucket on an S3 endpoint (moto's server locally), with the CORS that lets the given browser
# origins POST presigned upload forms and GET presigned downloads, and the notification that sends its
# object-created events to the work queue, as cloudformation/api.yaml does on AWS.
#
#   build/bucket.sh <endpoint> <bucket> <queue-url> <origin>...
#
# Creating an existing bucket again is harmless. S3 sends its test event to the queue on every configuration.
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=bucket.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

(($# >= 4)) || { echo "usage: build/bucket.sh <endpoint> <bucket> <queue-url> <origin>..." >&2; exit 2; }
endpoint=$1 bucket=$2 queue_url=$3
shift 3

# Emulators check no signature, but moto routes a request by the service in its credential scope.
s3() {
  local method=$1 path=$2 body=${3:-} code
  code=$(curl -sS -o /dev/null -w '%{http_code}' -X "$method" "$endpoint/$path" \
    -H "Authorization: AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0" \
    -H 'Content-Type: application/xml' --data-binary "$body") || die "S3 $method /$path: request failed"
  [[ $code == 200 ]] || die "S3 $method /$path failed (HTTP $code)"
}

origins=
for origin in "$@"; do
  origins+="<AllowedOrigin>$origin</AllowedOrigin>"
done
s3 PUT "$bucket"
s3 PUT "$bucket?cors" "<CORSConfiguration><CORSRule>$origins<AllowedMethod>POST</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>"
queue_arn=$(aws_json_call "$endpoint" 1.0 AmazonSQS.GetQueueAttributes sqs \
  "{\"QueueUrl\":\"$queue_url\",\"AttributeNames\":[\"QueueArn\"]}" | json_get Attributes.QueueArn)
s3 PUT "$bucket?notification" "<NotificationConfiguration><QueueConfiguration><Id>uploads</Id><Queue>$queue_arn</Queue><Event>s3:ObjectCreated:*</Event></QueueConfiguration></NotificationConfiguration>"
