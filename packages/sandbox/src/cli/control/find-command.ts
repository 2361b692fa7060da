import type { CommandSpec } from "./command.ts";
import { GLOBAL_VALUE_OPTIONS, isGlobalOption } from "./global-options.ts";

export type CommandLookup =
  /** `rest`: the command line without the command's words, for its own options and arguments. */
  | { readonly kind: "command"; readonly command: CommandSpec; readonly rest: readonly string[] }
  /** The first word names no command. */
  | { readonly kind: "unknown"; readonly word: string }
  /** No command at all: `lpkit-sandbox` starts a sandbox. */
  | { readonly kind: "none" };

/**
 * The command a command line names. Its words come first (`lpkit-sandbox clock set ...`), possibly after global
 * options (`lpkit-sandbox --url http://... clock`); the longest command whose words begin the line wins, so
 * `faults clear` is not `faults` with an argument.
 */
export function findCommand(argv: readonly string[], commands: readonly CommandSpec[]): CommandLookup {
  let start = 0;
  while (start < argv.length && isGlobalOption(argv[start] ?? "")) {
    start += GLOBAL_VALUE_OPTIONS.has(argv[start] ?? "") ? 2 : 1;
  }
  const words: string[] = [];
  for (let index = start; index < argv.length && !(argv[index] ?? "-").startsWith("-"); index++) {
    words.push(argv[index] ?? "");
  }
  if (words.length === 0) {
    return { kind: "none" };
  }
  const matching = commands
    .filter((command) => command.words.every((word, index) => words[index] === word))
    .sort((a, b) => b.words.length - a.words.length);
  const command = matching[0];
  if (command === undefined) {
    return { kind: "unknown", word: words[0] ?? "" };
  }
  const rest = [...argv.slice(0, start), ...argv.slice(start + command.words.length)];
  return { kind: "command", command, rest };
}

/** The commands that share `command`'s first word, for "see also" in its help and for unknown sub-commands. */
export function relatedCommands(command: CommandSpec, commands: readonly CommandSpec[]): readonly CommandSpec[] {
  return commands.filter((other) => other !== command && other.words[0] === command.words[0]);
}
