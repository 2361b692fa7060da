/**
 * `syncCreatedSince` against the sandbox's NPQ outcomes over a socket, every response checked against
 * spec/npq-v3.yaml: a first full sync, a sync from a mark, and an outcome recorded later, picked up from the stored
 * mark.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { createNpqClient, type NpqOutcome, paginate, syncCreatedSince } from "../../src/index.ts";
import { SUITE_NOW, useLiveSandbox } from "./support/live-sandbox.ts";

const live = useLiveSandbox();
const OUTCOMES = "/api/v3/participants/npq/outcomes";
const AN_HOUR_LATER = "2025-10-01T10:30:00Z";

beforeEach(async () => {
  await live().control.reset({ now: SUITE_NOW });
});

async function npqClient() {
  const [provider] = await live().control.npqLeadProviders();
  if (provider === undefined) {
    throw new Error("no NPQ lead provider");
  }
  return createNpqClient({
    baseUrl: `${live().baseUrl}/npq`,
    token: provider.token,
    fetch: live().fetch,
    throwOnError: true,
  });
}

/** For each participant and course, the latest outcome when it can be corrected (it is not `voided`). */
function recordable(outcomes: readonly NpqOutcome[]): NpqOutcome[] {
  const latest = new Map<string, NpqOutcome>();
  for (const outcome of outcomes) {
    latest.set(`${outcome.attributes.participant_id} ${outcome.attributes.course_identifier}`, outcome);
  }
  return [...latest.values()].filter((outcome) => outcome.attributes.state !== "voided");
}

describe("syncCreatedSince on the NPQ outcomes", () => {
  it("walks the whole list first, and from a mark only what was created at or after it", async () => {
    const client = await npqClient();
    const startedAt = performance.now();
    const first = await syncCreatedSince(client, OUTCOMES, { since: undefined, perPage: 2 });
    const walkSeconds = Math.ceil((performance.now() - startedAt) / 1000);
    const all: string[] = [];
    for await (const outcome of paginate(client, OUTCOMES)) {
      all.push(outcome.id);
    }
    expect(first.items.map((outcome) => outcome.id)).toEqual(all);
    const createdAt = first.items.map((outcome) => Date.parse(outcome.attributes.created_at));
    // The seeded world has outcomes: the mark is the latest created_at less the walk's whole seconds (at least one),
    // so a row created while the walk ran is read again next time.
    expect(createdAt.length).toBeGreaterThan(0);
    const lag = Math.max(...createdAt) - Date.parse(first.highWaterMark ?? "");
    expect(lag % 1000).toBe(0);
    expect(lag).toBeGreaterThanOrEqual(1000);
    expect(lag).toBeLessThanOrEqual(walkSeconds * 1000);

    const later = await syncCreatedSince(client, OUTCOMES, { since: SUITE_NOW });
    for (const outcome of later.items) {
      expect(Date.parse(outcome.attributes.created_at)).toBeGreaterThanOrEqual(Date.parse(SUITE_NOW));
    }
    expect(Date.parse(later.highWaterMark)).toBeGreaterThanOrEqual(Date.parse(SUITE_NOW));
    const future = await syncCreatedSince(client, OUTCOMES, { since: "2099-01-01T00:00:00Z" });
    expect(future).toEqual({ items: [], highWaterMark: "2099-01-01T00:00:00Z" });
  });

  // Recording an outcome needs a `completed` declaration: the seeded world's outcomes have one each.
  it("picks up an outcome recorded after the first sync", async () => {
    const client = await npqClient();
    const first = await syncCreatedSince(client, OUTCOMES, { since: undefined });
    const [outcome] = recordable(first.items);
    if (outcome === undefined || first.highWaterMark === undefined) {
      throw new Error("the seeded NPQ world has no outcome a lead provider can record against");
    }

    await live().control.setClock(AN_HOUR_LATER);
    const { data } = await client.POST("/api/v3/participants/npq/{id}/outcomes", {
      params: { path: { id: outcome.attributes.participant_id } },
      body: {
        data: {
          type: "npq-outcome-confirmation",
          attributes: {
            course_identifier: outcome.attributes.course_identifier,
            state: outcome.attributes.state === "passed" ? "failed" : "passed",
            completion_date: "2025-09-15",
          },
        },
      },
    });
    const second = await syncCreatedSince(client, OUTCOMES, { since: first.highWaterMark });

    expect(second.items.map((item) => item.id)).toContain(data.data.id);
    for (const item of second.items) {
      expect(Date.parse(item.attributes.created_at)).toBeGreaterThanOrEqual(Date.parse(first.highWaterMark));
    }
    expect(Date.parse(second.highWaterMark)).toBeGreaterThan(Date.parse(first.highWaterMark));
    expect(Date.parse(second.highWaterMark)).toBeLessThanOrEqual(Date.parse(AN_HOUR_LATER));
  });
});
