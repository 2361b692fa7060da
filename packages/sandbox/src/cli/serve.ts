/**
 * `lpkit-sandbox` without a command: builds the seeded world, serves the sandbox over HTTP and prints where
 * everything is.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createSandbox, internalControl, type Sandbox, type SandboxOptions } from "../create-sandbox.ts";
import { JournalReplayError } from "../journal/recorded-journal.ts";
import { JournalFileError } from "../journal/sqlite-journal-store.ts";
import { EMBEDDED_FILE_KEYS, readEmbeddedText } from "../platform/embedded-files.ts";
import type { SeedProgress } from "../seed/seeded-world.ts";
import { banner } from "./banner.ts";
import { COMMANDS } from "./control/commands/index.ts";
import { commandsOverview } from "./control/help.ts";
import { cliAllowedHosts, isLoopbackAddress, isWildcardAddress, urlHost } from "./network-options.ts";
import { type CliOptions, parseCliOptions, USAGE, UsageError } from "./parse-options.ts";
import { requestPrinter, useColour } from "./request-lines.ts";

function version(): string {
  const text =
    readEmbeddedText(EMBEDDED_FILE_KEYS.packageJson) ??
    readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  const manifest = JSON.parse(text) as { version: string };
  return manifest.version;
}

function progressReporter(): (progress: SeedProgress) => void {
  let last = "";
  let lastTenth = -1;
  return ({ phase, done, total }) => {
    const line = `Building the world: ${phase} ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} events`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line.padEnd(last.length)}${phase === "done" ? "\n" : ""}`);
      last = line;
      return;
    }
    // Not a terminal (CI logs): one line per tenth of the way.
    const tenth = Math.floor((done / Math.max(total, 1)) * 10);
    if (tenth !== lastTenth || phase === "done") {
      lastTenth = tenth;
      process.stderr.write(`${line}\n`);
    }
  };
}

function readJournalFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    process.stderr.write(`lpkit-sandbox: cannot read --replay ${file}: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** A data file or journal the sandbox cannot start from ends the process with its reason, not a stack trace. */
function createOrExit(options: SandboxOptions): Sandbox {
  try {
    return createSandbox(options);
  } catch (error) {
    if (error instanceof JournalFileError || error instanceof JournalReplayError || error instanceof TypeError) {
      process.stderr.write(`lpkit-sandbox: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function start(options: CliOptions): Promise<void> {
  const host = urlHost(options.host);
  // The docs' `servers` name the address the sandbox listens on; bound to every interface, that is no address a
  // client can use, so they stay relative. Port 0 is only known once listening: relative too.
  const origin = isWildcardAddress(options.host) || options.port === 0 ? undefined : `http://${host}:${options.port}`;
  const sandbox = createOrExit({
    data: options.data,
    journal: options.replay === undefined ? undefined : readJournalFile(options.replay),
    replayUntil: options.replayUntil,
    seed: options.seed,
    now: options.now,
    size: options.size,
    rateLimit: options.rateLimit,
    allowedHosts: cliAllowedHosts(options.host, options.allowedHosts),
    controlToken: options.controlToken,
    origin,
    onProgress: options.size === undefined ? undefined : progressReporter(),
    // After the banner (nothing is answered before it), a line per request on stdout.
    onRequest: options.quiet
      ? undefined
      : requestPrinter(options.logFormat, useColour(process.stdout, process.env), (line) => process.stdout.write(line)),
  });
  const server = serve({ fetch: sandbox.app.fetch, port: options.port, hostname: options.host });
  server.once("error", (error) => {
    console.error(`lpkit-sandbox: cannot listen on ${options.host}:${options.port}: ${error.message}`);
    process.exit(1);
  });
  server.once("listening", async () => {
    const { port } = server.address() as AddressInfo;
    // The engine-side summary and accounts, as the banner prints them (no request to itself needed).
    const control = internalControl(sandbox);
    const summary = await control.summary();
    process.stdout.write(
      banner(`http://${host}:${port}`, summary, control.leadProviders(), control.npqLeadProviders(), {
        financeDashboard: options.controlToken === undefined,
      }),
    );
    const entries = control.journalLength().toLocaleString("en-GB");
    if (options.replay !== undefined) {
      process.stderr.write(`lpkit-sandbox: replayed ${entries} journal entries from ${options.replay}\n`);
    }
    if (options.data !== undefined) {
      process.stderr.write(`lpkit-sandbox: journal kept in ${options.data} (${entries} entries so far)\n`);
    }
    if (!isLoopbackAddress(options.host) && options.controlToken === undefined) {
      process.stderr.write(
        "lpkit-sandbox: other machines can reach this sandbox and drive its control API (reset, clock, faults); start it with --control-token to require a token.\n",
      );
    }
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.exit(130);
    }
    stopping = true;
    process.stderr.write(`\nlpkit-sandbox: ${signal} received, stopping\n`);
    server.close(() => {
      internalControl(sandbox).closeJournal();
      process.exit(0);
    });
    // Keep-alive connections would hold close() open; the sandbox has no work worth waiting for.
    if ("closeAllConnections" in server) {
      server.closeAllConnections();
    }
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** `lpkit-sandbox [options]`: parses the server's options and starts it (or prints help or the version). */
export async function serveFromCommandLine(argv: readonly string[]): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliOptions(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lpkit-sandbox: ${error.message}\n\n${rootUsage()}`);
      process.exit(2);
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(rootUsage());
    return;
  }
  if (options.version) {
    process.stdout.write(`${version()}\n`);
    return;
  }
  await start(options);
}

/** The root `--help`: the server's options, then the control commands. */
export function rootUsage(): string {
  return `${USAGE}\n${commandsOverview(COMMANDS)}`;
}
