#!/usr/bin/env bash
# Lints a package as users receive it: pnpm packs it (applying publishConfig), then publint and
# "are the types wrong" check the tarball and its unpacked contents. Run from a package directory.
set -euo pipefail
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(pnpm pack --pack-destination "$work" | tail -n 1)"
mkdir "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
publint --strict "$work/unpacked/package"
attw "$tarball" --profile esm-only
