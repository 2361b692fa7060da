/**
 * No installed package may run code when it is installed (docs/decisions/workspace-install-scripts.md): an install
 * script can do anything with the developer's machine, and swagger-ui-dist's `@scarf/scarf` used one to report usage.
 * This walks the workspace's `node_modules` (pnpm's store included); the packaging test walks the projects npm, pnpm
 * and yarn install from our tarballs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findInstallScripts, type InstallScript } from "../../scripts/install-scripts.ts";
import { repoRoot } from "./support/rules-documents.ts";

/**
 * The packages allowed to keep an install script, each with the reason it is needed. Empty, and it should stay so:
 * prefer a package without one, or remove the dependency that brings it (pnpm-workspace.yaml's `overrides`).
 */
const ALLOWED: ReadonlyMap<string, string> = new Map();

/** Whether pnpm-lock.yaml's text has the package's `name@version` key (quoted when scoped). */
function isLocked(lockfile: string, { name, version }: InstallScript): boolean {
  const key = `${name}@${version}`.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`^ {2}'?${key}'?:`, "m").test(lockfile);
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) {
    rmSync(folder, { recursive: true, force: true });
  }
});

/** A `node_modules` folder in pnpm's layout holding the given manifests (and files) under `.pnpm`. */
function pnpmLayout(packages: Record<string, { manifest: object; files?: string[] }>): string {
  const root = mkdtempSync(path.join(tmpdir(), "lpkit-install-scripts-"));
  folders.push(root);
  for (const [name, { manifest, files = [] }] of Object.entries(packages)) {
    const folder = path.join(root, ".pnpm", `${name.replace("/", "+")}@1.0.0`, "node_modules", name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "package.json"), JSON.stringify({ name, version: "1.0.0", ...manifest }));
    for (const file of files) {
      writeFileSync(path.join(folder, file), "");
    }
  }
  return root;
}

describe("install scripts", () => {
  it("finds a postinstall in pnpm's store, an implicit node-gyp build, and nested npm folders", () => {
    const root = pnpmLayout({
      "@scarf/scarf": { manifest: { scripts: { postinstall: "node ./report.js", test: "jest" } } },
      native: { manifest: {}, files: ["binding.gyp"] },
      plain: { manifest: { scripts: { prepare: "tsc" } } },
    });
    const nested = path.join(root, "outer", "node_modules", "inner");
    mkdirSync(nested, { recursive: true });
    writeFileSync(path.join(root, "outer", "package.json"), JSON.stringify({ name: "outer", version: "2.0.0" }));
    writeFileSync(
      path.join(nested, "package.json"),
      JSON.stringify({ name: "inner", version: "3.0.0", scripts: { preinstall: "echo hi" } }),
    );

    expect(findInstallScripts(root)).toEqual<InstallScript[]>([
      { name: "@scarf/scarf", version: "1.0.0", runs: ["postinstall: node ./report.js"] },
      { name: "inner", version: "3.0.0", runs: ["preinstall: echo hi"] },
      { name: "native", version: "1.0.0", runs: ["binding.gyp"] },
    ]);
  });

  it("finds none among the workspace's locked packages, but those allowed with a reason", () => {
    const lockfile = readFileSync(path.join(repoRoot, "pnpm-lock.yaml"), "utf8");
    // pnpm leaves a package the lockfile no longer has in its store until node_modules is reinstalled: not ours.
    const found = findInstallScripts(path.join(repoRoot, "node_modules")).filter(
      (scripts) => isLocked(lockfile, scripts) && !ALLOWED.has(scripts.name),
    );
    expect(found, "these packages run code on install").toEqual([]);
  });

  it("tells a locked package from a leftover by the lockfile's package keys", () => {
    const lockfile =
      "packages:\n\n  '@scarf/scarf@1.4.0':\n    resolution: {}\n\n  vitest@5.1.1:\n    resolution: {}\n";
    expect(isLocked(lockfile, { name: "@scarf/scarf", version: "1.4.0", runs: [] })).toBe(true);
    expect(isLocked(lockfile, { name: "vitest", version: "5.1.1", runs: [] })).toBe(true);
    expect(isLocked(lockfile, { name: "vitest", version: "5.1.0", runs: [] })).toBe(false);
    expect(isLocked(lockfile, { name: "@scarf/scarf", version: "1.3.0", runs: [] })).toBe(false);
  });
});
