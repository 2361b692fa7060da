/**
 * Runs contract-test.ts as CI would, in a process of its own, and checks its exit codes and that it leaves no
 * sandbox behind.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const directory = fileURLToPath(new URL("..", import.meta.url));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function contractTest(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["contract-test.ts", ...args], { cwd: directory }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
    });
  });
}

/** The sandbox the run started no longer answers. */
async function expectStopped(run: Run): Promise<void> {
  const baseUrl = /Sandbox on (http:\/\/127\.0\.0\.1:\d+)/.exec(run.stdout)?.[1];
  expect(baseUrl, run.stdout).toBeDefined();
  await expect(fetch(`${baseUrl}/__sandbox/health`)).rejects.toThrow();
}

const FROZEN = ["--", "--now", "2025-10-01T09:30:00Z"];

describe("contract-test.ts", () => {
  it("exits 0 when every check passes, then stops the sandbox", async () => {
    const run = await contractTest("--checks", "./checks.ts", ...FROZEN);

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✓ a repeated declaration is refused with the message our code matches on");
    expect(run.stdout).toContain("All 5 checks passed");
    await expectStopped(run);
  });

  it("exits 1 when a check fails, says which and why, saves the journal, and still stops the sandbox", async () => {
    const journals = mkdtempSync(join(tmpdir(), "contract-journals-"));
    const run = await contractTest("--checks", "./test/fixtures/failing-checks.ts", "--journals", journals, ...FROZEN);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain("✓ the sandbox is healthy");
    expect(run.stdout).toContain("✗ a repeated declaration is refused with a reworded message");
    expect(run.stdout).toContain(
      "A declaration has already been submitted that will be, or has been, paid for this event.",
    );
    expect(run.stdout).toContain("1 of 2 checks failed");
    await expectStopped(run);
    // The failed check's journal, to replay: the header, then the changes the run made.
    const journal = join(journals, "a-repeated-declaration-is-refused-with-a-reworded-message.ndjson");
    expect(run.stdout).toContain(`journal: ${journal} (replay it: npx lpkit-sandbox --replay ${journal})`);
    const [header, ...entries] = readFileSync(journal, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(header).toMatchObject({ format: 1 });
    expect(entries.map((entry) => entry.kind)).toContain("command");
    rmSync(journals, { recursive: true, force: true });
  });

  it("exits 2 when the sandbox cannot start, with the CLI's own message", async () => {
    const run = await contractTest("--checks", "./checks.ts", "--", "--now", "yesterday");

    expect(run.code).toBe(2);
    expect(run.stderr).toContain("lpkit-sandbox stopped before it was healthy (exit code 2)");
    expect(run.stderr).toContain("--now");
  });

  it("exits 2 when the checks cannot be loaded, before starting anything", async () => {
    const run = await contractTest("--checks", "./no-such-checks.ts");

    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot load the checks from ./no-such-checks.ts");
    expect(run.stdout).not.toContain("Sandbox on");
  });

  it("exits 2 when the --sandbox executable cannot be started, saying which", async () => {
    const run = await contractTest("--sandbox", "./no-such-lpkit-sandbox", ...FROZEN);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot start");
    expect(run.stderr).toContain("no-such-lpkit-sandbox");
    expect(run.stdout).not.toContain("Sandbox on");
  });

  it("exits 2 for a lead provider the sandbox does not have", async () => {
    const run = await contractTest("--lead-provider", "No Such Provider", ...FROZEN);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the sandbox has no lead provider called "No Such Provider"');
    await expectStopped(run);
  });
});
