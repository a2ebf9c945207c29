#!/usr/bin/env bash
# Publishes the API for Lambda with src/WebApi/Properties/PublishProfiles/Lambda.pubxml
# (linux-x64, self-contained, trimmed but for EF Core, FluentValidation and our assemblies, one composite ReadyToRun image: ADR 0017)
# and zips it into artifacts/cleanstudents-lambda.zip (≤ 50 MiB, Lambda's limit for a direct
# zip upload), then builds the web console into src/WebUi/dist
# (build/deploy.sh uploads it to the console bucket).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
publish_dir="$root/artifacts/publish"
zip_path="$root/artifacts/cleanstudents-lambda.zip"
max_bytes=$((50 * 1024 * 1024))

if ! command -v zip >/dev/null 2>&1; then
  echo "zip is missing; installing it from Debian's packages" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq zip >/dev/null; else sudo apt-get install -y -qq zip >/dev/null; fi
fi

rm -rf "$publish_dir" "$zip_path"
mkdir -p "$root/artifacts"

dotnet publish "$root/src/WebApi" -p:PublishProfile=Lambda -o "$publish_dir"

# The adapter's wrapper runs the Handler (the apphost) directly: it must be executable.
if [[ -f "$publish_dir/CleanStudents.WebApi" ]]; then
  chmod 755 "$publish_dir/CleanStudents.WebApi"
fi

(cd "$publish_dir" && zip -q -9 -r -X "$zip_path" .)

bytes=$(stat -c %s "$zip_path")
mib=$(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1048576 }')
echo "Artifact: $zip_path"
echo "Size: ${mib} MiB ($bytes bytes; limit 50 MiB)"
if (( bytes > max_bytes )); then
  echo "error: the artifact is larger than 50 MiB; Lambda rejects a direct zip upload that big" >&2
  exit 1
fi

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=package.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$root/build/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=lib/api.sh
source "$root/build/lib/api.sh"
build_console
echo "Web console: $root/src/WebUi/dist"
