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
 * The NPQ world has its own id stream and names, so the ECF digests above did not move when it came. Recorded again
 * when the seed gained its statements (with their contracts), processed statements, declarations and outcomes.
 */
const RECORDED_NPQ = [
  {
    seed: 4010,
    now: "2025-10-01T09:30:00Z",
    digest: "0f24d15931ae121f438f1c3a7218e640b104777609d7fd23e105142c961d1845",
  },
  { seed: 1, now: "2023-02-14T12:00:00Z", digest: "c4f7badc091a39ed2bc0cfb58c02445469b6f976aee9c5d142c48661e468a34d" },
  { seed: 99, now: "2026-07-01T00:00:00Z", digest: "f661011c435a546bd60a9c4672148b6d94d584c553def2ec372174f95b10e7ba" },
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "ce46abc7e18980d89a03caf2fd764dc1721dc774eb28b23d1af438098e581c1d" },
] as const;

describe("the seeded NPQ world's digest", () => {
  it.each(RECORDED_NPQ)("is the recorded one for seed $seed at $now", async ({ digest, ...options }) => {
    const { npq } = await internalControl(createSandbox(options)).summary();
    expect(npq.digest).toBe(digest);
  });
});
