# Sourced by dev.sh and test.sh: installs what a fresh clone lacks, so that one command is enough.
# npm packages come from package-lock.json; system packages from Debian's apt when we are root.

ensure_node_modules() {
  node scripts/check-node-modules.mjs && return 0
  echo "ledgerline: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund && return 0
  # A registry that serves only this platform's builds leaves other platforms' optional packages out of
  # package-lock.json, and npm ci then refuses the lock file. npm install --no-save installs the same locked
  # versions without rewriting it.
  echo "ledgerline: npm ci refused package-lock.json; installing the locked versions with npm install --no-save"
  npm install --no-save --no-audit --no-fund
  node scripts/check-node-modules.mjs
}

# ensure_system_packages NEED... where NEED is java, mariadb or chromium.
# Returns 1, after one line naming what to install, when something is missing and we are not root.
ensure_system_packages() {
  local missing=()
  local need
  for need in "$@"; do
    case "$need" in
      java) command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless) ;;
      mariadb) command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server) ;;
      chromium) [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium) ;;
    esac
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "ledgerline: missing system packages: ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  echo "ledgerline: installing system packages: ${missing[*]}"
  # mariadb-server's install would start a system-wide server (and fail where there is no init system); the
  # project runs its own. A policy-rc.d that says no stops that, as in Docker images, which ship one.
  local own_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
  fi
  local status=0
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" || status=$?
  [ -n "$own_policy" ] && rm -f /usr/sbin/policy-rc.d
  return "$status"
}
