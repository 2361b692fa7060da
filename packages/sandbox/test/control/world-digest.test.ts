/**
 * `GET /__sandbox/world`'s digest: SHA-256 of the world's data as one JSON text, computed piece by piece and once per
 * world version.
 */
import * as crypto from "node:crypto";
import { worldData } from "@lpkit/engine/internal";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { leadProviderId } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

// Counts the hashes made.
vi.mock("node:crypto", async (original) => {
  const actual = await original<typeof import("node:crypto")>();
  const createHash = vi.fn((algorithm: string) => actual.createHash(algorithm));
  return { ...actual, createHash, default: { ...actual, createHash } };
});
const hashes = vi.mocked(crypto.createHash);

const { sandbox, client } = testSandbox();
beforeEach(() => {
  internalControl(sandbox).reset();
  hashes.mockClear();
});

/** The digest as it was computed before it was streamed: the whole world's JSON in one string. */
function digestOfOneString(): string {
  const json = JSON.stringify(worldData(internalControl(sandbox).state.world));
  return hashes.getMockImplementation()?.("sha256").update(json).digest("hex") ?? "";
}

async function digest(): Promise<string> {
  const response = await client.get("/__sandbox/world");
  expect(response.status).toBe(200);
  return response.body.digest as string;
}

describe("GET /__sandbox/world's digest", () => {
  it("is SHA-256 of the world's data as one JSON text, names outside ASCII included", async () => {
    const created = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-induction",
        cohort: "2025",
        full_name: "Zoë Ångström-Nguyễn 🌱",
      },
    });
    expect(created.status).toBe(201);
    expect(await digest()).toBe(digestOfOneString());
  });

  it("hashes the world once while nothing changes", async () => {
    const first = await digest();
    const second = await digest();
    expect(second).toBe(first);
    expect(hashes).toHaveBeenCalledTimes(1);
  });

  it("is computed afresh after a write", async () => {
    const before = await digest();
    expect((await client.post("/__sandbox/schools", { body: {} })).status).toBe(201);
    const after = await digest();
    expect(after).not.toBe(before);
    expect(after).toBe(digestOfOneString());
    expect(hashes).toHaveBeenCalledTimes(2);
  });

  it("is not computed afresh after a refused write", async () => {
    const before = await digest();
    const refused = await client.post("/__sandbox/schools", { body: { urn: "12" } });
    expect(refused.status).toBe(422);
    expect(await digest()).toBe(before);
    expect(hashes).toHaveBeenCalledTimes(1);
  });

  it("is the seeded world's again after a reset", async () => {
    const seeded = await digest();
    expect((await client.post("/__sandbox/schools", { body: {} })).status).toBe(201);
    expect(await digest()).not.toBe(seeded);
    expect((await client.post("/__sandbox/reset", { body: {} })).status).toBeLessThan(300);
    expect(await digest()).toBe(seeded);
  });
});
