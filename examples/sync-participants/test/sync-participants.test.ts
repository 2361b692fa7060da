import type { SandboxLeadProvider } from "@lpkit/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/client.ts";
import { InMemoryParticipantStore } from "../src/participant-store.ts";
import { syncParticipants } from "../src/sync-participants.ts";
import { type RunningSandbox, startSandbox } from "./support/start-sandbox.ts";

const PER_PAGE = 25;

let running: RunningSandbox;
let provider: SandboxLeadProvider;
beforeAll(async () => {
  // A seeded world, frozen on 1 October 2025: the same participants on every run.
  running = await startSandbox({ now: "2025-10-01T09:30:00Z" });
  const providers = await running.control.leadProviders();
  provider = providers.find(({ name }) => name === "Ambition Institute") ?? providers[0]!;
});
afterAll(() => running.close());

/** The job's client, pointed at the running sandbox, with its requests and retries recorded. */
function recordedClient() {
  const requests: URL[] = [];
  const log: string[] = [];
  const client = createClient({
    baseUrl: running.ecfBaseUrl,
    token: provider.token,
    log: (line) => log.push(line),
    fetch: (request) => {
      requests.push(new URL(request.url));
      return fetch(request);
    },
  });
  return { client, requests, log };
}

describe("syncParticipants", () => {
  const store = new InMemoryParticipantStore();

  it("fetches everything on the first run, page by page, and stores the mark", async () => {
    const { client, requests } = recordedClient();
    const report = await syncParticipants(client, store, { perPage: PER_PAGE });

    expect(report.fetched).toBeGreaterThan(PER_PAGE);
    expect(store.participants.size).toBe(report.fetched);
    // Pages 1, 2, 3... until one comes back empty: the API gives no totals.
    const pages = requests.map((url) => Number(url.searchParams.get("page[page]")));
    expect(pages).toEqual(pages.map((_, index) => index + 1));
    expect(pages.length).toBe(Math.ceil(report.fetched / PER_PAGE) + 1);
    // The mark is a timestamp of DfE's (the latest updated_at seen, stepped back by the walk's duration).
    expect(store.mark).toMatch(/^2025-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(requests[0]?.searchParams.has("filter[updated_since]")).toBe(false);
  });

  it("fetches only what changed since the mark on the next run, retrying through an outage", async () => {
    const before = store.participants.size;
    const previousMark = store.mark;
    // A day later, a school registers a new ECT with this provider.
    await running.control.setClock("2025-10-02T09:00:00Z");
    const newcomer = await running.control.createParticipant({
      lead_provider_id: provider.id,
      course_identifier: "ecf-induction",
      cohort: "2025",
    });
    // And DfE's service fails the next request with a 503 (and Retry-After: 1).
    await running.control.injectFault({ status: 503, path: "/ecf/api/v3/participants", method: "GET", count: 1 });

    const { client, requests, log } = recordedClient();
    const report = await syncParticipants(client, store, { perPage: PER_PAGE });

    expect(log).toEqual([expect.stringMatching(/^retry 1 of GET \/ecf\/api\/v3\/participants in 1000 ms \(503\)$/)]);
    expect(requests[0]?.searchParams.get("filter[updated_since]")).toBe(previousMark);
    expect(store.participants.has(newcomer.id)).toBe(true);
    expect(store.participants.size).toBe(before + 1);
    // Only the newcomer and whatever sat exactly at the old mark (the boundary is inclusive).
    expect(report.fetched).toBeLessThan(PER_PAGE);
    // The newcomer's updated_at, stepped back by the walk's whole seconds (the retry waited one).
    expect(report.mark! > previousMark!).toBe(true);
    expect(report.mark! < "2025-10-02T09:00:00Z").toBe(true);
  });

  it("fetches almost nothing when nothing changed, and never moves the mark back", async () => {
    const { client } = recordedClient();
    const mark = store.mark;
    const report = await syncParticipants(client, store, { perPage: PER_PAGE });
    // At most the newcomer again, whose updated_at is within the stepped-back window.
    expect(report.fetched).toBeLessThanOrEqual(1);
    expect(store.mark! >= mark!).toBe(true);
  });
});
