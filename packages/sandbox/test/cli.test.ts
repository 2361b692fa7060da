import { type ChildProcess, spawn } from "node:child_process";
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
      ]),
    ).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      seed: 7,
      now: new Date("2025-10-01T09:30:00Z"),
      size: 100000,
      rateLimit: true,
    });
  });

  it.each([["--port", "http"], ["--port", "70000"], ["--seed", "-1"], ["--now", "tomorrow"], ["--colour"]])(
    "refuses %s %s",
    (...args) => {
      expect(() => parseCliOptions(args.filter((arg) => arg !== undefined))).toThrow(UsageError);
    },
  );
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

describe("lpkit-sandbox", () => {
  it("prints the base URLs and tokens, answers health, and stops cleanly on SIGTERM", async () => {
    const {
      child: process_,
      output,
      origin,
    } = await start(["--port", "0", "--seed", "7", "--now", "2025-10-01T09:30:00Z"]);
    expect(output()).toContain("/ecf/api/v3");
    expect(output()).toContain("ambition-institute");
    expect(output()).toContain("clock frozen at 2025-10-01T09:30:00Z");
    const health = await fetch(`${origin}/__sandbox/health`);
    expect(await health.json()).toEqual({ status: "ok" });
    const world = (await (await fetch(`${origin}/__sandbox/world`)).json()) as { seed: number };
    expect(world.seed).toBe(7);
    const exited = new Promise<number | null>((resolve) => process_.once("exit", (code) => resolve(code)));
    process_.kill("SIGTERM");
    expect(await exited).toBe(0);
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
