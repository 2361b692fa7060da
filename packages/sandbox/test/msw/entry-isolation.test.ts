/**
 * MSW is an optional peer dependency of `@lpkit/sandbox/msw` only: importing the main entry must not load it (nor
 * its interceptors), or every user of the sandbox would need MSW installed. Each import runs in a fresh Node
 * process that records every module it resolves.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./support/modules-loaded-by.ts", import.meta.url));

async function modulesLoadedBy(specifier: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [script, specifier]);
  return JSON.parse(stdout) as string[];
}

const isMsw = (url: string) => /\/node_modules\/(msw|@mswjs\/[^/]+)\//.test(url);

describe("module graphs", () => {
  it("@lpkit/sandbox does not load msw", async () => {
    const loaded = await modulesLoadedBy("@lpkit/sandbox");
    // The entry itself was loaded, through the package's exports, so the record is complete.
    expect(loaded.some((url) => url.endsWith("/packages/sandbox/src/index.ts"))).toBe(true);
    expect(loaded.filter(isMsw)).toEqual([]);
  });

  it("@lpkit/sandbox/msw does (the check can see it)", async () => {
    const loaded = await modulesLoadedBy("@lpkit/sandbox/msw");
    expect(loaded.filter(isMsw).length).toBeGreaterThan(0);
  });
});
