import { OrderedIds } from "./ordered-ids.ts";

interface Placement {
  readonly key: string;
  readonly sortKey: string;
}

const EMPTY: readonly string[] = [];

function samePlacements(a: readonly Placement[], b: readonly Placement[]): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let index = 0; index < a.length; index++) {
    const [left, right] = [a[index] as Placement, b[index] as Placement];
    if (left.key !== right.key || left.sortKey !== right.sortKey) {
      return false;
    }
  }
  return true;
}

/**
 * The buckets of every index plus where each row was placed, so a row can be moved without recomputing its old
 * keys (which may have depended on rows that have since changed). Rows placed in no bucket are not remembered.
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

  /**
   * Puts a row in exactly these buckets. Re-placing a row goes after the rows it ties with, as a fresh insertion
   * would; most changes leave a row's placements as they were, which costs only the comparison.
   */
  place(index: string, rowId: string, placements: readonly Placement[]): void {
    let buckets = this.#buckets.get(index);
    let rows = this.#placements.get(index);
    if (buckets === undefined || rows === undefined) {
      buckets = new Map();
      rows = new Map();
      this.#buckets.set(index, buckets);
      this.#placements.set(index, rows);
    }
    const previous = rows.get(rowId);
    if (previous !== undefined && samePlacements(previous, placements)) {
      for (const { key, sortKey } of previous) {
        buckets.get(key)?.moveToEndOfTies(sortKey, rowId);
      }
      return;
    }
    this.unplace(index, rowId);
    if (placements.length === 0) {
      return;
    }
    for (const { key, sortKey } of placements) {
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = new OrderedIds();
        buckets.set(key, bucket);
      }
      bucket.insert(sortKey, rowId);
    }
    rows.set(rowId, placements);
  }

  unplace(index: string, rowId: string): void {
    const rows = this.#placements.get(index);
    const previous = rows?.get(rowId);
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
    rows?.delete(rowId);
  }
}
