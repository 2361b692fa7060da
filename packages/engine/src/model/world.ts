/**
 * The World: the whole state of the service as plain, JSON-serialisable data, plus derived indexes.
 *
 * Tables are `Record<id, row>`; rows are immutable values replaced on change (`updateRow`), so an old snapshot stays
 * valid after later commands. Always write through `insertRow` / `updateRow` (`row-writes.ts`) so the indexes stay in
 * step; this module only builds worlds and reads them.
 */
import { COHORTS } from "../reference/cohorts.ts";
import type { Role } from "../reference/courses.ts";
import { LEAD_PROVIDERS } from "../reference/lead-providers.ts";
import { schedulesForCohort } from "../reference/schedules.ts";
import type { Instant } from "../time/instant.ts";
import type { Cohort, CohortYear } from "./cohort.ts";
import { buildIfDeferred, DEFERRED_INDEXES } from "./indexes/deferred-indexes.ts";
import { INDEXES, type IndexName, type IndexTable } from "./indexes/definitions.ts";
import { IndexStore } from "./indexes/index-store.ts";
import { indexEveryRow, insertRow } from "./row-writes.ts";
import { scheduleId } from "./schedule.ts";
import { shareTable } from "./shared-tables.ts";
import { type Row, TABLE_NAMES, type TableName } from "./tables.ts";
import type { World, WorldData } from "./world-shape.ts";
import { WorldVersion } from "./world-version.ts";

export type { World, WorldData } from "./world-shape.ts";

export interface CreateWorldOptions {
  /** Defaults to the production cohorts 2021-2026. */
  readonly cohorts?: readonly Cohort[];
  /** Defaults to the seven lead providers. */
  readonly leadProviders?: readonly { id: string; name: string; cohortYears: readonly CohortYear[] }[];
  /** Timestamp given to the reference rows. */
  readonly createdAt?: Instant;
}

const REFERENCE_CREATED_AT: Instant = "2021-01-01T00:00:00.000Z";

function emptyData(): WorldData {
  const data = { cohorts: {} } as WorldData;
  for (const table of TABLE_NAMES) {
    data[table] = {};
  }
  return data;
}

/** A world holding only the reference data: cohorts, their schedules and the lead providers. */
export function createWorld(options: CreateWorldOptions = {}): World {
  const createdAt = options.createdAt ?? REFERENCE_CREATED_AT;
  const world = worldFromData(emptyData());
  for (const cohort of options.cohorts ?? COHORTS) {
    world.cohorts[cohort.year] = cohort;
    for (const schedule of schedulesForCohort(cohort.year)) {
      insertRow(world, "schedules", { id: scheduleId(cohort.year, schedule.identifier), ...schedule });
    }
  }
  for (const leadProvider of options.leadProviders ?? LEAD_PROVIDERS) {
    insertRow(world, "leadProviders", { ...leadProvider, createdAt, updatedAt: createdAt });
  }
  return world;
}

/** The serialisable part of a world (what a snapshot or journal checkpoint stores). */
export function worldData(world: World): WorldData {
  const { indexes: _indexes, version: _version, ...data } = world;
  return data;
}

/**
 * A copy of a world's data that later commands leave as it is (for a reset to a known state, or a checkpoint). The
 * copy shares every table with the world (`shared-tables.ts`): whichever of the two writes a table first gives itself
 * a copy of that table then, so a snapshot costs a reference per table, and rows are shared for good, being immutable
 * values that commands replace rather than change.
 */
export function snapshotWorldData(world: WorldData): WorldData {
  const data = { cohorts: { ...world.cohorts } } as WorldData;
  for (const table of TABLE_NAMES) {
    shareTable(world[table]);
    (data as Record<TableName, unknown>)[table] = world[table];
  }
  return data;
}

/**
 * The world's version: it changes whenever a row is written (by any command, accepted fixture included), so what was
 * derived from the world at one version still holds while it is current. Compare versions of the same world object
 * only: a rebuilt world (a reset) starts again.
 */
export function worldVersion(world: World): number {
  return world.version.current;
}

/** Wraps data (e.g. parsed from JSON) as a world, rebuilding every index. */
export function worldFromData(data: WorldData): World {
  const world: World = {
    ...data,
    indexes: new IndexStore({ deferred: DEFERRED_INDEXES }),
    version: new WorldVersion(),
  };
  indexEveryRow(world);
  return world;
}

export function findRow<N extends TableName>(
  world: World,
  table: N,
  id: string | null | undefined,
): Row<N> | undefined {
  if (id === null || id === undefined) {
    return undefined;
  }
  // Every row is kept under its own id, so a row whose id differs is no row: an id such as "constructor" finds
  // the object prototype's member, not a row, and is told apart without a second lookup.
  const row = (world[table] as Record<string, Row<N> | undefined>)[id];
  return row?.id === id ? row : undefined;
}

/** Like `findRow` for ids the world itself guarantees (foreign keys): a missing row is a bug, not bad input. */
export function getRow<N extends TableName>(world: World, table: N, id: string): Row<N> {
  const row = findRow(world, table, id);
  if (row === undefined) {
    throw new Error(`${table} has no ${id}`);
  }
  return row;
}

/** Ids in one bucket of an index, in the index's order. */
export function lookupIds(world: World, index: IndexName, key: string): readonly string[] {
  buildIfDeferred(world, index);
  return world.indexes.ids(index, key);
}

/** Ids in one bucket of an index whose sort key is at least `fromSortKey` (e.g. "updated since"), in order. */
export function lookupIdsFrom(world: World, index: IndexName, key: string, fromSortKey: string): readonly string[] {
  buildIfDeferred(world, index);
  return world.indexes.idsFrom(index, key, fromSortKey);
}

/** The indexes that bucket a participant's rows of both roles together (`definitions.ts`). */
type ByParticipantIndex = "declarationsByParticipant" | "trainingPeriodsByParticipant" | "schoolPeriodsByParticipant";

/** A participant's rows of one role, from an index bucketing them by participant, in the index's order. */
export function lookupOfRole<I extends ByParticipantIndex>(
  world: World,
  index: I,
  teacherId: string,
  role: Role,
): Row<IndexTable<I>>[] {
  const rows = lookup(world, index, teacherId);
  // Most participants have one role: their bucket is the answer as it is.
  return rows.every((row) => row.role === role) ? rows : rows.filter((row) => row.role === role);
}

/** Rows in one bucket of an index, in the index's order. */
export function lookup<I extends IndexName>(world: World, index: I, key: string): Row<IndexTable<I>>[] {
  buildIfDeferred(world, index);
  const rows = world[INDEXES[index].table as IndexTable<I>] as Record<string, Row<IndexTable<I>>>;
  return world.indexes.mapIds(index, key, (id) => rows[id] as Row<IndexTable<I>>);
}
