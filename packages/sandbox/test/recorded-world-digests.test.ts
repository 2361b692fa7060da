import { describe, expect, it } from "vitest";
import { internalControl } from "../src/create-sandbox.ts";
import { createSandbox } from "../src/index.ts";

/**
 * The seeded world of a seed and clock, recorded before a refactoring that must not change behaviour (the engine's
 * reshaping for a second programme). A change that alters what the seed builds must update these on purpose, and say
 * why in its changeset. Recorded again when the world gained its (empty) `statementAdjustments` table, and when it
 * gained its `declarationStateChanges` table (a row per declaration state change): the worlds without that table
 * hashed to the digests recorded before, so no other row moved.
 */
const RECORDED = [
  {
    seed: 4010,
    now: "2025-10-01T09:30:00Z",
    digest: "270b86d7d0972de5cb1ece3f857a2c0b4e33b6b85c3931ade21a3a346d056b33",
  },
  { seed: 1, now: "2023-02-14T12:00:00Z", digest: "95fcefb8324ee261de8a25f9c9b8f0ece7f512f0a4fa3e090dd77737a6f335eb" },
  { seed: 99, now: "2026-07-01T00:00:00Z", digest: "000bdd80b10d5bf5e7cf0b0da0b7ef31d76778792e3cf4bb2750291e71562c32" },
  {
    seed: 123456,
    now: "2024-11-30T23:59:59Z",
    digest: "564fd968759b36ddf2918113ea0b8392550ec12b49d037333637f0564eb7c493",
  },
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "fac7ab543fae7f8327d79501ae39b596ad7b9f0444004d4d0fd383a9ffc35a8e" },
  { seed: 8, now: "2028-01-01T00:00:00Z", digest: "7e862dd6783280a8841e5feddaf30b867720db16e8c07d18c8d18aac7c95f1f9" },
  {
    seed: 42,
    now: "2025-10-01T09:30:00Z",
    size: 1000,
    digest: "41fd6dc66ad9d816dee672c5fde80ce7a1bf51f77f74d6ba99f3479523899404",
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
 * when the seed gained its statements (with their contracts), processed statements, declarations and outcomes; and
 * when contracts gained their money terms, voided declarations kept their statement and the world its (empty)
 * `statementAdjustments` table; and when it gained its `declarationStateChanges` table (as the ECF world did, no other
 * row moved).
 */
const RECORDED_NPQ = [
  {
    seed: 4010,
    now: "2025-10-01T09:30:00Z",
    digest: "e38a9ecaadaae16a3713155a8e629bb8b2480845aad982f576a79a445d787c2c",
  },
  { seed: 1, now: "2023-02-14T12:00:00Z", digest: "01d176da0b7cf29f8156f8808969f90a8d54855c629699222483afbc12a5b0cd" },
  { seed: 99, now: "2026-07-01T00:00:00Z", digest: "4ca92f50bf8eb45faa78c7e0292da9256763b122cb5a59d2cd032eaf8187f9f3" },
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "4869c5a9f3f355bd09e06549c7d682c2ec462e17b706042289099c8b089df243" },
] as const;

describe("the seeded NPQ world's digest", () => {
  it.each(RECORDED_NPQ)("is the recorded one for seed $seed at $now", async ({ digest, ...options }) => {
    const { npq } = await internalControl(createSandbox(options)).summary();
    expect(npq.digest).toBe(digest);
  });
});
