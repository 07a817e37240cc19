# Roundtrip for production: `docker build -t roundtrip .`, settings in README "Production".
# Stage 1 builds the web app and compiles the server; stage 2 holds only what runs.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY schema ./schema
COPY integrations ./integrations
COPY server ./server
COPY web ./web
RUN npm run build

FROM node:20-slim
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; the npm cache is not kept in the image.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The image's `node` user (uid 1000): nothing in the container runs as root.
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 (not npm), so SIGTERM from `docker stop` reaches the server and it drains.
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
