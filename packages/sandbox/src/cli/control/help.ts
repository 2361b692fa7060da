import type { CommandSpec, OptionSpec } from "./command.ts";
import { relatedCommands } from "./find-command.ts";
import { GLOBAL_OPTIONS } from "./global-options.ts";

const COLUMN = 30;

function line(left: string, right: string): string {
  return left.length + 2 > COLUMN ? `  ${left}\n${" ".repeat(COLUMN)}${right}` : `  ${left.padEnd(COLUMN - 2)}${right}`;
}

function optionLine(name: string, option: OptionSpec): string {
  const flag = name === "help" ? "-h, --help" : `--${name}`;
  return line(option.value === undefined ? flag : `${flag} ${option.value}`, option.description);
}

/** `clock set <time>`. */
export function commandLine(command: CommandSpec): string {
  return [...command.words, ...command.args.map((arg) => arg.name)].join(" ");
}

/** A command's `--help`: usage, what it does, its arguments and options, an example, the commands next to it. */
export function commandHelp(command: CommandSpec, commands: readonly CommandSpec[]): string {
  const related = relatedCommands(command, commands);
  return [
    `Usage: lpkit-sandbox ${commandLine(command)} [options]`,
    "",
    `${command.summary}.`,
    ...(command.args.length === 0
      ? []
      : ["", "Arguments:", ...command.args.map((arg) => line(arg.name, arg.description))]),
    "",
    "Options:",
    ...Object.entries(command.options).map(([name, option]) => optionLine(name, option)),
    ...Object.entries(GLOBAL_OPTIONS).map(([name, option]) => optionLine(name, option)),
    "",
    command.examples.length === 1 ? "Example:" : "Examples:",
    ...command.examples.map((example) => `  ${example}`),
    ...(related.length === 0
      ? []
      : ["", `See also: ${related.map((other) => `lpkit-sandbox ${other.words.join(" ")}`).join(", ")}`]),
    "",
  ].join("\n");
}

/** The list of commands in the root `--help`. */
export function commandsOverview(commands: readonly CommandSpec[]): string {
  return [
    "Commands (drive a running sandbox through its control API):",
    ...commands.map((command) => line(commandLine(command), command.summary)),
    "",
    "Each command takes --url <url> (default http://127.0.0.1:4010, or LPKIT_SANDBOX_URL), --control-token <token>",
    '(or LPKIT_SANDBOX_CONTROL_TOKEN) and --json; "lpkit-sandbox <command> --help" tells more.',
    "",
  ].join("\n");
}
