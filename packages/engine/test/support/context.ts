import type { CommandContext } from "../../src/commands/context.ts";

/** A controllable clock and deterministic UUID-shaped ids for tests. */
export class TestContext implements CommandContext {
  now: Date;
  #counter = 0;

  constructor(now: string | Date = "2025-10-15T10:00:00Z") {
    this.now = new Date(now);
  }

  newId(): string {
    this.#counter++;
    return `00000000-0000-4000-8000-${this.#counter.toString(16).padStart(12, "0")}`;
  }

  at(now: string | Date): this {
    this.now = new Date(now);
    return this;
  }
}
