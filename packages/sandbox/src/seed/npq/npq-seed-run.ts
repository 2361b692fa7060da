import { executeNpq, type NpqCommand, type NpqCommandValue, type NpqWorld } from "@lpkit/engine";
import type { SeededIds } from "../../state/seeded-ids.ts";
import { Timeline } from "../timeline.ts";

/** A planned NPQ command the rules refused: a healthy seed has none at any clock (the seed's tests hold that). */
export interface NpqSeedRefusal {
  readonly at: string;
  readonly command: NpqCommand;
  readonly errors: readonly { title: string; detail: string }[];
}

/**
 * The NPQ seed's history, replayed as the ECF seed's is (`seed/timeline.ts`): events planned at their own instants,
 * run in date order through the engine's NPQ commands up to "now", so that statement placement, declaration states
 * and statement statuses are what the rules produce at each step.
 */
export class NpqSeedRun {
  readonly world: NpqWorld;
  readonly now: Date;
  readonly refusals: NpqSeedRefusal[] = [];
  readonly #ids: SeededIds;
  readonly #timeline = new Timeline();

  constructor(world: NpqWorld, ids: SeededIds, now: Date) {
    this.world = world;
    this.#ids = ids;
    this.now = now;
  }

  /** Plans an event; one after "now" has not happened yet and never runs. */
  at(at: number, phase: string, run: (at: Date) => void): void {
    this.#timeline.at(at, phase, run);
  }

  /** Runs the planned history up to "now" (events may plan further events). */
  replay(): void {
    this.#timeline.run(this.now.getTime());
  }

  /** A command the world's structure depends on: a refusal is a bug of the seeder. */
  must<C extends NpqCommand>(command: C, at: Date): NpqCommandValue<C["type"]> {
    const result = executeNpq(this.world, command, { now: at, newId: () => this.#ids.uuid() });
    if (!result.ok) {
      throw new Error(
        `seededNpqWorld: ${command.type} at ${at.toISOString()} refused: ${JSON.stringify(result.failure.errors)}`,
      );
    }
    return result.value;
  }

  /**
   * A step of a history: a refusal is recorded and undefined returned, so that an unusual clock never stops the
   * sandbox from starting; the history's later steps skip what they needed from it.
   */
  try<C extends NpqCommand>(command: C, at: Date): NpqCommandValue<C["type"]> | undefined {
    const result = executeNpq(this.world, command, { now: at, newId: () => this.#ids.uuid() });
    if (result.ok) {
      return result.value;
    }
    this.refusals.push({ at: at.toISOString(), command, errors: result.failure.errors });
    return undefined;
  }
}
