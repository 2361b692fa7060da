import { describe, expect, it } from "vitest";
import { internalControl } from "../src/create-sandbox.ts";
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
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "c90b5922e5482ac6d87c74bb447d19bfe3b078f7a90895badac79ef12961afdf" },
  { seed: 8, now: "2028-01-01T00:00:00Z", digest: "51bfefd1d889c88b8772a6b1efaa80190a5134f9f5cc41630b38ad7ac64fafe5" },
  {
    seed: 42,
    now: "2025-10-01T09:30:00Z",
    size: 1000,
    digest: "46f9ef1aafb0d6b357bf21bcbc79fe9e1f1645a5681cd0eb31bf07ab2c79e01a",
  },
] as const;

describe("the seeded world's digest", () => {
  it.each(RECORDED)("is the recorded one for seed $seed at $now", async ({ digest, ...options }) => {
    const { digest: actual } = await internalControl(createSandbox(options)).summary();
    expect(actual).toBe(digest);
  });
});

/**
 * The seeded NPQ world of a seed and clock (`npq.digest` of `GET /__sandbox/world`), recorded when it was first built.
 * The NPQ world has its own id stream and names, so the ECF digests above did not move when it came.
 */
const RECORDED_NPQ = [
  {
    seed: 4010,
    now: "2025-10-01T09:30:00Z",
    digest: "114ef867c5b186c0833c16fa607d66d5476c749d829c0932f288dbcbacbb4647",
  },
  { seed: 1, now: "2023-02-14T12:00:00Z", digest: "02e156eb5fdbb21a6919d2e909a8cfb9ee00503a3346610fd8cdcb4ff552e8c4" },
  { seed: 99, now: "2026-07-01T00:00:00Z", digest: "07e618bc9e415e14cb014ca0f17c5fddc16301baeb3e003b8664a6848ef0be87" },
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "72bced31fb47f1ceea468bf25d8ba9881b6945eafdb89ca3a967b31fb4a1351d" },
] as const;

describe("the seeded NPQ world's digest", () => {
  it.each(RECORDED_NPQ)("is the recorded one for seed $seed at $now", async ({ digest, ...options }) => {
    const { npq } = await internalControl(createSandbox(options)).summary();
    expect(npq.digest).toBe(digest);
  });
});
