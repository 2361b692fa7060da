#!/usr/bin/env bash
# The two commands of the README, runnable on a fresh clone with nothing but an older Node and npm:
#   bash scripts/kit.sh start [sandbox options]   start the sandbox with seeded data and print the tokens
#   bash scripts/kit.sh sandbox <command> ...     drive a running sandbox (lpkit-sandbox clock advance 30d, ...)
#   bash scripts/kit.sh test                      install exactly what the lockfile says, then lint, typecheck and test
#   bash scripts/kit.sh forecast --api live --contract terms.json   forecast your statements (examples/forecast-statements)
set -euo pipefail
caller="$PWD"
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
  forecast)
    # Run from where it was called, so that --contract and --out are read as the caller wrote them.
    pnpm install --frozen-lockfile --prefer-offline >&2
    root="$PWD"
    cd "$caller"
    exec node "$root/examples/forecast-statements/src/forecast-cli.ts" "$@"
    ;;
  test)
    pnpm install --frozen-lockfile
    bash scripts/chromium.sh
    pnpm run check
    ;;
  *)
    echo "usage: bash scripts/kit.sh start [options] | sandbox <command> [options] | forecast [options] | test" >&2
    exit 2
    ;;
esac
