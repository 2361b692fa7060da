/**
 * One bucket of an index. Most buckets hold a handful of ids (one participant's periods or declarations) and a large
 * world has hundreds of thousands of them, so a small bucket is a single exact-length array of
 * `[sortKey, id, sortKey, id, ...]` pairs in order, replaced on every change; a bucket that outgrows
 * `SMALL_BUCKET_LIMIT` entries becomes an `OrderedIds`. Both order entries the same way (see `OrderedIds`).
 */
import { OrderedIds } from "./ordered-ids.ts";

export type Bucket = SortedPairs | OrderedIds;

/** `[sortKey, id, sortKey, id, ...]`, in order. */
type SortedPairs = readonly string[];

export interface BucketOptions {
  /** Order ties by id rather than by insertion (see `OrderedIds`). */
  readonly tiesById: boolean;
}

const SMALL_BUCKET_LIMIT = 8;
const NONE: readonly string[] = [];

export function bucketSize(bucket: Bucket): number {
  return bucket instanceof OrderedIds ? bucket.size : bucket.length / 2;
}

/** The ids in order (for a small bucket a fresh array; see `OrderedIds#ids` for a large one). */
export function bucketIds(bucket: Bucket | undefined): readonly string[] {
  if (bucket === undefined) {
    return NONE;
  }
  if (bucket instanceof OrderedIds) {
    return bucket.ids;
  }
  const ids: string[] = [];
  for (let at = 1; at < bucket.length; at += 2) {
    ids.push(bucket[at] as string);
  }
  return ids;
}

/** `bucketIds(bucket).map(each)`, without the intermediate array of a small bucket's ids. */
export function bucketMap<T>(bucket: Bucket | undefined, each: (id: string) => T): T[] {
  if (bucket === undefined) {
    return [];
  }
  if (bucket instanceof OrderedIds) {
    return bucket.ids.map((id) => each(id));
  }
  const mapped: T[] = [];
  for (let at = 1; at < bucket.length; at += 2) {
    mapped.push(each(bucket[at] as string));
  }
  return mapped;
}

/** The ids whose sort key is at least `sortKey`, in order (a copy). */
export function bucketIdsFrom(bucket: Bucket | undefined, sortKey: string): readonly string[] {
  if (bucket === undefined) {
    return NONE;
  }
  if (bucket instanceof OrderedIds) {
    return bucket.idsFrom(sortKey);
  }
  const ids: string[] = [];
  for (let at = 0; at < bucket.length; at += 2) {
    if ((bucket[at] as string) >= sortKey) {
      ids.push(bucket[at + 1] as string);
    }
  }
  return ids;
}

/** A bucket that later changes to the original leave alone: small buckets are replaced, never changed, so shared. */
export function bucketCopy(bucket: Bucket): Bucket {
  return bucket instanceof OrderedIds ? bucket.copy() : bucket;
}

/** A bucket of entries already in order (`[sortKey, id, sortKey, id, ...]`, at least one). */
export function bucketOfSortedPairs(pairs: readonly string[], options: BucketOptions): Bucket {
  if (pairs.length / 2 <= SMALL_BUCKET_LIMIT) {
    return pairs.slice();
  }
  const ordered = new OrderedIds(options);
  for (let at = 0; at < pairs.length; at += 2) {
    ordered.insert(pairs[at] as string, pairs[at + 1] as string);
  }
  return ordered;
}

/** The bucket with the entry added (the same `OrderedIds`, or a new small bucket). */
export function bucketWith(bucket: Bucket | undefined, sortKey: string, id: string, options: BucketOptions): Bucket {
  if (bucket instanceof OrderedIds) {
    bucket.insert(sortKey, id);
    return bucket;
  }
  const pairs = bucket ?? NONE;
  if (pairs.length / 2 >= SMALL_BUCKET_LIMIT) {
    const ordered = new OrderedIds(options);
    for (let at = 0; at < pairs.length; at += 2) {
      ordered.insert(pairs[at] as string, pairs[at + 1] as string);
    }
    ordered.insert(sortKey, id);
    return ordered;
  }
  let at = 0;
  while (at < pairs.length && comesFirst(pairs, at, sortKey, id, options)) {
    at += 2;
  }
  return pairs.toSpliced(at, 0, sortKey, id);
}

/** Whether the entry at `at` comes before a new entry (sortKey, id). */
function comesFirst(pairs: SortedPairs, at: number, sortKey: string, id: string, options: BucketOptions): boolean {
  const key = pairs[at] as string;
  if (key !== sortKey) {
    return key < sortKey;
  }
  return options.tiesById ? (pairs[at + 1] as string) < id : true;
}

/** The bucket without the entry (undefined once empty). */
export function bucketWithout(bucket: Bucket, sortKey: string, id: string): Bucket | undefined {
  if (bucket instanceof OrderedIds) {
    bucket.remove(sortKey, id);
    return bucket.size === 0 ? undefined : bucket;
  }
  const at = indexOfPair(bucket, sortKey, id);
  if (at < 0) {
    return bucket;
  }
  return bucket.length === 2 ? undefined : bucket.toSpliced(at, 2);
}

function indexOfPair(pairs: SortedPairs, sortKey: string, id: string): number {
  for (let at = 0; at < pairs.length; at += 2) {
    if (pairs[at] === sortKey && pairs[at + 1] === id) {
      return at;
    }
  }
  return -1;
}

/** The bucket without any entry of the id, whatever its sort key (undefined once empty). */
export function bucketWithoutId(bucket: Bucket, id: string): Bucket | undefined {
  if (bucket instanceof OrderedIds) {
    bucket.removeId(id);
    return bucket.size === 0 ? undefined : bucket;
  }
  const kept = bucket.filter((_, at) => bucket[at - (at % 2) + 1] !== id);
  return kept.length === 0 ? undefined : kept;
}
