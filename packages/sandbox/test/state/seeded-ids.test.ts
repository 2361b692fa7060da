import { describe, expect, it } from "vitest";
import { SeededIds } from "../../src/state/seeded-ids.ts";

describe("SeededIds", () => {
  it("gives the same ids for the same seed and different ids for another", () => {
    const first = new SeededIds(42);
    const second = new SeededIds(42);
    const other = new SeededIds(43);
    const a = [first.uuid(), first.uuid(), first.uuid()];
    expect([second.uuid(), second.uuid(), second.uuid()]).toEqual(a);
    expect(other.uuid()).not.toBe(a[0]);
  });

  it("gives the ids it always gave: seeded worlds depend on them", () => {
    const ids = new SeededIds(4010);
    expect([ids.uuid(), ids.uuid(), ids.uuid()]).toEqual([
      "474eab34-e38a-4803-9cf5-59a9c6c89c2c",
      "03ae1bc7-7d92-4708-8e6a-767db815edc8",
      "08531499-1b3a-4ca9-8d0f-d9a801c5fc2d",
    ]);
    expect(new SeededIds(0).uuid()).toBe("1ba930c0-7c89-426e-be5a-fba2e557fb13");
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
