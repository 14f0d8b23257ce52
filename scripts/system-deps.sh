#!/usr/bin/env bash
# Debian packages the test suite needs: PostgreSQL (the ledger's team store is
# tested against a real server) and Chromium (tests/test_web_browser.py drives
# /usr/bin/chromium through Playwright; Playwright's own browser download is
# never used). Installs only what is missing; as root, or with sudo where there
# is one.
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing Debian packages: ${need[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# the package starts a cluster of its own; the tests start their own server
if [[ " ${need[*]} " == *" postgresql "* ]]; then
    $SUDO service postgresql stop >/dev/null 2>&1 || true
fi
