import { describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.ts";

/**
 * The seeded world of a seed and clock, recorded before a refactoring that must not change behaviour (the engine's
 * reshaping for a second programme). A change that alters what the seed builds must update these on purpose, and say
 * why in its changeset.
 */
const RECORDED = [
  {
    seed: 4010,
    now: "2025-10-01T09:30:00Z",
    digest: "5e2dd109b3e91459ffa5a3f408e424d33de461fb3641fbfb6228cbe8d209cc0a",
  },
  { seed: 1, now: "2023-02-14T12:00:00Z", digest: "113327bda6de6bc050fd98600d0cc7b62f45cd41c64db168a3faab211ba62e92" },
  { seed: 99, now: "2026-07-01T00:00:00Z", digest: "6623a8c607b5f17bb151a497eb164991adc1a245562e29c24f6be39b466d3d41" },
  {
    seed: 123456,
    now: "2024-11-30T23:59:59Z",
    digest: "2c527cb7995b8d88361be534fcd625f5408fc4507eeb4b7655472800d1e6b061",
  },
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "fd8a292ca6195badc5e87993f3c5dea3714290a54ca39568ada8afd08fdd80c0" },
  { seed: 8, now: "2028-01-01T00:00:00Z", digest: "c2b7a67f771f05b1746ed645fbe0df8b841067ab1f8b4e2dc5e39842b6e78d85" },
  {
    seed: 42,
    now: "2025-10-01T09:30:00Z",
    size: 1000,
    digest: "e0d7a8a04b7aabe6e6c90cda2f9b780b12af128772ddd5d6e00f3b53aee92cca",
  },
] as const;

describe("the seeded world's digest", () => {
  it.each(RECORDED)("is the recorded one for seed $seed at $now", async ({ digest, ...options }) => {
    const { digest: actual } = await createSandbox(options).control.summary();
    expect(actual).toBe(digest);
  });
});
