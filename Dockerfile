# The Ledgerline web app: `docker compose up --build` (see docker-compose.yml for the stores it talks to).
FROM node:20-bookworm-slim

WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies included: tsx runs scripts/setup-stores.ts before the server starts.
RUN npm ci --no-audit --no-fund

COPY . .
RUN npx next build

ENV NODE_ENV=production
EXPOSE 3000
# Create the events table and migrate the read model (waiting for both stores), then serve.
CMD ["sh", "-c", "npx tsx --conditions=react-server scripts/setup-stores.ts && exec npx next start -p \"${APP_PORT:-3000}\""]
