#!/usr/bin/env bash
# Puts Node 24 and the pinned pnpm first on PATH. Sourced by scripts/kit.sh and usable in a shell:
#   source scripts/toolchain.sh
# Machines here may ship an older Node; the npm package `node@24` carries the real binary in bin/node,
# so the toolchain comes from the npm registry alone and is cached between runs.
lpkit_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lpkit_pnpm_version="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$lpkit_root/package.json")"
lpkit_tools="${LPKIT_TOOLCHAIN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lpkit-toolchain}/node24-pnpm$lpkit_pnpm_version"

lpkit_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(lpkit_node_major)" -lt 24 ] || ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$lpkit_pnpm_version" ]; then
  if [ ! -x "$lpkit_tools/node_modules/node/bin/node" ] || [ ! -x "$lpkit_tools/node_modules/.bin/pnpm" ]; then
    echo "lpkit: installing Node 24 and pnpm $lpkit_pnpm_version into $lpkit_tools" >&2
    mkdir -p "$lpkit_tools"
    npm install --prefix "$lpkit_tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "node@24" "pnpm@$lpkit_pnpm_version" >&2
  fi
  if [ "$(lpkit_node_major)" -lt 24 ]; then
    export PATH="$lpkit_tools/node_modules/node/bin:$PATH"
  fi
  export PATH="$lpkit_tools/node_modules/.bin:$PATH"
  # pnpm's bin shim is run by whichever `node` comes first on PATH, which is now Node 24.
fi
