import { describe, expect, it } from "vitest";
import { internalControl } from "../src/create-sandbox.ts";
import { createSandbox } from "../src/index.ts";
import type { SeedRefusal } from "../src/seed/seed-run.ts";
import { seededWorldBuilder } from "../src/seed/seeded-world.ts";
import { TEST_NOW, testSandbox } from "./helpers/test-sandbox.ts";

describe("seeded worlds", () => {
  it("are byte-identical for the same seed and clock", async () => {
    const first = createSandbox({ seed: 1234, now: TEST_NOW });
    const second = createSandbox({ seed: 1234, now: TEST_NOW });
    const a = await internalControl(first).summary();
    const b = await internalControl(second).summary();
    expect(a.digest).toBe(b.digest);
    expect(a.counts).toEqual(b.counts);
  });

  it("differ for another seed", async () => {
    const a = await internalControl(createSandbox({ seed: 1, now: TEST_NOW })).summary();
    const b = await internalControl(createSandbox({ seed: 2, now: TEST_NOW })).summary();
    expect(a.digest).not.toBe(b.digest);
  });

  it("come back exactly on reset, and so do the ids of what is created afterwards", async () => {
    const { sandbox, client } = testSandbox();
    const original = (await client.get("/__sandbox/world")).body.digest;
    const create = () => client.post("/__sandbox/schools");
    const first = (await create()).body.data.id;
    expect((await client.get("/__sandbox/world")).body.digest).not.toBe(original);
    internalControl(sandbox).reset();
    expect((await client.get("/__sandbox/world")).body.digest).toBe(original);
    expect((await create()).body.data.id).toBe(first);
  });

  it("have the size of DfE's seed, and grow with size", async () => {
    const { counts } = await internalControl(createSandbox({ now: TEST_NOW })).summary();
    expect(counts.leadProviders).toBe(7);
    expect(counts.cohorts).toBe(6);
    expect(counts.deliveryPartners).toBe(50);
    expect(counts.schools).toBeGreaterThanOrEqual(30);
    expect(counts.teachers).toBeGreaterThan(175);
    const larger = await internalControl(createSandbox({ now: TEST_NOW, size: 1000 })).summary();
    // Participants whose training starts after "now" are not registered yet.
    expect(larger.counts.teachers).toBeGreaterThan((counts.teachers ?? 0) + 800);
  });

  it("replay their history without a single refusal, for several seeds and dates", () => {
    for (const [seed, now] of [
      [4010, TEST_NOW],
      [1, "2023-02-14T12:00:00Z"],
      [99, "2026-07-01T00:00:00Z"],
      [123456, "2024-11-30T23:59:59Z"],
      [7, "2027-03-01T00:00:00Z"],
      [8, "2028-01-01T00:00:00Z"],
    ] as const) {
      let refusals: readonly SeedRefusal[] = [];
      seededWorldBuilder({ onRefusals: (found) => (refusals = found) })({ seed, now: new Date(now) });
      expect(refusals, `seed ${seed} at ${now}`).toEqual([]);
    }
  });

  it("report progress while they are built", () => {
    const phases: string[] = [];
    seededWorldBuilder({ size: 500, onProgress: ({ phase }) => phases.push(phase) })({
      seed: 1,
      now: new Date(TEST_NOW),
    });
    expect(phases.length).toBeGreaterThan(10);
    expect(phases.at(-1)).toBe("done");
  });
});
