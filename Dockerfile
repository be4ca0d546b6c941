# novasim image: the API on port 8774, data (SQLite database) under /data.
#   docker build -t novasim .
#   docker run -p 8774:8774 -v novasim-data:/data novasim
# With PostgreSQL instead of SQLite: see docker-compose.yml (DATABASE_URL).

# ---- build: install dependencies, generate the Prisma clients, compile -----
FROM node:20-bookworm-slim AS build
# better-sqlite3 is compiled here if no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# npm 11 honours package.json "allowScripts": only better-sqlite3 and esbuild
# run install scripts; Prisma's engine downloads are never run (nor needed).
RUN npm install -g npm@11.19.1
# Build native addons against the image's own Node headers (no header download).
ENV npm_config_nodedir=/usr/local \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app
# What `npm ci` needs: the lockfile, and for our postinstall (`prisma generate`,
# then `npm run build`: scripts/build.mjs bundles src/ into dist/) the Prisma
# config, the schemas, the install and build scripts and the sources.
COPY package.json package-lock.json prisma.config.ts tsconfig.json ./
COPY scripts/postinstall.mjs scripts/build.mjs ./scripts/
COPY prisma ./prisma
COPY src ./src
RUN npm ci && npm prune --omit=dev

# ---- runtime ---------------------------------------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    NOVASIM_HOST=0.0.0.0 \
    NOVASIM_PORT=8774 \
    NOVASIM_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
# The compiled server (with both Prisma clients and the web console's files in
# dist/console); the migrations are read at
# start from prisma/<provider>/migrations, beside dist/.
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY package.json package-lock.json ./
COPY prisma ./prisma
RUN mkdir -p /data && chown node:node /data
# The base image's unprivileged user (uid 1000).
USER node
VOLUME ["/data"]
EXPOSE 8774
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8774/identity/v3').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form, no shell and no npm in between: node is PID 1 and gets docker stop's SIGTERM
# itself; the server handles SIGTERM and SIGINT (close-with-grace) and spawns no children,
# so no init is needed to forward signals or reap zombies (`docker run --init` adds one anyway).
STOPSIGNAL SIGTERM
CMD ["node", "dist/server.js"]
