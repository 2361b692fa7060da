import type { IndexPlacement } from "./index-definition.ts";
import { OrderedIds } from "./ordered-ids.ts";

const EMPTY: readonly string[] = [];
const NOWHERE: readonly IndexPlacement[] = [];

export interface BucketOptions {
  /** Order ties by id rather than by insertion (see `OrderedIds`). */
  readonly tiesById: boolean;
}

function samePlacements(a: readonly IndexPlacement[], b: readonly IndexPlacement[]): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let index = 0; index < a.length; index++) {
    const [left, right] = [a[index] as IndexPlacement, b[index] as IndexPlacement];
    if (left.key !== right.key || left.sortKey !== right.sortKey) {
      return false;
    }
  }
  return true;
}

/**
 * The buckets of every index. For indexes whose keys read other rows the store also remembers where it put each
 * row, so the row can be moved without recomputing its old keys (which may have depended on rows that have since
 * changed); for the others the caller says where the row was (`move`), which it knows from the row's previous
 * version.
 */
export class IndexStore {
  readonly #buckets = new Map<string, Map<string, OrderedIds>>();
  readonly #placements = new Map<string, Map<string, readonly IndexPlacement[]>>();

  ids(index: string, key: string): readonly string[] {
    return this.#buckets.get(index)?.get(key)?.ids ?? EMPTY;
  }

  /** Ids of a bucket whose sort key is at least `fromSortKey`, in order. */
  idsFrom(index: string, key: string, fromSortKey: string): readonly string[] {
    return this.#buckets.get(index)?.get(key)?.idsFrom(fromSortKey) ?? EMPTY;
  }

  /** Every bucket key of an index (unordered). */
  keys(index: string): IterableIterator<string> {
    return (this.#buckets.get(index) ?? new Map<string, OrderedIds>()).keys();
  }

  /**
   * Moves a row from the buckets it was in to new ones. A row whose placements are unchanged goes after the rows it
   * ties with, as a fresh insertion would; usually it is there already and nothing moves.
   */
  move(
    index: string,
    rowId: string,
    previous: readonly IndexPlacement[],
    next: readonly IndexPlacement[],
    options: BucketOptions,
  ): void {
    let buckets = this.#buckets.get(index);
    if (buckets === undefined) {
      buckets = new Map();
      this.#buckets.set(index, buckets);
    }
    if (samePlacements(previous, next)) {
      for (const { key, sortKey } of previous) {
        buckets.get(key)?.moveToEndOfTies(sortKey, rowId);
      }
      return;
    }
    for (const { key, sortKey } of previous) {
      const bucket = buckets.get(key);
      bucket?.remove(sortKey, rowId);
      if (bucket?.size === 0) {
        buckets.delete(key);
      }
    }
    for (const { key, sortKey } of next) {
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = new OrderedIds(options);
        buckets.set(key, bucket);
      }
      bucket.insert(sortKey, rowId);
    }
  }

  /** Puts a row in exactly these buckets, remembering them (for indexes whose keys read other rows). */
  place(index: string, rowId: string, placements: readonly IndexPlacement[], options: BucketOptions): void {
    let rows = this.#placements.get(index);
    if (rows === undefined) {
      rows = new Map();
      this.#placements.set(index, rows);
    }
    this.move(index, rowId, rows.get(rowId) ?? NOWHERE, placements, options);
    if (placements.length === 0) {
      rows.delete(rowId);
    } else {
      rows.set(rowId, placements);
    }
  }

  /** Takes a row out of an index whose placements the store remembers. */
  unplace(index: string, rowId: string, options: BucketOptions): void {
    this.place(index, rowId, NOWHERE, options);
  }

  /** Takes a removed row out of every bucket of an index (a scan: rows are only ever removed in tests). */
  unplaceEverywhere(index: string, rowId: string): void {
    const buckets = this.#buckets.get(index);
    for (const [key, bucket] of buckets ?? []) {
      bucket.removeId(rowId);
      if (bucket.size === 0) {
        buckets?.delete(key);
      }
    }
  }
}
