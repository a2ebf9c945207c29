#!/usr/bin/env bash
# Creates a work queue and its dead-letter queue on an SQS endpoint (moto's server locally), the way
# cloudformation/api.yaml does on AWS: redrive after 3 receives, dead letters kept 14 days.
#
#   build/queues.sh <endpoint> <name> <visibility-timeout-seconds>
#
# Prints "<queue-url> <dead-letter-queue-url>". Creating an existing queue again is harmless.
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=queues.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

(($# == 3)) || { echo "usage: build/queues.sh <endpoint> <name> <visibility-timeout-seconds>" >&2; exit 2; }
endpoint=$1 name=$2 visibility=$3

sqs() { aws_json_call "$endpoint" 1.0 "AmazonSQS.$1" sqs "$2"; }

dlq_url=$(sqs CreateQueue "{\"QueueName\":\"$name-dlq\",\"Attributes\":{\"MessageRetentionPeriod\":\"1209600\"}}" | json_get QueueUrl)
dlq_arn=$(sqs GetQueueAttributes "{\"QueueUrl\":\"$dlq_url\",\"AttributeNames\":[\"QueueArn\"]}" | json_get Attributes.QueueArn)
redrive="{\\\"deadLetterTargetArn\\\":\\\"$dlq_arn\\\",\\\"maxReceiveCount\\\":\\\"3\\\"}"
queue_url=$(sqs CreateQueue "{\"QueueName\":\"$name\",\"Attributes\":{\"VisibilityTimeout\":\"$visibility\",\"RedrivePolicy\":\"$redrive\"}}" \
  | json_get QueueUrl)
printf '%s %s\n' "$queue_url" "$dlq_url"
