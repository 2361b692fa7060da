import type { NpqWorldData, WorldData } from "@lpkit/engine/internal";
import type { Scenario } from "../state/scenario.ts";
import type { IdsPosition, JournalClock } from "./journal-entry.ts";

/**
 * Everything a journal's entries have built up to one point, so that a start-up replays only the entries after it.
 * Derived (the entries are the truth): a snapshot the store cannot read is ignored, never trusted.
 */
export interface WorldSnapshot {
  readonly seed: number;
  readonly ecf: WorldData;
  readonly ecfIds: IdsPosition;
  readonly scenarios: readonly Scenario[];
  readonly npq: NpqWorldData;
  readonly npqIds: IdsPosition;
  readonly clock: JournalClock;
}

/**
 * The shape of `WorldSnapshot` and of the engine's world data inside it. Bump it when either changes: a store
 * holding snapshots of another shape starts from its entries instead.
 */
export const SNAPSHOT_FORMAT = 1;
