#!/usr/bin/env bash
# Makes sure the browser tests (packages/sandbox/test/browser/) have a Chromium: Debian's /usr/bin/chromium,
# installed with apt-get when it is missing (as root, or through sudo when that needs no password). Run by
# `scripts/kit.sh test`, so CI always runs those tests. Elsewhere it says what to do and leaves the tests to fail
# with the same advice; LPKIT_SKIP_BROWSER=1 or LPKIT_CHROMIUM=<path> skips this step.
set -euo pipefail
if [ "${LPKIT_SKIP_BROWSER:-}" = "1" ] || [ -n "${LPKIT_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "lpkit: no /usr/bin/chromium and no apt-get: set LPKIT_CHROMIUM=<path to Chromium or Chrome>, or LPKIT_SKIP_BROWSER=1" >&2
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "lpkit: no /usr/bin/chromium, and installing it needs root: sudo apt-get install -y chromium" >&2
  exit 0
fi
echo "lpkit: installing Chromium for the browser tests (apt-get install chromium)" >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
