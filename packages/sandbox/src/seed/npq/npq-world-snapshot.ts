import { NPQ_TABLE_NAMES, type NpqWorldData, npqWorldData, npqWorldFromData } from "@lpkit/engine/internal";
import { SeededIds } from "../../state/seeded-ids.ts";
import type { BuiltNpqWorld } from "./seeded-npq-world.ts";

/** A built NPQ world kept as data, to reset to the same seed and frozen instant without replaying its history. */
export interface NpqWorldSnapshot {
  readonly data: NpqWorldData;
  readonly ids: readonly [number, number, number, number];
}

/** Each table copied, rows shared: rows are never changed in place (a write replaces the row), so this is cheap. */
function copyTables(data: NpqWorldData): NpqWorldData {
  const copy = { ...data };
  for (const table of NPQ_TABLE_NAMES) {
    (copy as Record<string, unknown>)[table] = { ...data[table] };
  }
  return copy;
}

export function snapshotNpqWorld(built: BuiltNpqWorld): NpqWorldSnapshot {
  return { data: copyTables(npqWorldData(built.world)), ids: built.ids.snapshot() };
}

/** A world equal to the one snapshotted, with its id stream where it was. */
export function restoreNpqWorld(snapshot: NpqWorldSnapshot): BuiltNpqWorld {
  return {
    world: npqWorldFromData(copyTables(snapshot.data)),
    ids: SeededIds.resume(snapshot.ids),
    refusals: [],
  };
}
