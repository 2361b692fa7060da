import { describe, expect, it } from "vitest";
import { SeededIds } from "./seeded-ids.ts";

describe("SeededIds", () => {
  it("gives the same ids for the same seed and different ids for another", () => {
    const first = new SeededIds(42);
    const second = new SeededIds(42);
    const other = new SeededIds(43);
    const a = [first.uuid(), first.uuid(), first.uuid()];
    expect([second.uuid(), second.uuid(), second.uuid()]).toEqual(a);
    expect(other.uuid()).not.toBe(a[0]);
  });

  it("produces well-formed version 4 UUIDs without collisions", () => {
    const ids = new SeededIds(1);
    const seen = new Set<string>();
    for (let index = 0; index < 10_000; index++) {
      const id = ids.uuid();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(10_000);
  });
});
