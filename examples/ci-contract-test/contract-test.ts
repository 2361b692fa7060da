/**
 * Contract tests for CI. Starts the Lead Provider Kit sandbox CLI (`lpkit-sandbox`) on a free port, waits until it
 * answers `GET /__sandbox/health`, runs each check of a checks module against a freshly reset world, stops the
 * sandbox, and exits with:
 *
 *   0  every check passed
 *   1  a check failed
 *   2  the checks could not run (bad arguments, checks module not found, sandbox did not start)
 *
 * Usage (Node 22.18 or later runs this TypeScript file as it is):
 *
 *   node contract-test.ts [--checks ./checks.ts] [--lead-provider "Ambition Institute"] [--sandbox <executable>]
 *                         [--journals <dir>] [-- <lpkit-sandbox options>]
 *
 * For example, `-- --now 2025-10-01T09:30:00Z --seed 7` freezes the sandbox's clock and fixes its world.
 * `--sandbox ./lpkit-sandbox` runs that executable (the single-file build, which needs no Node) instead of the
 * installed package's CLI. When a check fails, the sandbox's journal (every change it accepted, `GET
 * /__sandbox/journal`) is saved as `<dir>/<check>.ndjson` (default dir: `sandbox-journals`): keep it as a CI artefact,
 * and `lpkit-sandbox --replay <file>` rebuilds the world the check failed in, on any machine.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type AddressInfo, createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createSandboxClient, type SandboxClient } from "@lpkit/sdk";
import type { Check } from "./contract-check.ts";

const HEALTH_TIMEOUT_MS = 60_000;

class SetupError extends Error {}

function options() {
  try {
    const { values, positionals } = parseArgs({
      options: {
        checks: { type: "string", default: "./checks.ts" },
        "lead-provider": { type: "string", default: "Ambition Institute" },
        sandbox: { type: "string" },
        journals: { type: "string", default: "sandbox-journals" },
      },
      allowPositionals: true,
    });
    return {
      checks: values.checks,
      leadProvider: values["lead-provider"],
      sandboxExecutable: values.sandbox,
      journals: values.journals,
      sandboxArgs: positionals,
    };
  } catch (error) {
    throw new SetupError(
      `${(error as Error).message}\nusage: node contract-test.ts [--checks <file>] [--lead-provider <name>] [--sandbox <executable>] [--journals <dir>] [-- <lpkit-sandbox options>]`,
    );
  }
}

async function loadChecks(file: string): Promise<readonly Check[]> {
  let loaded: { default?: unknown };
  try {
    loaded = await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    throw new SetupError(`cannot load the checks from ${file}: ${(error as Error).message}`);
  }
  const checks = loaded.default;
  if (!Array.isArray(checks) || checks.length === 0) {
    throw new SetupError(`${file} must export a non-empty array of checks as its default export`);
  }
  return checks as Check[];
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, "close");
  return port;
}

/** The installed `lpkit-sandbox` CLI, run with this Node: no shell or npx between us and the process we stop. */
function sandboxCli(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("@lpkit/sandbox/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> };
  return resolve(dirname(manifest), bin["lpkit-sandbox"] ?? "");
}

interface Sandbox {
  readonly baseUrl: string;
  readonly process: ChildProcess;
  /** What the CLI printed, for the log when something goes wrong. */
  readonly output: () => string;
}

/** The command that starts the sandbox: the given executable, or the installed CLI run with this Node. */
function sandboxCommand(executable: string | undefined): [string, ...string[]] {
  return executable === undefined ? [process.execPath, sandboxCli()] : [resolve(executable)];
}

async function startSandbox(executable: string | undefined, args: readonly string[]): Promise<Sandbox> {
  const port = await freePort();
  const [command, ...commandArgs] = sandboxCommand(executable);
  const child = spawn(command, [...commandArgs, "--port", String(port), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  // An executable that does not exist or cannot run: spawn reports it as an event, not a throw.
  let spawnFailure: Error | undefined;
  child.once("error", (error) => {
    spawnFailure = error;
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const sandbox = { baseUrl: `http://127.0.0.1:${port}`, process: child, output: () => output };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (spawnFailure !== undefined) {
      throw new SetupError(`cannot start ${command}: ${spawnFailure.message}`);
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new SetupError(`lpkit-sandbox stopped before it was healthy (exit code ${child.exitCode}):\n${output}`);
    }
    try {
      const response = await fetch(`${sandbox.baseUrl}/__sandbox/health`);
      if (response.ok) {
        return sandbox;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  await stopSandbox(sandbox);
  throw new SetupError(
    `lpkit-sandbox did not answer ${sandbox.baseUrl}/__sandbox/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${output}`,
  );
}

async function stopSandbox({ process: child }: Sandbox): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** `a repeated declaration is refused` → `a-repeated-declaration-is-refused`: a file name for a check. */
function fileName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "check"
  );
}

/**
 * Saves the sandbox's journal as it stands after a failed check, so that the failure can be replayed elsewhere
 * (`lpkit-sandbox --replay <file>`). A journal that cannot be saved is reported, never a reason to stop.
 */
async function saveJournal(control: SandboxClient, directory: string, check: Check): Promise<void> {
  const file = join(directory, `${fileName(check.name)}.ndjson`);
  try {
    mkdirSync(directory, { recursive: true });
    writeFileSync(file, await control.journal());
    console.log(`      journal: ${file} (replay it: npx lpkit-sandbox --replay ${file})`);
  } catch (error) {
    console.log(`      (the sandbox's journal could not be saved: ${(error as Error).message})`);
  }
}

/** Runs every check against a freshly reset world; answers how many failed. */
async function runChecks(
  checks: readonly Check[],
  sandbox: Sandbox,
  leadProviderName: string,
  journals: string,
): Promise<number> {
  const control = createSandboxClient({ baseUrl: sandbox.baseUrl });
  const leadProvider = (await control.leadProviders()).find(({ name }) => name === leadProviderName);
  if (leadProvider === undefined) {
    throw new SetupError(`the sandbox has no lead provider called "${leadProviderName}"`);
  }
  let failed = 0;
  for (const check of checks) {
    // Same seed and clock as at start: each check sees the world as it was, whatever the previous one did.
    await control.reset();
    const started = performance.now();
    try {
      await check.run({ control, ecfBaseUrl: control.ecfBaseUrl, leadProvider });
      console.log(`  ✓ ${check.name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`  ✗ ${check.name}`);
      console.log(`      ${String(error instanceof Error ? error.message : error).replaceAll("\n", "\n      ")}`);
      await saveJournal(control, journals, check);
    }
  }
  return failed;
}

async function main(): Promise<number> {
  const { checks: file, leadProvider, sandboxExecutable, sandboxArgs, journals } = options();
  const checks = await loadChecks(file);
  const sandbox = await startSandbox(sandboxExecutable, sandboxArgs);
  // A cancelled CI job must not leave the sandbox behind.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      sandbox.process.kill("SIGTERM");
      process.exit(130);
    });
  }
  console.log(`Sandbox on ${sandbox.baseUrl}; acting as ${leadProvider}`);
  try {
    const failed = await runChecks(checks, sandbox, leadProvider, journals);
    console.log(failed === 0 ? `All ${checks.length} checks passed` : `${failed} of ${checks.length} checks failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    await stopSandbox(sandbox);
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`contract-test: ${error instanceof SetupError ? error.message : (error as Error).stack}`);
  process.exitCode = 2;
}
