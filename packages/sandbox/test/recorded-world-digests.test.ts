import { describe, expect, it } from "vitest";
import { internalControl } from "../src/create-sandbox.ts";
import { createSandbox } from "../src/index.ts";

/**
 * The seeded world of a seed and clock, recorded before a refactoring that must not change behaviour (the engine's
 * reshaping for a second programme). A change that alters what the seed builds must update these on purpose, and say
 * why in its changeset. Recorded again when the world gained its (empty) `statementAdjustments` table.
 */
const RECORDED = [
  {
    seed: 4010,
    now: "2025-10-01T09:30:00Z",
    digest: "a57f23879dc2868b966cc87d03f3c53ce61fe0b2f5f9a4d4a8c14ca5db4b0133",
  },
  { seed: 1, now: "2023-02-14T12:00:00Z", digest: "11955a1d45f7ce4917a51c94da2a5c726d73a2b79ef0f8c8b542697d76780395" },
  { seed: 99, now: "2026-07-01T00:00:00Z", digest: "77ba37fccfe3f7fe11babf48e9ae518966bcb7c647c67e2c5ac7e3de078199ac" },
  {
    seed: 123456,
    now: "2024-11-30T23:59:59Z",
    digest: "ed5608eec18d2f3a57d12cb6c95542d15d00f65323d32fa97ff830bdf2e4ac8f",
  },
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "5cf0203c241d9190ad9a5658b860fb68bf79cbc0c1487f073cbaea39c9e56ae5" },
  { seed: 8, now: "2028-01-01T00:00:00Z", digest: "0644065c7f0334aba96ca95d9657554493e336c95720deac6f44a13de1e082ff" },
  {
    seed: 42,
    now: "2025-10-01T09:30:00Z",
    size: 1000,
    digest: "dceea6cd6cae92b665d3cf1f3541c0759aad53d0fad8248cf6df9a7a1fb3a580",
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
 * `statementAdjustments` table.
 */
const RECORDED_NPQ = [
  {
    seed: 4010,
    now: "2025-10-01T09:30:00Z",
    digest: "ada7a1a055d70c26825395c7f7fcd10627d8328e260febc8a8bf67f754c49dea",
  },
  { seed: 1, now: "2023-02-14T12:00:00Z", digest: "3b041faaa85a79980806476df9f61edfdcadb08b8d0ec6383e3a9e6543249e13" },
  { seed: 99, now: "2026-07-01T00:00:00Z", digest: "8ea3805a5b1d7859369ac9cb4a692ac035fc14f204afd198238bc327345e9ae4" },
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "78dfef982c2d361fb78002554dc9a7f87fd4e4bced44d87725c3946203d6f130" },
] as const;

describe("the seeded NPQ world's digest", () => {
  it.each(RECORDED_NPQ)("is the recorded one for seed $seed at $now", async ({ digest, ...options }) => {
    const { npq } = await internalControl(createSandbox(options)).summary();
    expect(npq.digest).toBe(digest);
  });
});
