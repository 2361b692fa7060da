/**
 * `syncUpdatedSince` against the sandbox: a first full sync, then a change made later, picked up by the next sync
 * from the stored high-water mark.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SandboxLeadProvider, syncUpdatedSince, type ThrowingEcfClient } from "../../src/index.ts";
import { SUITE_NOW, useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider, newEct, startedDeclaration } from "./support/world.ts";

const live = useLiveSandbox();
const AN_HOUR_LATER = "2025-10-01T10:30:00Z";
// Training that started today cannot be withdrawn until tomorrow (ECF rules §6.1).
const NEXT_DAY = "2025-10-02T10:30:00Z";

let provider: SandboxLeadProvider;
let client: ThrowingEcfClient;
beforeAll(async () => {
  provider = await leadProvider(live().control, AMBITION);
  client = live().ecf(provider.token);
});
beforeEach(async () => {
  await live().control.reset({ now: SUITE_NOW });
});

describe("syncUpdatedSince", () => {
  it("picks up a declaration made after the first sync", async () => {
    const participant = await newEct(live().control, provider);
    const first = await syncUpdatedSince(client, "/api/v3/participant-declarations", { since: undefined });
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.highWaterMark).toBeDefined();
    expect(Date.parse(first.highWaterMark ?? "")).toBeLessThanOrEqual(Date.parse(SUITE_NOW));

    await live().control.setClock(AN_HOUR_LATER);
    const { data } = await client.POST("/api/v3/participant-declarations", {
      body: startedDeclaration(participant.id),
    });
    const second = await syncUpdatedSince(client, "/api/v3/participant-declarations", {
      since: first.highWaterMark ?? "",
    });

    expect(second.items.map((item) => item.id)).toContain(data.data.id);
    // Only what changed at or after the mark, far fewer than the full list.
    expect(second.items.length).toBeLessThan(first.items.length);
    for (const item of second.items) {
      expect(Date.parse(item.attributes.updated_at)).toBeGreaterThanOrEqual(Date.parse(first.highWaterMark ?? ""));
    }
    expect(Date.parse(second.highWaterMark)).toBeGreaterThan(Date.parse(first.highWaterMark ?? ""));
    expect(Date.parse(second.highWaterMark)).toBeLessThanOrEqual(Date.parse(AN_HOUR_LATER));
  });

  it("picks up a participant withdrawn, and one registered, after the first sync", async () => {
    const leaving = await newEct(live().control, provider);
    const first = await syncUpdatedSince(client, "/api/v3/participants", { since: undefined });
    expect(first.items.map((item) => item.id)).toContain(leaving.id);

    await live().control.setClock(NEXT_DAY);
    await client.PUT("/api/v3/participants/{id}/withdraw", {
      params: { path: { id: leaving.id } },
      body: {
        data: {
          type: "participant-withdraw",
          attributes: { reason: "moved-school", course_identifier: "ecf-induction" },
        },
      },
    });
    const joining = await newEct(live().control, provider);
    const second = await syncUpdatedSince(client, "/api/v3/participants", { since: first.highWaterMark ?? "" });

    const byId = new Map(second.items.map((item) => [item.id, item]));
    expect(byId.get(leaving.id)?.attributes.updated_at).toBe(NEXT_DAY);
    expect(byId.get(leaving.id)?.attributes.ecf_enrolments[0]?.training_status).toBe("withdrawn");
    expect(byId.get(joining.id)?.attributes.updated_at).toBe(NEXT_DAY);
    expect(second.items.length).toBeLessThan(first.items.length);
  });

  it("keeps the mark when nothing changed", async () => {
    const first = await syncUpdatedSince(client, "/api/v3/statements", { since: undefined });
    await live().control.setClock(AN_HOUR_LATER);

    const second = await syncUpdatedSince(client, "/api/v3/statements", { since: first.highWaterMark ?? "" });

    // At least once: what sat at the mark may come again, but nothing else does, and the mark stays in the past.
    const firstIds = new Set(first.items.map((item) => item.id));
    expect(second.items.every((item) => firstIds.has(item.id))).toBe(true);
    expect(second.items.length).toBeLessThan(first.items.length);
    expect(Date.parse(second.highWaterMark)).toBeGreaterThanOrEqual(Date.parse(first.highWaterMark ?? ""));
    expect(Date.parse(second.highWaterMark)).toBeLessThanOrEqual(Date.parse(SUITE_NOW));
  });
});
