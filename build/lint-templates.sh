#!/usr/bin/env bash
# Lints the CloudFormation templates offline, with two independent checkers:
#  1. cfn-lint (the CloudFormation linter; the Python one, which ships the current
#     registry schemas — preinstalled on this project's machine image);
#  2. build/cfn-spec/check.js: resource types, property names, required properties,
#     enums and references against @aws-cdk/aws-service-spec (npm, pinned in
#     build/cfn-spec/package-lock.json).
# Exits non-zero when either reports a finding (cfn-lint warnings count too).
#
#   build/lint-templates.sh [TEMPLATE...]     (default: cloudformation/*.yaml)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if (($#)); then
  templates=("$@")
else
  templates=("$root"/cloudformation/*.yaml)
fi

failed=0

echo "== cfn-lint"
if command -v cfn-lint >/dev/null 2>&1; then
  echo "cfn-lint $(cfn-lint --version 2>&1 | awk '{print $NF}')"
  if cfn-lint --format parseable -- "${templates[@]}"; then
    echo "cfn-lint: ${#templates[@]} template(s), no findings"
  else
    echo "cfn-lint: FINDINGS (see above)"
    failed=1
  fi
else
  # PyPI is not reachable from here, so it cannot be installed on demand; the image has it.
  echo "cfn-lint: NOT FOUND (pip install cfn-lint); failing, the schema check alone is not enough" >&2
  failed=1
fi

echo "== spec check (@aws-cdk/aws-service-spec)"
spec_dir="$root/build/cfn-spec"
if [[ ! -d "$spec_dir/node_modules/@aws-cdk/aws-service-spec" || ! -d "$spec_dir/node_modules/yaml" ]]; then
  (cd "$spec_dir" && npm ci --no-audit --no-fund --silent)
fi
if ! node "$spec_dir/check.js" "${templates[@]}"; then
  failed=1
fi

if ((failed)); then
  echo "lint-templates: FAILED"
  exit 1
fi
echo "lint-templates: ${#templates[@]} template(s) passed cfn-lint and the spec check"
