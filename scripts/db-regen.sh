#!/usr/bin/env bash
# scripts/db-regen.sh NAME
#
# After editing prisma/models.prisma: regenerate both Prisma clients and write a
# new migration for each provider (prisma/<provider>/migrations/<stamp>_NAME/)
# with the SQL that takes the schema of the last migration to the new models.
# prisma/migrated.prisma is the models file as of the last migration; it is
# updated here, and test/unit/migrations.test.ts fails while they differ.
# Offline: `prisma migrate diff` runs on Prisma's JS engine; nothing is downloaded
# and no database is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/db-regen.sh MIGRATION_NAME (e.g. add_server_groups)}
[[ "$name" =~ ^[a-z0-9_]+$ ]] || { echo "migration name: lowercase letters, digits and _ only" >&2; exit 2; }
mkdir -p data
npm run -s prisma:generate >/dev/null
if cmp -s prisma/models.prisma prisma/migrated.prisma; then
  echo "prisma/models.prisma has not changed since the last migration; nothing to do"
  exit 0
fi
stamp=$(date -u +%Y%m%d%H%M%S)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for p in sqlite postgresql; do
  # The previous schema: the provider's datasource block with the models of the last migration.
  mkdir -p "$tmp/$p"
  cp "prisma/$p/schema.prisma" "$tmp/$p/schema.prisma"
  cp prisma/migrated.prisma "$tmp/$p/models.prisma"
  sed -i 's#output *= *"\.\./\.\./src/db/generated/#output = "'"$tmp"'/gen/#' "$tmp/$p/schema.prisma"
  sql=$(PRISMA_PROVIDER=$p npx prisma migrate diff --from-schema-datamodel "$tmp/$p" --to-schema-datamodel "prisma/$p" --script 2>/dev/null)
  dir=prisma/$p/migrations/${stamp}_$name
  mkdir -p "$dir"
  printf '%s\n' "$sql" > "$dir/migration.sql"
  echo "$p: wrote $dir/migration.sql"
done
cp prisma/models.prisma prisma/migrated.prisma
echo "updated prisma/migrated.prisma; commit the new migrations with it"
