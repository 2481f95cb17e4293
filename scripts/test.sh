#!/usr/bin/env bash
# `npm test`: installs what is missing, then scripts/test.ts runs every test suite against its own stores.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh

ensure_node_modules
ensure_system_packages java mariadb chromium

exec node_modules/.bin/tsx --conditions=react-server scripts/test.ts "$@"
