import type { Row, TableName } from "../tables.ts";
import type { World } from "../world-shape.ts";
import type { IndexPlacement } from "./index-placement.ts";

export type { IndexPlacement } from "./index-placement.ts";

/**
 * A derived index over one table: each row sits in zero or more buckets (`keys`), ordered inside a bucket by
 * `sortKey`. Indexes are never serialised; they are rebuilt from the tables.
 *
 * Most indexes read only the row itself (`defineIndex`): where a changed row sat is then known from its previous
 * version, and nothing else needs remembering. The store remembers where an index whose keys read other rows
 * (`defineDependentIndex`, `definePlacedIndex`) put each row, and changes to those other rows re-index the
 * dependants (`dependants.ts`).
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
  /** The keys or sort key read rows other than the row itself. */
  readonly readsOtherRows: boolean;
  /**
   * Rows whose sort keys are equal are ordered by id (so the order never depends on history); otherwise they keep
   * the order they were placed in.
   */
  readonly tiesById: boolean;
  /**
   * Optional: every field of the row that `keys` reads. An update that changes none of them keeps the row's keys
   * (for an index that reads other rows too, the keys remembered for it, which `dependants.ts` keeps current), so
   * they are not computed again: a declaration's payment changes or a participant's details change, most updates,
   * then cost a sort-key comparison. Without it the keys are computed on every change.
   */
  readonly keyFields?: readonly string[];
  /**
   * Optional, for keys that read a listed field only through a coarser fact (a declaration's payment status only
   * through whether it is billable-or-changeable): true when an update from `previous` to `row` cannot have changed
   * the keys although it touched a listed field.
   */
  keysKeptBetween?(previous: Row<N>, row: Row<N>): boolean;
  /**
   * Optional: another index of the table with the same `keys`. This one is then built only when first read, from
   * that one's buckets, and kept from then on (`deferred-indexes.ts`): the `updated_at` orderings of the read side,
   * which no command reads, cost nothing while a world is built or rebuilt. Needs `tiesById`, so that its order is
   * the rows' alone, whenever it is built.
   */
  readonly sameKeysAs?: string;
}

interface IndexOptions<N extends TableName = TableName> {
  /** Order rows with equal sort keys by id rather than by when they were placed. */
  readonly tiesById?: boolean;
  /** The fields of the row that `keys` reads (see `IndexDefinition.keyFields`). */
  readonly keyFields?: readonly (keyof Row<N> & string)[];
  /** See `IndexDefinition.keysKeptBetween`. */
  keysKeptBetween?(previous: Row<N>, row: Row<N>): boolean;
  /** See `IndexDefinition.sameKeysAs`. */
  readonly sameKeysAs?: string;
}

/** The optional parts of a definition, those given only. */
function givenOptions<N extends TableName>({ keyFields, keysKeptBetween, sameKeysAs }: IndexOptions<N>) {
  return {
    ...(keyFields === undefined ? {} : { keyFields }),
    ...(keysKeptBetween === undefined ? {} : { keysKeptBetween }),
    ...(sameKeysAs === undefined ? {} : { sameKeysAs }),
  };
}

/** An index whose keys and sort key read only the row itself. */
export function defineIndex<N extends TableName>(
  table: N,
  definition: IndexOptions<N> & { keys(row: Row<N>): readonly string[]; sortKey(row: Row<N>): string },
): IndexDefinition<N> {
  const { keys, sortKey, tiesById = false } = definition;
  return { table, keys, sortKey, readsOtherRows: false, tiesById, ...givenOptions(definition) };
}

/** An index whose keys read other rows (its sort key reads only the row): list what it reads in `dependants.ts`. */
export function defineDependentIndex<N extends TableName>(
  table: N,
  definition: IndexOptions<N> & { keys(row: Row<N>, world: World): readonly string[]; sortKey(row: Row<N>): string },
): IndexDefinition<N> {
  const { keys, sortKey, tiesById = false } = definition;
  return { table, keys, sortKey, readsOtherRows: true, tiesById, ...givenOptions(definition) };
}

/** An index whose rows sort differently in each bucket (it may read other rows). */
export function definePlacedIndex<N extends TableName>(
  table: N,
  placements: (row: Row<N>, world: World) => readonly IndexPlacement[],
  options: IndexOptions = {},
): IndexDefinition<N> {
  return {
    table,
    placements,
    keys: (row, world) => placements(row, world).map((placement) => placement.key),
    sortKey: () => "",
    readsOtherRows: true,
    tiesById: options.tiesById ?? false,
  };
}

// Bucket keys are joined rather than concatenated: V8 keeps a concatenation as a tree of pieces, and a bucket keeps
// its key for as long as the bucket exists.

/** Bucket key of a lead provider in a cohort. */
export function leadProviderCohortKey(leadProviderId: string, cohortYear: number): string {
  return [leadProviderId, cohortYear].join("|");
}

/** Bucket key of a school in a cohort. */
export function schoolCohortKey(schoolId: string, cohortYear: number): string {
  return [schoolId, cohortYear].join("|");
}

/** Bucket key of a lead provider at a school in a cohort. */
export function schoolCohortLeadProviderKey(schoolId: string, cohortYear: number, leadProviderId: string): string {
  return [schoolId, cohortYear, leadProviderId].join("|");
}
