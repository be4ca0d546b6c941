#!/usr/bin/env bash
# Regenerate both Prisma clients from prisma/models.prisma and rewrite the
# initial migration of each provider to match it. Offline: `migrate diff` runs
# on Prisma's JS engine, nothing is downloaded.
# Only for migrations not yet released; once a migration has landed, add a new
# one with `prisma migrate diff --from-schema-datamodel OLD --to-schema-datamodel NEW`.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p data
npm run -s prisma:generate >/dev/null
for p in sqlite postgresql; do
  dir=$(ls -d prisma/$p/migrations/*/ | head -1)
  PRISMA_PROVIDER=$p npx prisma migrate diff --from-empty --to-schema-datamodel "prisma/$p" --script 2>/dev/null > "$dir/migration.sql.new"
  mv "$dir/migration.sql.new" "$dir/migration.sql"
  echo "$p: rewrote ${dir}migration.sql"
done
