import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Bucket,
  bucketIds,
  bucketIdsFrom,
  bucketSize,
  bucketWith,
  bucketWithout,
  bucketWithoutId,
} from "../../../src/model/indexes/bucket.ts";
import { OrderedIds } from "../../../src/model/indexes/ordered-ids.ts";

/** The plain sorted list a bucket must behave like, small or large. */
class ReferenceBucket {
  entries: { sortKey: string; id: string }[] = [];
  readonly tiesById: boolean;

  constructor(tiesById: boolean) {
    this.tiesById = tiesById;
  }

  insert(sortKey: string, id: string): void {
    const at = this.entries.findIndex(
      (entry) => entry.sortKey > sortKey || (this.tiesById && entry.sortKey === sortKey && entry.id > id),
    );
    this.entries.splice(at < 0 ? this.entries.length : at, 0, { sortKey, id });
  }

  remove(sortKey: string, id: string): void {
    const at = this.entries.findIndex((entry) => entry.sortKey === sortKey && entry.id === id);
    if (at >= 0) {
      this.entries.splice(at, 1);
    }
  }

  get ids(): string[] {
    return this.entries.map((entry) => entry.id);
  }
}

type Operation =
  | { kind: "insert"; sortKey: string; id: string }
  | { kind: "remove" | "reinsert" | "removeId"; pick: number }
  | { kind: "idsFrom"; sortKey: string };

// Few distinct sort keys, so that runs of ties are long (and cross the blocks of large buckets).
const sortKey = fc.integer({ min: 0, max: 40 }).map((n) => String(n).padStart(2, "0"));
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("insert" as const), sortKey, id: fc.uuid() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("reinsert" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("removeId" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("idsFrom" as const), sortKey }) },
);

/** Applies the operations to a bucket and to the reference, checking they agree all along. */
function replay(operations: readonly Operation[], tiesById: boolean): void {
  const options = { tiesById };
  let bucket: Bucket | undefined;
  const reference = new ReferenceBucket(tiesById);
  for (const step of operations) {
    if (step.kind === "insert") {
      bucket = bucketWith(bucket, step.sortKey, step.id, options);
      reference.insert(step.sortKey, step.id);
      continue;
    }
    if (step.kind === "idsFrom") {
      const expected = reference.entries.filter((entry) => entry.sortKey >= step.sortKey).map((entry) => entry.id);
      expect(bucketIdsFrom(bucket, step.sortKey)).toEqual(expected);
      continue;
    }
    const entry = reference.entries[step.pick % Math.max(1, reference.entries.length)];
    if (entry === undefined || bucket === undefined) {
      continue;
    }
    if (step.kind === "remove") {
      bucket = bucketWithout(bucket, entry.sortKey, entry.id);
      reference.remove(entry.sortKey, entry.id);
    } else if (step.kind === "removeId") {
      bucket = bucketWithoutId(bucket, entry.id);
      reference.remove(entry.sortKey, entry.id);
    } else {
      bucket = bucketWith(bucketWithout(bucket, entry.sortKey, entry.id), entry.sortKey, entry.id, options);
      reference.remove(entry.sortKey, entry.id);
      reference.insert(entry.sortKey, entry.id);
    }
    expect(bucket === undefined ? 0 : bucketSize(bucket)).toBe(reference.entries.length);
  }
  expect(bucketIds(bucket)).toEqual(reference.ids);
}

describe("index buckets", () => {
  it("keep ids in sort key order, ties in insertion order (a re-inserted id last among its ties)", () => {
    const options = { tiesById: false };
    let bucket = bucketWith(undefined, "2025-01-02", "b", options);
    bucket = bucketWith(bucket, "2025-01-01", "c", options);
    bucket = bucketWith(bucket, "2025-01-02", "a", options);
    expect(bucketIds(bucket)).toEqual(["c", "b", "a"]);
    expect(bucketIdsFrom(bucket, "2025-01-02")).toEqual(["b", "a"]);
    bucket = bucketWith(bucketWithout(bucket, "2025-01-02", "b"), "2025-01-02", "b", options);
    expect(bucketIds(bucket)).toEqual(["c", "a", "b"]);
    expect(bucketWithout(bucket, "2025-01-01", "c") && bucketIds(bucketWithout(bucket, "2025-01-01", "c"))).toEqual([
      "a",
      "b",
    ]);
  });

  it("order ties by id when asked, whatever the insertion order", () => {
    const options = { tiesById: true };
    let bucket = bucketWith(undefined, "2025-01-02", "b", options);
    bucket = bucketWith(bucket, "2025-01-02", "a", options);
    bucket = bucketWith(bucket, "2025-01-01", "c", options);
    bucket = bucketWith(bucketWithout(bucket, "2025-01-02", "a"), "2025-01-02", "a", options);
    expect(bucketIds(bucket)).toEqual(["c", "a", "b"]);
  });

  it("end empty (undefined) when their last id leaves", () => {
    const bucket = bucketWith(undefined, "k", "1", { tiesById: false });
    expect(bucketWithout(bucket, "k", "2")).toBe(bucket);
    expect(bucketWithout(bucket, "k", "1")).toBeUndefined();
    expect(bucketWithoutId(bucket, "1")).toBeUndefined();
  });

  it("grow from a small array into blocks, keeping long runs of ties in order", () => {
    for (const tiesById of [false, true]) {
      const options = { tiesById };
      let bucket: Bucket | undefined;
      const reference = new ReferenceBucket(tiesById);
      for (let index = 0; index < 3000; index++) {
        const id = `id-${String((index * 7919) % 3000).padStart(4, "0")}`;
        bucket = bucketWith(bucket, String(index % 7), id, options);
        reference.insert(String(index % 7), id);
      }
      expect(bucket).toBeInstanceOf(OrderedIds);
      for (let index = 0; index < 3000; index += 3) {
        const entry = reference.entries[index % reference.entries.length];
        if (bucket !== undefined && entry !== undefined) {
          bucket = bucketWithout(bucket, entry.sortKey, entry.id);
          reference.remove(entry.sortKey, entry.id);
        }
      }
      for (let index = 1; index < reference.entries.length; index += 5) {
        const entry = reference.entries[index];
        if (bucket !== undefined && entry !== undefined) {
          bucket = bucketWith(bucketWithout(bucket, entry.sortKey, entry.id), entry.sortKey, entry.id, options);
          reference.remove(entry.sortKey, entry.id);
          reference.insert(entry.sortKey, entry.id);
        }
      }
      expect(bucketIds(bucket)).toEqual(reference.ids);
      expect(bucketIdsFrom(bucket, "3")).toEqual(
        reference.entries.filter((entry) => entry.sortKey >= "3").map((entry) => entry.id),
      );
    }
  });

  it("behave like a plain sorted list through thousands of changes, small and large", () => {
    fc.assert(fc.property(fc.array(operation, { minLength: 1, maxLength: 3000, size: "max" }), fc.boolean(), replay), {
      numRuns: 30,
    });
  });
});
