#!/usr/bin/env node
/**
 * `lpkit-sandbox`: with no command, starts a sandbox (`cli/serve.ts`); with one (`lpkit-sandbox clock set ...`),
 * drives a running sandbox over its control API (`cli/control/`). Each side is loaded only when used, so a control
 * command does not load the world builder.
 */
import { COMMANDS } from "./cli/control/commands/index.ts";
import { findCommand } from "./cli/control/find-command.ts";

const argv = process.argv.slice(2);
if (findCommand(argv, COMMANDS).kind === "none") {
  const { serveFromCommandLine } = await import("./cli/serve.ts");
  await serveFromCommandLine(argv);
} else {
  const { runControlCli } = await import("./cli/control/run-control-cli.ts");
  process.exitCode = await runControlCli(argv, {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
