/**
 * Simultaneous requests over a real socket (as an SDK or a provider's test suite sends them): identical
 * declarations make one declaration (ECF rules §1.7, §4.5), identical voids void once, and resets in the middle of
 * reads and writes never fail and always leave the freshly seeded world.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { DECLARATION_RULE_MESSAGES, VOID_RULE_MESSAGES } from "@lpkit/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../../src/index.ts";
import { AMBITION, API, body, errors, scenario } from "../helpers/ecf.ts";
import { type CheckedResponse, SpecClient } from "../helpers/spec-client.ts";
import { TEST_NOW } from "../helpers/test-sandbox.ts";

const unexpected: unknown[] = [];
const sandbox = createSandbox({ now: TEST_NOW, onUnexpectedError: (error) => unexpected.push(error) });
let server: ReturnType<typeof serve>;
let client: SpecClient;
let freshDigest: string;

const SIMULTANEOUS = 50;

beforeAll(async () => {
  server = serve({ fetch: sandbox.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  client = new SpecClient((request) => fetch(request), `http://127.0.0.1:${port}`);
  freshDigest = (await client.get("/__sandbox/world")).body.digest;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  expect(unexpected).toEqual([]);
});

const times = <T>(count: number, request: () => Promise<T>): Promise<T[]> =>
  Promise.all(Array.from({ length: count }, request));

const statuses = (responses: readonly CheckedResponse[]) => responses.map((response) => response.status);

async function startedDeclaration() {
  const { resources } = await scenario(client, "ect-ready-to-declare");
  return body("participant-declaration", {
    participant_id: resources.participant_id,
    declaration_type: "started",
    declaration_date: "2025-09-01T10:00:00Z",
    course_identifier: "ecf-induction",
    evidence_held: "other",
  });
}

describe("simultaneous requests over a socket", () => {
  it(`makes one declaration of ${SIMULTANEOUS} identical ones, and voids it once of ${SIMULTANEOUS} voids`, async () => {
    const declaration = await startedDeclaration();
    const participant = declaration.data.attributes.participant_id;
    const declared = await times(SIMULTANEOUS, () =>
      client.post(`${API}/participant-declarations`, { token: AMBITION, body: declaration }),
    );
    const made = declared.filter((response) => response.status === 200);
    expect(made).toHaveLength(1);
    for (const refused of declared.filter((response) => response.status !== 200)) {
      expect([refused.status, refused.body]).toEqual([422, errors(DECLARATION_RULE_MESSAGES[8])]);
    }
    const listed = await client.get(`${API}/participant-declarations?filter[participant_id]=${participant}`, {
      token: AMBITION,
    });
    const id = made[0]?.body.data.id;
    expect(listed.body.data.filter((item: { id: string }) => item.id === id)).toHaveLength(1);

    const voided = await times(SIMULTANEOUS, () =>
      client.put(`${API}/participant-declarations/${id}/void`, { token: AMBITION }),
    );
    expect(statuses(voided).filter((status) => status === 200)).toHaveLength(1);
    for (const refused of voided.filter((response) => response.status !== 200)) {
      expect([refused.status, refused.body]).toEqual([422, errors(VOID_RULE_MESSAGES[1])]);
    }
    const shown = await client.get(`${API}/participant-declarations/${id}`, { token: AMBITION });
    expect(shown.body.data.attributes.state).toBe("voided");
  });

  it("resets in the middle of reads and writes without a 5xx, each to the freshly seeded world", async () => {
    const declaration = await startedDeclaration();
    let writing = true;
    let reading = true;
    const answered: number[] = [];
    let made = 0;
    const writer = async () => {
      while (writing) {
        const response = await client.post(`${API}/participant-declarations`, { token: AMBITION, body: declaration });
        answered.push(response.status);
        if (response.status === 200) {
          made += 1;
          const voided = await client.put(`${API}/participant-declarations/${response.body.data.id}/void`, {
            token: AMBITION,
          });
          answered.push(voided.status);
        }
      }
    };
    const reader = async () => {
      while (reading) {
        for (const path of ["participants", "participant-declarations", "statements", "partnerships"]) {
          answered.push((await client.get(`${API}/${path}`, { token: AMBITION })).status);
        }
      }
    };
    const reset = async () => {
      const response = await client.post("/__sandbox/reset", { body: {} });
      expect([response.status, response.body.digest]).toEqual([200, freshDigest]);
    };
    const writers = times(4, writer);
    const readers = times(4, reader);
    for (let round = 0; round < 5; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      await reset();
    }
    writing = false;
    await writers;
    // The last reset meets reads only, so nothing written after it can change the world.
    await reset();
    reading = false;
    await readers;
    expect(answered.filter((status) => status >= 500)).toEqual([]);
    // Each reset brings back the undeclared participant, so the writers declared again between resets: the resets
    // had writes to undo.
    expect(made).toBeGreaterThan(1);
    expect((await client.get("/__sandbox/world")).body.digest).toBe(freshDigest);
  });
});
