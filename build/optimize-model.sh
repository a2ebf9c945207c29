#!/usr/bin/env bash
# Regenerates the EF Core compiled model (src/Infrastructure/Persistence/CompiledModel), which the
# app loads instead of building its model at start-up. Run it after any change to the entity
# configuration; build/add-migration.sh runs it too. A test fails while it is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/Infrastructure/Persistence/CompiledModel
dotnet ef dbcontext optimize --project src/Infrastructure --startup-project src/Infrastructure \
  --output-dir Persistence/CompiledModel --namespace CleanStudents.Infrastructure.Persistence.CompiledModel
