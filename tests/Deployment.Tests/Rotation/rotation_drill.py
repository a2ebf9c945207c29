"""Runs the origin-verify rotation function (its code from edge.yaml, the path in argv[1]) the way Secrets
Manager does, against moto's Secrets Manager and CloudFront, first with CloudFront refusing the push, then
with it working. The invariant: CloudFront always sends a value the app accepts after the next rotation
(AWSCURRENT or AWSPENDING, never one that is only AWSPREVIOUS)."""
import importlib.util
import os
import sys
import time
import uuid

# In-process moto only: an endpoint from the caller's environment (the test stack's moto server,
# AWS_ENDPOINT_URL in stack.env) would send these clients elsewhere.
for name in [n for n in os.environ if n.startswith("AWS_ENDPOINT_URL")]:
    del os.environ[name]
os.environ.update(AWS_DEFAULT_REGION="eu-west-1", AWS_REGION="eu-west-1", AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing")

from moto import mock_aws  # noqa: E402
from moto.core import DEFAULT_ACCOUNT_ID  # noqa: E402
from moto.secretsmanager.models import secretsmanager_backends  # noqa: E402
import boto3  # noqa: E402

SECRET = "cleanstudents/dev/origin-verify"
HEADER = "X-Origin-Verify"
STEPS = ["createSecret", "setSecret", "testSecret", "finishSecret"]


def distribution(cf, value):
    origin = {"Id": "http-api", "DomainName": "abc.execute-api.eu-west-1.amazonaws.com",
              "CustomHeaders": {"Quantity": 1, "Items": [{"HeaderName": HEADER, "HeaderValue": value}]},
              "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}
    config = {"CallerReference": str(uuid.uuid4()), "Comment": "drill", "Enabled": True,
              "Origins": {"Quantity": 1, "Items": [origin]},
              "DefaultCacheBehavior": {"TargetOriginId": "http-api", "ViewerProtocolPolicy": "https-only"}}
    return cf.create_distribution(DistributionConfig=config)["Distribution"]["Id"]


def start_rotation(arn, token):
    # What Secrets Manager does before it calls createSecret: a version with the token, labelled AWSPENDING.
    secret = secretsmanager_backends[DEFAULT_ACCOUNT_ID]["eu-west-1"].secrets[arn]
    secret.versions[token] = {"createdate": int(time.time()), "version_id": token, "version_stages": ["AWSPENDING"]}


def rotate(function, arn, token):
    """The steps in order, stopping at the first that raises, as Secrets Manager does; returns the error."""
    for step in STEPS:
        try:
            function.handler({"SecretId": arn, "ClientRequestToken": token, "Step": step}, None)
        except Exception as error:  # noqa: BLE001 - any failure ends the attempt
            return f"{step}: {error}"
    return None


def staged(sm, arn, stage):
    try:
        return sm.get_secret_value(SecretId=arn, VersionStage=stage)["SecretString"]
    except sm.exceptions.ResourceNotFoundException:
        return None


def on_cloudfront(cf, dist_id):
    origin = cf.get_distribution_config(Id=dist_id)["DistributionConfig"]["Origins"]["Items"][0]
    return next(h["HeaderValue"] for h in origin["CustomHeaders"]["Items"] if h["HeaderName"] == HEADER)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


@mock_aws
def main(code_path):
    sm, cf = boto3.client("secretsmanager"), boto3.client("cloudfront")
    arn = sm.create_secret(Name=SECRET, SecretString="first-value")["ARN"]
    os.environ["DISTRIBUTION_ID"] = distribution(cf, "first-value")
    spec = importlib.util.spec_from_file_location("rotation", code_path)
    function = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(function)

    token = str(uuid.uuid4())
    start_rotation(arn, token)
    working_update = function.cf.update_distribution

    def refuse(**_):
        raise RuntimeError("CloudFront refused the update")

    function.cf.update_distribution = refuse
    error = rotate(function, arn, token)
    check(error is not None, "the rotation fails while CloudFront refuses the push")
    sent = on_cloudfront(cf, os.environ["DISTRIBUTION_ID"])
    check(sent in (staged(sm, arn, "AWSCURRENT"), staged(sm, arn, "AWSPENDING")),
          f"after a failed push ({error}) CloudFront sends '{sent}', which is neither AWSCURRENT "
          f"'{staged(sm, arn, 'AWSCURRENT')}' nor AWSPENDING: the next rotation makes every request 403")

    function.cf.update_distribution = working_update
    check(rotate(function, arn, token) is None, "the retry with the same token succeeds")
    new = staged(sm, arn, "AWSCURRENT")
    check(new != "first-value", "the retry promotes the new value")
    check(on_cloudfront(cf, os.environ["DISTRIBUTION_ID"]) == new, "CloudFront sends the promoted value")
    check(staged(sm, arn, "AWSPREVIOUS") == "first-value", "the old value stays AWSPREVIOUS")
    print("rotation drill: ok")


if __name__ == "__main__":
    main(sys.argv[1])
