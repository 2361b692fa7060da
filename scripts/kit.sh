#!/usr/bin/env bash
# The two commands of the README, runnable on a fresh clone with nothing but an older Node and npm:
#   bash scripts/kit.sh start [sandbox options]   start the sandbox with seeded data and print the tokens
#   bash scripts/kit.sh sandbox <command> ...     drive a running sandbox (lpkit-sandbox clock advance 30d, ...)
#   bash scripts/kit.sh test                      install exactly what the lockfile says, then lint, typecheck and test
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

command="${1:-}"
shift || true
case "$command" in
  start)
    pnpm install --frozen-lockfile --prefer-offline >&2
    exec pnpm --silent start "$@"
    ;;
  sandbox)
    # The control CLI: the same entry point as start, with a command (`lpkit-sandbox --help` lists them).
    pnpm install --frozen-lockfile --prefer-offline >&2
    exec pnpm --silent start "$@"
    ;;
  test)
    pnpm install --frozen-lockfile
    bash scripts/chromium.sh
    pnpm run check
    ;;
  *)
    echo "usage: bash scripts/kit.sh start [options] | sandbox <command> [options] | test" >&2
    exit 2
    ;;
esac
