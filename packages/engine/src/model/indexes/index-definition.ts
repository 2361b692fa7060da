import type { Row, TableName } from "../tables.ts";
import type { World } from "../world.ts";

/**
 * A derived index over one table: each row sits in zero or more buckets (`keys`), ordered inside a bucket by
 * `sortKey`. Indexes are never serialised; they are rebuilt from the tables.
 *
 * If `keys` or `sortKey` read other rows, whoever changes those rows must call `reindexRow` for the dependants.
 */
export interface IndexDefinition<N extends TableName = TableName> {
  readonly table: N;
  keys(row: Row<N>, world: World): readonly string[];
  sortKey(row: Row<N>, world: World): string;
  /**
   * Optional: the buckets with a sort key of their own (e.g. a school ordered by its per-cohort timestamp in each
   * cohort bucket). When present it replaces `keys` and `sortKey`; build such an index with `definePlacedIndex`.
   */
  placements?(row: Row<N>, world: World): readonly IndexPlacement[];
}

/** One bucket a row sits in, and its sort key inside that bucket. */
export interface IndexPlacement {
  readonly key: string;
  readonly sortKey: string;
}

export function defineIndex<N extends TableName>(
  table: N,
  definition: Omit<IndexDefinition<N>, "table">,
): IndexDefinition<N> {
  return { table, ...definition };
}

/** An index whose rows sort differently in each bucket. */
export function definePlacedIndex<N extends TableName>(
  table: N,
  placements: (row: Row<N>, world: World) => readonly IndexPlacement[],
): IndexDefinition<N> {
  return {
    table,
    placements,
    keys: (row, world) => placements(row, world).map((placement) => placement.key),
    sortKey: () => "",
  };
}

/** Bucket key of one role of one participant. */
export function participantRoleKey(teacherId: string, role: string): string {
  return `${teacherId}|${role}`;
}

/** Bucket key of a lead provider in a cohort. */
export function leadProviderCohortKey(leadProviderId: string, cohortYear: number): string {
  return `${leadProviderId}|${cohortYear}`;
}

/** Bucket key of a school in a cohort. */
export function schoolCohortKey(schoolId: string, cohortYear: number): string {
  return `${schoolId}|${cohortYear}`;
}
