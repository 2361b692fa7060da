/**
 * @module
 * `lpkit-sandbox <command>`: drives a running sandbox over its control API with `createControlClient`. Parses the
 * command line against the command table, prints a command's result as short text (or its JSON with `--json`), and
 * says what went wrong in plain words. Exit codes: 0 done, 1 the sandbox refused or could not be reached, 2 a
 * malformed command line (with the usage).
 */
import { parseArgs } from "node:util";
import { createControlClient } from "../../control-client/create-control-client.ts";
import { UsageError } from "../parse-options.ts";
import type { CommandSpec } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import { describeFailure } from "./describe-failure.ts";
import { findCommand, relatedCommands } from "./find-command.ts";
import { DEFAULT_SANDBOX_URL, GLOBAL_OPTIONS } from "./global-options.ts";
import { commandHelp, commandLine, commandsOverview } from "./help.ts";

/** Where the control CLI reads and writes: the process's own, or a test's. */
export interface ControlCliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Default: the platform's `fetch`. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

type Values = Record<string, string | boolean | undefined>;

/** The command's options and arguments, or a `UsageError` saying what is wrong with them. */
function parseCommandLine(command: CommandSpec, rest: readonly string[]): { values: Values; positionals: string[] } {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...GLOBAL_OPTIONS, ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }) as { values: Values; positionals: string[] };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help !== true && positionals.length !== command.args.length) {
    const related = relatedCommands(command, COMMANDS);
    if (
      positionals.length > command.args.length &&
      related.some((other) => other.words.length > command.words.length)
    ) {
      throw new UsageError(`unknown command "${[...command.words, positionals[command.args.length]].join(" ")}"`);
    }
    throw new UsageError(
      command.args.length === 0
        ? `"${command.words.join(" ")}" takes no arguments, got "${positionals.join(" ")}"`
        : `usage: lpkit-sandbox ${commandLine(command)}`,
    );
  }
  return parsed;
}

/** The sandbox's base URL: `--url`, then `LPKIT_SANDBOX_URL`, then the default. */
function sandboxUrl(values: Values, env: ControlCliIo["env"]): string {
  const url = (typeof values.url === "string" ? values.url : undefined) ?? env.LPKIT_SANDBOX_URL ?? DEFAULT_SANDBOX_URL;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url must be an absolute http(s) URL such as ${DEFAULT_SANDBOX_URL}, got "${url}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new UsageError(`--url must be an http(s) URL, got "${url}"`);
  }
  return url.replace(/\/+$/, "");
}

/** Runs one control command; resolves with the exit code. */
export async function runControlCli(argv: readonly string[], io: ControlCliIo): Promise<number> {
  const lookup = findCommand(argv, COMMANDS);
  if (lookup.kind !== "command") {
    const what = lookup.kind === "unknown" ? `unknown command "${lookup.word}"` : "no command given";
    io.stderr(`lpkit-sandbox: ${what}\n\n${commandsOverview(COMMANDS)}`);
    return 2;
  }
  const { command, rest } = lookup;
  let values: Values;
  let positionals: string[];
  let url: string;
  try {
    ({ values, positionals } = parseCommandLine(command, rest));
    url = sandboxUrl(values, io.env);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lpkit-sandbox: ${error.message}\n\n${commandHelp(command, COMMANDS)}`);
      return 2;
    }
    throw error;
  }
  if (values.help === true) {
    io.stdout(commandHelp(command, COMMANDS));
    return 0;
  }
  const fetch = io.fetch ?? ((request: Request) => globalThis.fetch(request));
  const token =
    typeof values["control-token"] === "string" ? values["control-token"] : io.env.LPKIT_SANDBOX_CONTROL_TOKEN;
  const control = createControlClient({ baseUrl: url, fetch, controlToken: token || undefined });
  try {
    const result = await command.run({ control, args: positionals, options: values, url, fetch });
    io.stdout(`${values.json === true ? JSON.stringify(result.json, null, 2) : result.text}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lpkit-sandbox: ${error.message}\n\n${commandHelp(command, COMMANDS)}`);
      return 2;
    }
    io.stderr(
      describeFailure(error, url)
        .map((text) => `lpkit-sandbox: ${text}\n`)
        .join(""),
    );
    return 1;
  }
}
