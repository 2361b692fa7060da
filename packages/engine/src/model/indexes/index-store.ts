import { OrderedIds } from "./ordered-ids.ts";

interface Placement {
  readonly key: string;
  readonly sortKey: string;
}

const EMPTY: readonly string[] = [];

/**
 * The buckets of every index plus where each row was placed, so a row can be moved without recomputing its old
 * keys (which may have depended on rows that have since changed).
 */
export class IndexStore {
  readonly #buckets = new Map<string, Map<string, OrderedIds>>();
  readonly #placements = new Map<string, Map<string, readonly Placement[]>>();

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

  place(index: string, rowId: string, placements: readonly Placement[]): void {
    this.unplace(index, rowId);
    let buckets = this.#buckets.get(index);
    if (buckets === undefined) {
      buckets = new Map();
      this.#buckets.set(index, buckets);
    }
    for (const { key, sortKey } of placements) {
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = new OrderedIds();
        buckets.set(key, bucket);
      }
      bucket.insert(sortKey, rowId);
    }
    let rows = this.#placements.get(index);
    if (rows === undefined) {
      rows = new Map();
      this.#placements.set(index, rows);
    }
    rows.set(rowId, placements);
  }

  unplace(index: string, rowId: string): void {
    const previous = this.#placements.get(index)?.get(rowId);
    if (previous === undefined) {
      return;
    }
    const buckets = this.#buckets.get(index);
    for (const { key, sortKey } of previous) {
      const bucket = buckets?.get(key);
      bucket?.remove(sortKey, rowId);
      if (bucket?.size === 0) {
        buckets?.delete(key);
      }
    }
    this.#placements.get(index)?.delete(rowId);
  }
}
