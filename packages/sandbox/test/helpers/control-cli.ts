/**
 * The control CLI as a user runs it: `lpkit-sandbox <command>` in a child process, against a sandbox a test file
 * serves on port 0, every answer of which is checked against `spec/` on its way out.
 */
import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from "vitest";
import { specCheckedFetch } from "./spec-checked-fetch.ts";
import { TEST_NOW, testSandbox } from "./test-sandbox.ts";

const CLI = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
/** The control token the served sandbox requires; the CLI gets it through `LPKIT_SANDBOX_CONTROL_TOKEN`. */
export const CONTROL_CLI_TOKEN = "s3cret";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Serves a sandbox with a control token for the test file, reset to TEST_NOW before each test; after each test,
 * fails it if an answer broke the spec. `cli(args, env?)` runs the command against it (`env` overrides the
 * environment); `json(args)` with `--json`, parsed.
 */
export function useControlCli() {
  // Every command is a Node process of its own: a third of a second on an idle machine, seconds on a busy one, and a
  // test runs several.
  vi.setConfig({ testTimeout: 30_000 });
  const { sandbox } = testSandbox({ controlToken: CONTROL_CLI_TOKEN });
  const violations: string[] = [];
  const checked = specCheckedFetch(sandbox.fetch);
  let url = "";
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const server = serve({
      fetch: async (request) =>
        checked(request).catch((error: unknown) => {
          violations.push(String(error));
          return new Response("spec violation", { status: 500 });
        }),
      port: 0,
      hostname: "127.0.0.1",
    });
    await new Promise<void>((resolve) => server.once("listening", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) {
          server.closeAllConnections();
        }
      });
  });
  afterAll(() => close());
  beforeEach(() => sandbox.control.reset({ now: TEST_NOW }));
  afterEach(() => {
    expect(violations.splice(0), "sandbox answers that spec/ does not allow").toEqual([]);
  });

  const cli = (args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [CLI, ...args],
        { env: { ...process.env, LPKIT_SANDBOX_URL: url, LPKIT_SANDBOX_CONTROL_TOKEN: CONTROL_CLI_TOKEN, ...env } },
        (error, stdout, stderr) => {
          const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
          resolve({ code, stdout, stderr });
        },
      );
    });

  const json = async <T>(args: readonly string[]): Promise<T> => {
    const run = await cli([...args, "--json"]);
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    return JSON.parse(run.stdout) as T;
  };

  return { sandbox, cli, json };
}
