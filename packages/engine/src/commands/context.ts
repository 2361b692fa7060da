import type { World } from "../model/world.ts";
import type { Outcome } from "../result.ts";

/**
 * What a command may take from outside: the current time and fresh ids. Recording both alongside the command makes a
 * journal replay deterministic.
 */
export interface CommandContext {
  readonly now: Date;
  newId(): string;
}

/** Validates first, then mutates: a failed command leaves the world untouched. */
export type CommandHandler<C extends { readonly type: string }, V> = (
  world: World,
  command: C,
  context: CommandContext,
) => Outcome<V>;
