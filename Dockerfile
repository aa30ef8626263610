# syntax=docker/dockerfile:1
# policy-assistant: the compiled JavaScript on plain node, production dependencies only, as a
# non-root user. test/dockerfile.test.ts performs the final stage's steps (no Docker daemon
# there) and waits for /healthz, so keep that stage to COPY, RUN npm ci, ENV, USER, HEALTHCHECK
# and CMD.

# --- build: every dependency, then tsc to dist/ --------------------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: prepare would build before the sources are copied.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY core ./core
COPY cli ./cli
COPY bots ./bots
COPY server ./server
COPY prompts ./prompts
COPY scripts ./scripts
RUN npm run build

# --- runtime -------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY LICENSE ./
# The node image's unprivileged user; the app writes nothing to disk.
USER node
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Serves every channel configured in the environment (at least one must be: without any,
# `start` would open the terminal chat, which has no terminal here).
CMD ["node", "bin/policy-assistant.js", "start"]
