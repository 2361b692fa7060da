import { type Command, type CommandValue, execute, type World } from "@lpkit/engine";
import type { SeededIds } from "../state/seeded-ids.ts";

/** A planned command the rules refused: the seed report lists these; a healthy seed has none. */
export interface SeedRefusal {
  readonly at: string;
  readonly command: Command;
  readonly errors: readonly { title: string; detail: string }[];
}

/** Runs the seeder's commands against the world, each at its event's instant, with reproducible ids. */
export class SeedRun {
  readonly world: World;
  readonly ids: SeededIds;
  readonly refusals: SeedRefusal[] = [];
  /** Made once: a large world runs a million commands, each of which would otherwise get a closure of its own. */
  readonly #newId = (): string => this.ids.uuid();

  constructor(world: World, ids: SeededIds) {
    this.world = world;
    this.ids = ids;
  }

  /**
   * Runs a command; when the rules refuse it the refusal is recorded and undefined returned, so one implausible
   * random history (which a particular seed may produce) never stops the world from being built. `quiet` is for
   * commands expected to be refused sometimes (paying a statement that may hold nothing to pay).
   */
  try<C extends Command>(command: C, at: Date, options: { quiet?: boolean } = {}): CommandValue<C["type"]> | undefined {
    const result = execute(this.world, command, { now: at, newId: this.#newId });
    if (result.ok) {
      return result.value;
    }
    if (options.quiet === true) {
      return undefined;
    }
    this.refusals.push({ at: at.toISOString(), command, errors: result.failure.errors });
    return undefined;
  }

  /** Runs a command the world's structure depends on: a refusal is a bug of the seeder. */
  must<C extends Command>(command: C, at: Date): CommandValue<C["type"]> {
    const result = execute(this.world, command, { now: at, newId: this.#newId });
    if (!result.ok) {
      throw new Error(
        `seeding failed: ${command.type} at ${at.toISOString()} was refused: ${JSON.stringify(result.failure.errors)}`,
      );
    }
    return result.value;
  }
}
