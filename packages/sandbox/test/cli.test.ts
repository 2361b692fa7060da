import { type ChildProcess, spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { parseCliOptions, UsageError } from "../src/cli/parse-options.ts";

const CLI = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

describe("parseCliOptions", () => {
  it("has defaults", () => {
    expect(parseCliOptions([])).toMatchObject({ port: 4010, host: "127.0.0.1", seed: undefined, rateLimit: false });
  });

  it("reads every option", () => {
    expect(
      parseCliOptions([
        "--port",
        "8080",
        "--host",
        "0.0.0.0",
        "--seed",
        "7",
        "--now",
        "2025-10-01T09:30:00Z",
        "--size",
        "100000",
        "--rate-limit",
        "--allowed-host",
        "sandbox.internal",
        "--allowed-host",
        "10.0.0.5",
        "--control-token",
        "s3cret",
      ]),
    ).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      seed: 7,
      now: new Date("2025-10-01T09:30:00Z"),
      size: 100000,
      rateLimit: true,
      allowedHosts: ["sandbox.internal", "10.0.0.5"],
      controlToken: "s3cret",
    });
  });

  it.each([
    ["--port", "http"],
    ["--port", "70000"],
    ["--seed", "-1"],
    ["--now", "tomorrow"],
    ["--colour"],
    ["--control-token", " "],
    ["--replay-until", "3"],
    ["--data", ""],
  ])("refuses %s %s", (...args) => {
    expect(() => parseCliOptions(args.filter((arg) => arg !== undefined))).toThrow(UsageError);
  });
});

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

function start(args: string[]): Promise<{ child: ChildProcess; output: () => string; origin: string }> {
  const process_ = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  child = process_;
  let output = "";
  process_.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  return new Promise((resolve, reject) => {
    process_.stdout?.on("data", (chunk) => {
      output += String(chunk);
      const match = /Control API\s+(http:\/\/[^/\s]+)\/__sandbox/.exec(output);
      if (match?.[1]) {
        resolve({ child: process_, output: () => output, origin: match[1] });
      }
    });
    process_.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

/** The status of `GET /__sandbox/world` sent to `origin` with another `Host` (which `fetch` does not let one set). */
function statusForHost(origin: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}/__sandbox/world`, { headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.once("error", reject);
    request.end();
  });
}

describe("lpkit-sandbox", () => {
  it("prints the base URLs and tokens, answers health, and stops cleanly on SIGTERM", async () => {
    const {
      child: process_,
      output,
      origin,
    } = await start(["--port", "0", "--seed", "7", "--now", "2025-10-01T09:30:00Z"]);
    expect(output()).toContain("/ecf/api/v3");
    expect(output()).toContain(`${origin}/npq/api/v3`);
    expect(output()).toContain("ambition-institute");
    // An NPQ-only lead provider's token, in the NPQ table beside the ECF one.
    expect(output()).toMatch(/NPQ lead provider[\s\S]*LLSE\s+llse\s+2021a/);
    expect(output()).toContain("clock frozen at 2025-10-01T09:30:00Z");
    const health = await fetch(`${origin}/__sandbox/health`);
    expect(await health.json()).toEqual({ status: "ok" });
    const world = (await (await fetch(`${origin}/__sandbox/world`)).json()) as { seed: number };
    expect(world.seed).toBe(7);
    const exited = new Promise<number | null>((resolve) => process_.once("exit", (code) => resolve(code)));
    process_.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 20_000);

  it("with --control-token, requires it on the control API and leaves health open", async () => {
    const { origin } = await start(["--port", "0", "--control-token", "s3cret"]);
    expect((await fetch(`${origin}/__sandbox/health`)).status).toBe(200);
    expect((await fetch(`${origin}/__sandbox/world`)).status).toBe(401);
    const world = await fetch(`${origin}/__sandbox/world`, { headers: { authorization: "Bearer s3cret" } });
    expect(world.status).toBe(200);
  }, 20_000);

  it("refuses a Host it does not answer for, and answers for an --allowed-host", async () => {
    const { origin } = await start(["--port", "0", "--allowed-host", "sandbox.internal"]);
    const port = new URL(origin).port;
    expect(await statusForHost(origin, `attacker.example:${port}`)).toBe(403);
    expect(await statusForHost(origin, `sandbox.internal:${port}`)).toBe(200);
    const docs = (await (await fetch(`${origin}/docs/sandbox-v1.json`)).json()) as { servers: unknown };
    expect(docs.servers).toEqual([{ url: "/", description: "This sandbox" }]);
  }, 20_000);

  it("prints usage and exits with 2 on a bad option", async () => {
    const process_ = spawn(process.execPath, [CLI, "--port", "nope"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    process_.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => process_.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("--port must be a whole number");
    expect(stderr).toContain("Usage: lpkit-sandbox");
  }, 20_000);
});
