#!/usr/bin/env bash
# Installs what notice needs on a Debian or Ubuntu machine with Node.js:
# Chromium and its headless shell (HTML checks, and PDF printing),
# poppler-utils (PDF checks) and strace (a test of atomic writes) from the system's packages when they are missing,
# then the npm dependencies.
# As root it installs them; as another user it prints the command to run.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
# The tests watch an atomic write's system calls with strace.
command -v strace >/dev/null 2>&1 || missing+=(strace)
# Optional, and taken first when present: Debian's headless shell starts faster.
[ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
  else
    echo "setup: notice needs ${missing[*]}. Install them, then run this again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi

npm ci --no-audit --no-fund
