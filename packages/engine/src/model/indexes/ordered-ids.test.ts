import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderedIds } from "./ordered-ids.ts";

/** The plain sorted list OrderedIds must behave like: ties in insertion order, a re-insertion goes last. */
class ReferenceIds {
  entries: { sortKey: string; id: string }[] = [];

  insert(sortKey: string, id: string): void {
    let at = this.entries.length;
    while (at > 0 && (this.entries[at - 1]?.sortKey ?? "") > sortKey) {
      at -= 1;
    }
    this.entries.splice(at, 0, { sortKey, id });
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
  | { kind: "remove" | "moveToEndOfTies"; pick: number }
  | { kind: "idsFrom"; sortKey: string };

// Few distinct sort keys, so that long runs of ties cross the blocks' boundaries.
const sortKey = fc.integer({ min: 0, max: 40 }).map((n) => String(n).padStart(2, "0"));
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("insert" as const), sortKey, id: fc.uuid() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("moveToEndOfTies" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("idsFrom" as const), sortKey }) },
);

describe("OrderedIds", () => {
  it("keeps ids in sort key order, ties in insertion order", () => {
    const ordered = new OrderedIds();
    ordered.insert("2025-01-02", "b");
    ordered.insert("2025-01-01", "a");
    ordered.insert("2025-01-02", "c");
    expect(ordered.ids).toEqual(["a", "b", "c"]);
    expect(ordered.idsFrom("2025-01-02")).toEqual(["b", "c"]);
    ordered.moveToEndOfTies("2025-01-02", "b");
    expect(ordered.ids).toEqual(["a", "c", "b"]);
    ordered.remove("2025-01-01", "a");
    expect(ordered.ids).toEqual(["c", "b"]);
    expect(ordered.size).toBe(2);
  });

  it("behaves like a plain sorted list through thousands of changes (across many blocks)", () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 3000, size: "max" }), (operations) => {
        const ordered = new OrderedIds();
        const reference = new ReferenceIds();
        for (const step of operations) {
          if (step.kind === "insert") {
            ordered.insert(step.sortKey, step.id);
            reference.insert(step.sortKey, step.id);
          } else if (step.kind === "idsFrom") {
            const expected = reference.entries.filter((entry) => entry.sortKey >= step.sortKey).map((e) => e.id);
            expect(ordered.idsFrom(step.sortKey)).toEqual(expected);
          } else {
            const entry = reference.entries[step.pick % Math.max(1, reference.entries.length)];
            if (entry === undefined) {
              continue;
            }
            if (step.kind === "remove") {
              ordered.remove(entry.sortKey, entry.id);
              reference.remove(entry.sortKey, entry.id);
            } else {
              ordered.moveToEndOfTies(entry.sortKey, entry.id);
              reference.remove(entry.sortKey, entry.id);
              reference.insert(entry.sortKey, entry.id);
            }
          }
        }
        expect(ordered.ids).toEqual(reference.ids);
        expect(ordered.size).toBe(reference.entries.length);
      }),
      { numRuns: 30 },
    );
  });

  it("keeps long runs of ties in order across blocks", () => {
    const ordered = new OrderedIds();
    const reference = new ReferenceIds();
    for (let index = 0; index < 3000; index++) {
      const key = String(index % 7);
      ordered.insert(key, `id-${index}`);
      reference.insert(key, `id-${index}`);
    }
    for (let index = 0; index < 3000; index += 3) {
      ordered.remove(String(index % 7), `id-${index}`);
      reference.remove(String(index % 7), `id-${index}`);
    }
    for (let index = 1; index < 3000; index += 5) {
      if (index % 3 === 0) {
        continue;
      }
      ordered.moveToEndOfTies(String(index % 7), `id-${index}`);
      reference.remove(String(index % 7), `id-${index}`);
      reference.insert(String(index % 7), `id-${index}`);
    }
    expect(ordered.ids).toEqual(reference.ids);
    expect(ordered.idsFrom("3")).toEqual(reference.entries.filter((entry) => entry.sortKey >= "3").map((e) => e.id));
  });

  it("ignores removing an id that is not there", () => {
    const ordered = new OrderedIds();
    ordered.insert("a", "1");
    ordered.remove("a", "2");
    ordered.remove("b", "1");
    ordered.moveToEndOfTies("a", "2");
    expect(ordered.ids).toEqual(["1"]);
  });
});
