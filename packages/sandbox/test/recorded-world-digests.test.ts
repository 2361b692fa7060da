import { describe, expect, it } from "vitest";
import { internalControl } from "../src/create-sandbox.ts";
import { createSandbox } from "../src/index.ts";

/**
 * The seeded world of a seed and clock, recorded before a refactoring that must not change behaviour (the engine's
 * reshaping for a second programme). A change that alters what the seed builds must update these on purpose, and say
 * why in its changeset. Recorded again when the world gained its (empty) `statementAdjustments` table, and when it
 * gained its `declarationStateLogs` table (each declaration's state changes): the worlds without that table
 * hashed to the digests recorded before, so no other row moved.
 */
const RECORDED = [
  {
    seed: 4010,
    now: "2025-10-01T09:30:00Z",
    digest: "f658e3978e7fa34bd537cdf2505f5dfd80077391df4c73ba1267f1e93cba6b10",
  },
  { seed: 1, now: "2023-02-14T12:00:00Z", digest: "3fc79cd0c3087355648b19aca3b5135fe35bdf7f71ddb4244092ffc94df4a340" },
  { seed: 99, now: "2026-07-01T00:00:00Z", digest: "fb3bcc819f4beab7d495c6eecf877827fbe0581e39e9a2a18310e29c87636e21" },
  {
    seed: 123456,
    now: "2024-11-30T23:59:59Z",
    digest: "3e9dc180dadef7e0bca701fbd651104558c560ba8f87d85176ea00edc8a4bde7",
  },
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "507e1236f8a97b673a873a08cef7a8fe8a1c08ce1b9a3b179957fd90bba92480" },
  { seed: 8, now: "2028-01-01T00:00:00Z", digest: "cfff877b7e19dd84d49376583ebad6e1bd31801d8fbe02136d2fc100ff505c22" },
  {
    seed: 42,
    now: "2025-10-01T09:30:00Z",
    size: 1000,
    digest: "330f8fe01f8a869c73712ef234933768565005582ab5b7f35958365d1cc77e70",
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
 * `statementAdjustments` table; and when it gained its `declarationStateLogs` table (as the ECF world did, no other
 * row moved).
 */
const RECORDED_NPQ = [
  {
    seed: 4010,
    now: "2025-10-01T09:30:00Z",
    digest: "de662b55955822e79f115653105a79b14e701dc5e8ab9d427465a90ad08d37c3",
  },
  { seed: 1, now: "2023-02-14T12:00:00Z", digest: "f9f9ee5f204ebb96b050ead6a35ac9a278ccf62477f38323a7ecaad4f2185cf4" },
  { seed: 99, now: "2026-07-01T00:00:00Z", digest: "54d5eda11cffb6a843b26ac5fb94a2dba39e9c08dd95b0bbd794a239a05ecc58" },
  { seed: 7, now: "2027-03-01T00:00:00Z", digest: "2668ac53b9f0f1fa0652b64bc65c36039334e0cb6e1d7c675d7930deb0e10464" },
] as const;

describe("the seeded NPQ world's digest", () => {
  it.each(RECORDED_NPQ)("is the recorded one for seed $seed at $now", async ({ digest, ...options }) => {
    const { npq } = await internalControl(createSandbox(options)).summary();
    expect(npq.digest).toBe(digest);
  });
});
