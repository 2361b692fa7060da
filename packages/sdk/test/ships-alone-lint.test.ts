/**
 * The SDK ships alone: lint refuses an import of the engine or the sandbox from `packages/sdk/src` (the override in
 * `biome.json`), while its tests may use both. This runs the repository's own Biome configuration on probe files in
 * a scratch copy of the layout, so a change that stops the rule firing fails here.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const biome = join(root, "node_modules", ".bin", "biome");
const scratch = mkdtempSync(join(tmpdir(), "lpkit-sdk-lint-"));

// The scratch copy is not a git repository and has no node_modules: drop the settings that need them.
const { $schema: _schema, vcs: _vcs, ...config } = JSON.parse(readFileSync(join(root, "biome.json"), "utf8"));
writeFileSync(join(scratch, "biome.json"), JSON.stringify(config));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lints one file written at `path` (relative to the repository's layout); the restricted-import diagnostics. */
function restrictedImports(path: string, source: string): string[] {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const result = spawnSync(biome, ["lint", "--reporter=json", path], { cwd: scratch, encoding: "utf8" });
  const report = JSON.parse(result.stdout) as { diagnostics: { category: string; message: string }[] };
  return report.diagnostics
    .filter((diagnostic) => diagnostic.category === "lint/style/noRestrictedImports")
    .map((diagnostic) => diagnostic.message);
}

const IMPORTS = [
  'import { evidenceRule } from "@lpkit/engine";',
  'import { createWorld } from "@lpkit/engine/internal";',
  'import { COHORTS } from "../../engine/src/reference/cohorts.ts";',
  'import { createSandbox } from "@lpkit/sandbox";',
];
const SOURCE = `${IMPORTS.join("\n")}\n\nexport const used = [evidenceRule, createWorld, COHORTS, createSandbox];\n`;

describe("the SDK's import boundary", () => {
  it("refuses the engine and the sandbox in packages/sdk/src", () => {
    const refused = restrictedImports("packages/sdk/src/probe.ts", SOURCE);
    expect(refused).toHaveLength(IMPORTS.length);
    expect(refused[0]).toContain("The SDK ships alone");
  });

  it("allows them in the SDK's tests", () => {
    expect(restrictedImports("packages/sdk/test/probe.test.ts", SOURCE)).toEqual([]);
  });
});
