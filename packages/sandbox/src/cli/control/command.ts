/**
 * @module
 * What a control command is, as data: the words that name it, its arguments and options, a line of help and an
 * example, and what it runs. The command table (`commands/index.ts`) lists them; the runner parses, helps and
 * reports errors from these fields alone.
 */
import type { ControlClient } from "../../control-client/control-client-types.ts";

/** One option of a command, as `node:util`'s `parseArgs` reads it, with what `--help` says about it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** The value's placeholder in help, e.g. `<id>`; string options only. */
  readonly value?: string;
  readonly description: string;
}

interface ArgumentSpec {
  /** As shown in usage, e.g. `<id>`. */
  readonly name: string;
  readonly description: string;
}

/** What a command runs with: the control client, its arguments and options, already parsed. */
export interface CommandCall {
  readonly control: ControlClient;
  /** The positional arguments, one per {@link CommandSpec.args}. */
  readonly args: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  /** The sandbox's base URL, for commands that also read the ECF API. */
  readonly url: string;
  readonly fetch: (request: Request) => Promise<Response>;
}

/** What a command answers: the value printed with `--json`, and the short text printed otherwise. */
export interface CommandResult {
  readonly json: unknown;
  readonly text: string;
}

export interface CommandSpec {
  /** The words that name the command, e.g. `["clock", "set"]`. */
  readonly words: readonly string[];
  readonly args: readonly ArgumentSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** One line: what the command does. */
  readonly summary: string;
  /** Full command lines, shown under "Example". */
  readonly examples: readonly string[];
  run(call: CommandCall): Promise<CommandResult>;
}

/** A command's options and arguments are fine, but the sandbox's data makes the request impossible (exit 1). */
export class CommandError extends Error {
  override name = "CommandError";
}
