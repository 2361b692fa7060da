/**
 * What a command may take from outside: the current time and fresh ids. Recording both alongside the command makes a
 * journal replay deterministic.
 */
export interface CommandContext {
  readonly now: Date;
  newId(): string;
}
