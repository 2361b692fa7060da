/**
 * Where a test lives (docs/decisions/workspace-test-placement.md): in its package's `test/` folder, never beside the
 * code in `src/`, so `src/` is exactly what ships and a module's test is found at the mirrored path.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/rules-documents.ts";

const TEST_FILE = /\.test(-d)?\.tsx?$/;

/** A test file is in place when some folder on its path is a `test/` folder. */
function isPlacedTest(file: string): boolean {
  return file.split("/").slice(0, -1).includes("test");
}

function testFiles(): string[] {
  // Untracked files count too, so a misplaced test fails before it is committed.
  return execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repoRoot,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => TEST_FILE.test(file));
}

describe("test placement", () => {
  it("tells a test folder from a source folder", () => {
    expect(isPlacedTest("packages/engine/test/payments/fraction.test.ts")).toBe(true);
    expect(isPlacedTest("packages/sdk/test/client.test-d.ts")).toBe(true);
    expect(isPlacedTest("packages/engine/src/payments/fraction.test.ts")).toBe(false);
    expect(isPlacedTest("packages/sandbox/src/test-helpers/x.test.ts")).toBe(false);
  });

  it("finds every test of the repository in a test/ folder", () => {
    const files = testFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => !isPlacedTest(file))).toEqual([]);
  });
});
