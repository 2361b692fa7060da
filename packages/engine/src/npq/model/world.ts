/**
 * The NPQ world: the NPQ service's tables beside the ECF `World`, built with the same index store. It holds the
 * reference data (cohorts with their schedules, the eight lead providers) and what commands add; `npqWorldData` and
 * `npqWorldFromData` turn it into JSON-friendly data and back (docs/decisions/engine-npq-domain.md).
 */
import { IndexStore } from "../../model/indexes/index-store.ts";
import { WorldVersion } from "../../model/world-version.ts";
import type { Instant } from "../../time/instant.ts";
import { type NpqCohortDefinition, npqCohortIdentifier, seededNpqCohorts } from "../reference/cohorts.ts";
import { NPQ_LEAD_PROVIDERS, type NpqLeadProviderDefinition } from "../reference/lead-providers.ts";
import { NPQ_INDEXES, type NpqIndexName, type NpqIndexTable } from "./indexes.ts";
import { indexEveryNpqRow, insertNpqRow, shareEveryNpqTable } from "./row-writes.ts";
import { npqSchedulesForCohort } from "./schedule.ts";
import { NPQ_TABLE_NAMES, type NpqRow, type NpqTableName } from "./tables.ts";
import type { NpqWorld, NpqWorldData } from "./world-shape.ts";

export type { NpqWorld, NpqWorldData } from "./world-shape.ts";

/** The academic year of the default cohorts: 2021 to 2025, then 2026a (`zero`) and 2026b (`capped`). */
const DEFAULT_ACADEMIC_YEAR = 2025;
const REFERENCE_CREATED_AT: Instant = "2021-01-01T00:00:00.000Z";

export interface CreateNpqWorldOptions {
  /** Defaults to DfE's seeded cohorts for the 2025 academic year (`seededNpqCohorts(2025)`). */
  readonly cohorts?: readonly NpqCohortDefinition[];
  /** Defaults to the eight NPQ lead providers. */
  readonly leadProviders?: readonly NpqLeadProviderDefinition[];
  readonly createdAt?: Instant;
}

function emptyNpqData(): NpqWorldData {
  const data = {} as Record<NpqTableName, Record<string, unknown>>;
  for (const table of NPQ_TABLE_NAMES) {
    data[table] = {};
  }
  return data as NpqWorldData;
}

/** Adds a cohort and its schedules (NPQ rules §7.3) to a world being built. */
function addNpqCohortRows(world: NpqWorld, cohort: NpqCohortDefinition, createdAt: Instant): void {
  const id = npqCohortIdentifier(cohort.startYear, cohort.suffix);
  insertNpqRow(world, "cohorts", { id, ...cohort, createdAt });
  for (const schedule of npqSchedulesForCohort(id, cohort.startYear)) {
    insertNpqRow(world, "schedules", schedule);
  }
}

/** An NPQ world holding only reference data: cohorts, their schedules and the lead providers. */
export function createNpqWorld(options: CreateNpqWorldOptions = {}): NpqWorld {
  const createdAt = options.createdAt ?? REFERENCE_CREATED_AT;
  const world = npqWorldFromData(emptyNpqData());
  for (const cohort of options.cohorts ?? seededNpqCohorts(DEFAULT_ACADEMIC_YEAR)) {
    addNpqCohortRows(world, cohort, createdAt);
  }
  for (const leadProvider of options.leadProviders ?? NPQ_LEAD_PROVIDERS) {
    insertNpqRow(world, "leadProviders", { ...leadProvider, createdAt });
  }
  return world;
}

export function npqWorldData(world: NpqWorld): NpqWorldData {
  const { indexes: _indexes, version: _version, ...data } = world;
  return data;
}

export function npqWorldFromData(data: NpqWorldData): NpqWorld {
  const world: NpqWorld = { ...data, indexes: new IndexStore(), version: new WorldVersion() };
  indexEveryNpqRow(world);
  return world;
}

/**
 * A world that commands can change while `world` stays as it is (and the other way round), for a change of several
 * commands that must apply whole or not at all. Tables are shared until either side first writes one (rows are
 * replaced, never changed, so a table is copied shallowly, and only when written); the indexes are copied, which
 * costs far less than rebuilding them from every row.
 */
export function copyNpqWorld(world: NpqWorld): NpqWorld {
  const copy: NpqWorld = { ...npqWorldData(world), indexes: world.indexes.copy(), version: new WorldVersion() };
  // The two hold the same table objects: marking them shared covers both sides.
  shareEveryNpqTable(world);
  return copy;
}

export function npqWorldVersion(world: NpqWorld): number {
  return world.version.current;
}

export function findNpqRow<N extends NpqTableName>(
  world: NpqWorld,
  table: N,
  id: string | null | undefined,
): NpqRow<N> | undefined {
  if (id === null || id === undefined || !Object.hasOwn(world[table], id)) {
    return undefined;
  }
  return world[table][id] as NpqRow<N>;
}

/** For ids the world itself guarantees (foreign keys): a missing row is an engine bug. */
export function getNpqRow<N extends NpqTableName>(world: NpqWorld, table: N, id: string): NpqRow<N> {
  const row = findNpqRow(world, table, id);
  if (row === undefined) {
    throw new Error(`${table} has no ${id}`);
  }
  return row;
}

export function npqLookupIds(world: NpqWorld, index: NpqIndexName, key: string): readonly string[] {
  return world.indexes.ids(index, key);
}

export function npqLookup<I extends NpqIndexName>(world: NpqWorld, index: I, key: string): NpqRow<NpqIndexTable<I>>[] {
  const table = NPQ_INDEXES[index].table as NpqIndexTable<I>;
  return npqLookupIds(world, index, key).map((id) => world[table][id] as NpqRow<NpqIndexTable<I>>);
}
