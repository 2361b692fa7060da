import {
  type Bucket,
  type BucketOptions,
  bucketIds,
  bucketIdsFrom,
  bucketWith,
  bucketWithEntryLast,
  bucketWithout,
  bucketWithoutId,
} from "./bucket.ts";
import type { IndexPlacement } from "./index-definition.ts";

export type { BucketOptions } from "./bucket.ts";

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
  readonly #remembered = new Map<string, Map<string, readonly string[]>>();

  /** Ids in one bucket, in order. Treat the array as read-only; it may not follow later changes. */
  ids(index: string, key: string): readonly string[] {
    return bucketIds(this.#buckets.get(index)?.get(key));
  }

  /** Ids of a bucket whose sort key is at least `fromSortKey`, in order. */
  idsFrom(index: string, key: string, fromSortKey: string): readonly string[] {
    return bucketIdsFrom(this.#buckets.get(index)?.get(key), fromSortKey);
  }

  /** Every bucket key of an index (unordered). */
  keys(index: string): IterableIterator<string> {
    return (this.#buckets.get(index) ?? new Map<string, Bucket>()).keys();
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
        const bucket = buckets.get(key);
        const moved = bucket === undefined ? undefined : bucketWithEntryLast(bucket, sortKey, rowId, options);
        if (moved !== bucket && moved !== undefined) {
          buckets.set(key, moved);
        }
      }
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
      for (const key of keys) {
        const bucket = buckets.get(key);
        const moved = bucket === undefined ? undefined : bucketWithEntryLast(bucket, sortKey, rowId, options);
        if (moved !== bucket && moved !== undefined) {
          buckets.set(key, moved);
        }
      }
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

  /** What was remembered for a row of an index (nothing for a row in no bucket). */
  remembered(index: string, rowId: string): readonly string[] | undefined {
    return this.#remembered.get(index)?.get(rowId);
  }

  /** Remembers where a row of an index whose keys read other rows was put; an empty list forgets the row. */
  remember(index: string, rowId: string, value: readonly string[]): void {
    let rows = this.#remembered.get(index);
    if (rows === undefined) {
      rows = new Map();
      this.#remembered.set(index, rows);
    }
    if (value.length === 0) {
      rows.delete(rowId);
    } else {
      rows.set(rowId, value);
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
    this.#remembered.get(index)?.delete(rowId);
  }
}
