#!/usr/bin/env bash
# Adds an EF Core migration: ./build/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 1 ]] || { echo "usage: $0 <MigrationName>" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet ef migrations add "$1" --project src/Infrastructure --startup-project src/Infrastructure \
  --output-dir Persistence/Migrations
# The compiled model follows the configuration the migration was made from.
"$(dirname "$0")/optimize-model.sh"
