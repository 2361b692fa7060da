/**
 * The single executable (scripts/build-executable.ts), built as CI builds it and run as a provider without Node runs
 * it: from a folder outside the repository, so nothing can come from node_modules or the workspace's spec/. It
 * answers --version and --help, serves /docs and /finance from the files it embeds, and passes the ECF checks of
 * examples/ci-contract-test, which start it on a free port, wait for health, run and stop it.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltExecutable, buildExecutable, embeddedFiles } from "../../scripts/build-executable.ts";
import { rootUsage } from "../../src/cli/serve.ts";
import { EMBEDDED_FILE_KEYS } from "../../src/platform/embedded-files.ts";
import { SpecClient } from "../helpers/spec-client.ts";

const CONTRACT_TEST_DIR = fileURLToPath(new URL("../../../../examples/ci-contract-test/", import.meta.url));
const FROZEN = ["--now", "2025-10-01T09:30:00Z", "--seed", "7"];

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
    });
  });
}

let folder: string;
let built: BuiltExecutable;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "lpkit-executable-"));
  built = await buildExecutable(folder);
}, 180_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("the single executable", () => {
  it("is one file carrying Node, and answers --version and --help", async () => {
    expect(dirname(built.path)).toBe(folder);
    // Node itself is most of it; a build that lost the blob would be Node's size and fail the runs below.
    expect(built.bytes).toBeGreaterThan(40 * 1024 * 1024);
    const manifest = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));

    const version = await run(built.path, ["--version"], folder);
    expect(version).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: "" });
    const help = await run(built.path, ["--help"], folder);
    expect(help).toEqual({ code: 0, stdout: rootUsage(), stderr: "" });
    const wrong = await run(built.path, ["--port", "nope"], folder);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--port must be a whole number");
  });

  it("serves the API, /docs and /finance from what it embeds, and stops on SIGTERM", async () => {
    const child = spawn(built.path, ["--port", "0", ...FROZEN], { cwd: folder, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const origin = await bannerOrigin(child);
      const client = new SpecClient((request) => fetch(request), origin);
      expect((await client.get("/__sandbox/health")).body).toEqual({ status: "ok" });
      expect((await client.get("/__sandbox/world")).body).toMatchObject({ seed: 7 });

      const document = await fetch(`${origin}/docs/ecf-v3.json`);
      expect(document.status).toBe(200);
      expect(await document.json()).toMatchObject({ openapi: expect.any(String), paths: expect.any(Object) });
      const css = await fetch(`${origin}/docs/assets/swagger-ui.css`);
      expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
      const source = embeddedFiles()[EMBEDDED_FILE_KEYS.swaggerUi("swagger-ui.css")] ?? "";
      expect(Buffer.from(await css.arrayBuffer()).equals(await readFile(source))).toBe(true);

      // The finance dashboard, and GOV.UK Frontend's files it embeds.
      expect((await fetch(`${origin}/finance/manage-cpd-contracts`)).status).toBe(200);
      for (const file of ["govuk-frontend.min.js", "assets/fonts/bold-b542beb274-v2.woff2"]) {
        const asset = await fetch(`${origin}/finance/assets/${file}`);
        expect(asset.status).toBe(200);
        const embedded = embeddedFiles()[EMBEDDED_FILE_KEYS.govukFrontend(file)] ?? "";
        expect(Buffer.from(await asset.arrayBuffer()).equals(await readFile(embedded))).toBe(true);
      }
      const stylesheet = await (await fetch(`${origin}/finance/assets/govuk-frontend.min.css`)).text();
      expect(stylesheet).toContain("url(/finance/assets/assets/fonts/");

      const exited = once(child, "exit");
      child.kill("SIGTERM");
      expect((await exited)[0]).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  }, 60_000);

  it("passes the ECF contract checks of examples/ci-contract-test", async () => {
    const checks = await run(
      process.execPath,
      ["contract-test.ts", "--sandbox", built.path, "--checks", "./checks.ts", "--", ...FROZEN],
      CONTRACT_TEST_DIR,
    );
    expect(checks.stderr).toBe("");
    expect(checks.stdout).toMatch(/^All \d+ checks passed$/m);
    expect(checks.code).toBe(0);
  }, 60_000);
});

/** The origin the sandbox prints once it listens (port 0 picks a free one). */
function bannerOrigin(child: ChildProcess): Promise<string> {
  let output = "";
  return new Promise((resolve, reject) => {
    child.stderr?.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
      const match = /Control API\s+(http:\/\/[^/\s]+)\/__sandbox/.exec(output);
      if (match?.[1]) {
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`lpkit-sandbox exited with ${code}: ${output}`)));
  });
}
