import {
  type Bucket,
  type BucketOptions,
  bucketCopy,
  bucketIds,
  bucketIdsFrom,
  bucketMap,
  bucketOfSortedPairs,
  bucketWith,
  bucketWithout,
  bucketWithoutId,
} from "./bucket.ts";
import type { IndexPlacement } from "./index-placement.ts";

export type { BucketOptions } from "./bucket.ts";

/**
 * What the store remembers for a row: per slot (the caller gives one to each `keys` function, or placed index, of
 * the table's indexes that read other rows) the keys, or `[key, sortKey, ...]` for a placed index.
 */
export type RememberedKeys = readonly (readonly string[] | undefined)[];

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

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) {
    return true;
  }
  if (a.length !== b.length) {
    return false;
  }
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) {
      return false;
    }
  }
  return true;
}

/**
 * The buckets of every index. The caller says where a row was and where it goes (`move`): for most indexes that
 * follows from the row's previous version; an index whose keys read other rows cannot recompute its old keys (they
 * may have depended on rows that have since changed), so the store remembers them for it (`remember`).
 */
export class IndexStore {
  readonly #buckets = new Map<string, Map<string, Bucket>>();
  readonly #remembered = new Map<string, Map<string, RememberedKeys>>();
  /** Indexes not built yet (see `IndexDefinition.sameKeysAs`): writes leave them alone, and reading one is a bug. */
  readonly #deferred: Set<string>;

  constructor(options: { readonly deferred?: Iterable<string> } = {}) {
    this.#deferred = new Set(options.deferred);
  }

  /**
   * A store with the same buckets that later moves on either leave the other as it is: the maps are copied and each
   * large bucket (changed in place) with them; small buckets, replaced on every change, are shared.
   */
  copy(): IndexStore {
    const copy = new IndexStore({ deferred: this.#deferred });
    for (const [index, buckets] of this.#buckets) {
      const copied = new Map<string, Bucket>();
      for (const [key, bucket] of buckets) {
        copied.set(key, bucketCopy(bucket));
      }
      copy.#buckets.set(index, copied);
    }
    for (const [table, rows] of this.#remembered) {
      copy.#remembered.set(table, new Map(rows));
    }
    return copy;
  }

  /** Whether an index waits to be built (`build`) before it is read. */
  isDeferred(index: string): boolean {
    return this.#deferred.has(index);
  }

  /**
   * Builds a deferred index from its buckets' entries, each bucket's `[sortKey, id, sortKey, id, ...]` in order;
   * from then on writes keep it like any other.
   */
  build(index: string, entries: Iterable<[key: string, sortedPairs: readonly string[]]>, options: BucketOptions): void {
    const buckets = new Map<string, Bucket>();
    for (const [key, pairs] of entries) {
      if (pairs.length > 0) {
        buckets.set(key, bucketOfSortedPairs(pairs, options));
      }
    }
    this.#buckets.set(index, buckets);
    this.#deferred.delete(index);
  }

  /** The buckets of an index that may be read. */
  #readable(index: string): Map<string, Bucket> | undefined {
    const buckets = this.#buckets.get(index);
    if (buckets === undefined && this.#deferred.has(index)) {
      // World reads build a deferred index first (`deferred-indexes.ts`): reading it unbuilt would find nothing.
      throw new Error(`index ${index} is read before it is built`);
    }
    return buckets;
  }

  /** Ids in one bucket, in order. Treat the array as read-only; it may not follow later changes. */
  ids(index: string, key: string): readonly string[] {
    return bucketIds(this.#readable(index)?.get(key));
  }

  /** `ids(index, key).map(each)` in one array (a lookup's rows). */
  mapIds<T>(index: string, key: string, each: (id: string) => T): T[] {
    return bucketMap(this.#readable(index)?.get(key), each);
  }

  /** Ids of a bucket whose sort key is at least `fromSortKey`, in order. */
  idsFrom(index: string, key: string, fromSortKey: string): readonly string[] {
    return bucketIdsFrom(this.#readable(index)?.get(key), fromSortKey);
  }

  /** Every bucket key of an index (unordered). */
  keys(index: string): IterableIterator<string> {
    return (this.#readable(index) ?? new Map<string, Bucket>()).keys();
  }

  /**
   * Moves a row from the buckets it was in to new ones. A row whose placements are unchanged stays where it is, among
   * the rows it ties with too: ties keep insertion order, as in an index rebuilt from the tables.
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
      return;
    }
    for (const { key, sortKey } of previous) {
      const bucket = buckets.get(key);
      const remaining = bucket === undefined ? undefined : bucketWithout(bucket, sortKey, rowId);
      if (remaining === undefined) {
        buckets.delete(key);
      } else if (remaining !== bucket) {
        buckets.set(key, remaining);
      }
    }
    for (const { key, sortKey } of next) {
      const bucket = buckets.get(key);
      const grown = bucketWith(bucket, sortKey, rowId, options);
      if (grown !== bucket) {
        buckets.set(key, grown);
      }
    }
  }

  /**
   * `move` for an index that gives every bucket of a row the same sort key: from `previousKeys` at `previousSortKey`
   * to `keys` at `sortKey` (the common case, without building placements).
   */
  moveKeyed(
    index: string,
    rowId: string,
    previousKeys: readonly string[],
    previousSortKey: string,
    keys: readonly string[],
    sortKey: string,
    options: BucketOptions,
  ): void {
    let buckets = this.#buckets.get(index);
    if (buckets === undefined) {
      buckets = new Map();
      this.#buckets.set(index, buckets);
    }
    if (previousSortKey === sortKey && sameKeys(previousKeys, keys)) {
      return;
    }
    for (const key of previousKeys) {
      const bucket = buckets.get(key);
      const remaining = bucket === undefined ? undefined : bucketWithout(bucket, previousSortKey, rowId);
      if (remaining === undefined) {
        buckets.delete(key);
      } else if (remaining !== bucket) {
        buckets.set(key, remaining);
      }
    }
    for (const key of keys) {
      const bucket = buckets.get(key);
      const grown = bucketWith(bucket, sortKey, rowId, options);
      if (grown !== bucket) {
        buckets.set(key, grown);
      }
    }
  }

  /** What was remembered for a row (see `remember`). */
  remembered(table: string, rowId: string): RememberedKeys | undefined {
    return this.#remembered.get(table)?.get(rowId);
  }

  /**
   * Remembers, for a row, where each index of its table whose keys read other rows put it (one entry per such index,
   * in the caller's order); undefined forgets the row.
   */
  remember(table: string, rowId: string, keys: RememberedKeys | undefined): void {
    let rows = this.#remembered.get(table);
    if (rows === undefined) {
      rows = new Map();
      this.#remembered.set(table, rows);
    }
    if (keys === undefined) {
      rows.delete(rowId);
    } else {
      rows.set(rowId, keys);
    }
  }

  /** Takes a removed row out of every bucket of an index (a scan: rows are only ever removed in tests). */
  unplaceEverywhere(index: string, rowId: string): void {
    const buckets = this.#buckets.get(index);
    for (const [key, bucket] of buckets ?? []) {
      const remaining = bucketWithoutId(bucket, rowId);
      if (remaining === undefined) {
        buckets?.delete(key);
      } else {
        buckets?.set(key, remaining);
      }
    }
  }
}
