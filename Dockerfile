# One image for the web and worker services of docker-compose.yml (the command chooses which).
FROM node:20-bookworm-slim AS build
WORKDIR /app
# sqlite3 compiles from source; the Temporal binaries are not needed (the image talks to the temporal service).
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
ENV FUGONG_SKIP_TEMPORAL_INSTALL=1
COPY package.json package-lock.json ./
COPY scripts/install-temporal.mjs scripts/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /app /app
# The uploads folder exists in the image, owned by node, so a new volume mounted there (docker-compose.yml) is too.
RUN mkdir -p /app/data/uploads && chown -R node:node /app/data
USER node
EXPOSE 3000
CMD ["npm", "run", "--silent", "web"]
