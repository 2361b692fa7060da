#!/usr/bin/env node
/**
 * `lpkit-sandbox`: with no command, starts a sandbox (`cli/serve.ts`); with one (`lpkit-sandbox clock set ...`),
 * drives a running sandbox over its control API (`cli/control/`). Each side is loaded only when used, so a control
 * command does not load the world builder.
 */
import { COMMANDS } from "./cli/control/commands/index.ts";
import { findCommand } from "./cli/control/find-command.ts";

async function main(argv: readonly string[]): Promise<void> {
  if (findCommand(argv, COMMANDS).kind === "none") {
    const { serveFromCommandLine } = await import("./cli/serve.ts");
    await serveFromCommandLine(argv);
    return;
  }
  const { runControlCli } = await import("./cli/control/run-control-cli.ts");
  process.exitCode = await runControlCli(argv, {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

// Not awaited at the top level, so that a bundler may turn this file into CommonJS (which has no top-level await).
// A rejection still ends the process with its stack and status 1.
void main(process.argv.slice(2));
