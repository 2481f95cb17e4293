#!/usr/bin/env bash
# `npm run dev`: installs what is missing, then scripts/dev.ts starts the stores and Next.js.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh

ensure_node_modules
# Not fatal: these are only needed when the settings point at local stores, and dev.ts says so if they are.
ensure_system_packages java mariadb || true

# react-server: `server-only` modules may be imported by scripts (it throws under the default condition).
exec node_modules/.bin/tsx --conditions=react-server scripts/dev.ts
