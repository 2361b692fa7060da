/**
 * `syncUpdatedSince` and `syncCreatedSince` on an NPQ client: the same implementation as for the ECF API, through the
 * `fetch` option, against a fake that filters by `filter[updated_since]` (`filter[created_since]` for outcomes) and
 * answers with spec/npq-v3.yaml's examples. About the SDK's own sync, not the service: test/integration/ runs them
 * against the kit's NPQ sandbox.
 */
import { describe, expect, it } from "vitest";
import { createNpqClient, syncCreatedSince, syncUpdatedSince } from "../../src/index.ts";
import { fakeApi, TEST_BASE_URL, TEST_TOKEN } from "../support/fake-api.ts";
import { listHandler } from "../support/list-handler.ts";
import { npqApplication, npqDeclaration, npqOutcome } from "../support/npq-fixtures.ts";
import { npqSpec } from "../support/spec.ts";

const APPLICATIONS = "/api/v3/npq-applications";
const DECLARATIONS = "/api/v3/participant-declarations";
const OUTCOMES = "/api/v3/participants/npq/outcomes";

const applications = [
  npqApplication(1, { updated_at: "2025-06-02T08:15:00Z" }),
  npqApplication(2, { updated_at: "2025-06-04T10:00:00Z" }),
  npqApplication(3, { updated_at: "2025-06-03T09:00:00Z" }),
];
const declarations = [
  npqDeclaration(1, { updated_at: "2025-10-14T09:05:00Z" }),
  npqDeclaration(2, { updated_at: "2025-10-20T12:00:00Z", state: "voided", statement_id: null }),
];
// Outcomes are rows added, never changed: a failed one corrected to passed is a second row.
const outcomes = [
  npqOutcome(1, { state: "failed", created_at: "2025-10-14T09:05:00Z", updated_at: "2025-10-14T09:05:00Z" }),
  npqOutcome(2, { created_at: "2025-10-20T12:00:00Z", updated_at: "2025-10-20T12:00:00Z" }),
  npqOutcome(3, { created_at: "2025-10-21T08:30:00Z", updated_at: "2025-10-21T08:30:00Z" }),
];

function setup() {
  const api = fakeApi(npqSpec)
    .on(
      "GET",
      APPLICATIONS,
      listHandler(applications, (item) => item.attributes.updated_at),
    )
    .on(
      "GET",
      DECLARATIONS,
      listHandler(declarations, (item) => item.attributes.updated_at),
    )
    .on(
      "GET",
      OUTCOMES,
      listHandler(outcomes, (item) => item.attributes.created_at, "created_since"),
    );
  const client = createNpqClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });
  const sentSince = () => api.requests.map((request) => request.url.searchParams.get("filter[updated_since]"));
  const sentCreatedSince = () => api.requests.map((request) => request.url.searchParams.get("filter[created_since]"));
  return { api, client, sentSince, sentCreatedSince };
}

const instantWalk = () => 0;

describe("syncUpdatedSince on the NPQ API", () => {
  it("syncs applications: everything first, then from the mark, inclusive", async () => {
    const { client, sentSince } = setup();

    const first = await syncUpdatedSince(client, APPLICATIONS, { since: undefined, clock: instantWalk });
    const next = await syncUpdatedSince(client, APPLICATIONS, {
      since: "2025-06-03T09:00:00Z",
      query: { filter: { cohort: "2025" } },
      clock: instantWalk,
    });

    expect(first.items).toHaveLength(3);
    expect(first.highWaterMark).toBe("2025-06-04T10:00:00Z");
    expect(next.items.map((item) => item.id)).toEqual([applications[1]?.id, applications[2]?.id]);
    expect(next.highWaterMark).toBe("2025-06-04T10:00:00Z");
    expect(sentSince()).toEqual([null, null, "2025-06-03T09:00:00Z", "2025-06-03T09:00:00Z"]);
  });

  it("syncs declarations, sending the mark in UTC with Z (the service decodes + as a space)", async () => {
    const { api, client, sentSince } = setup();

    const { items, highWaterMark } = await syncUpdatedSince(client, DECLARATIONS, {
      since: "2025-10-14T11:05:00+02:00",
      clock: instantWalk,
    });

    expect(sentSince()).toEqual(["2025-10-14T09:05:00Z", "2025-10-14T09:05:00Z"]);
    expect(api.requests[0]?.url.search).toContain("filter[updated_since]=2025-10-14T09%3A05%3A00Z");
    expect(items.map((item) => item.attributes.state)).toEqual(["eligible", "voided"]);
    expect(highWaterMark).toBe("2025-10-20T12:00:00Z");
  });

  it("steps the mark back by the walk's duration", async () => {
    const { client } = setup();
    const readings = [0, 1_500];

    const { highWaterMark } = await syncUpdatedSince(client, APPLICATIONS, {
      since: "2025-06-01T00:00:00Z",
      clock: () => readings.shift() ?? 1_500,
    });

    expect(highWaterMark).toBe("2025-06-04T09:59:58Z");
  });
});

describe("syncCreatedSince on the NPQ outcomes", () => {
  it("walks every outcome first, then asks for those created since the mark, inclusive, with created_since", async () => {
    const { client, sentSince, sentCreatedSince } = setup();

    const first = await syncCreatedSince(client, OUTCOMES, { since: undefined, clock: instantWalk });
    const next = await syncCreatedSince(client, OUTCOMES, { since: "2025-10-20T14:00:00+02:00", clock: instantWalk });

    expect(first.items.map((item) => item.id)).toEqual(outcomes.map((outcome) => outcome.id));
    expect(first.highWaterMark).toBe("2025-10-21T08:30:00Z");
    // The mark's own row comes again: the boundary is inclusive, and it is sent in UTC with Z.
    expect(next.items.map((item) => item.id)).toEqual([outcomes[1]?.id, outcomes[2]?.id]);
    expect(next.highWaterMark).toBe("2025-10-21T08:30:00Z");
    expect(sentCreatedSince()).toEqual([null, null, "2025-10-20T12:00:00Z", "2025-10-20T12:00:00Z"]);
    expect(sentSince()).toEqual([null, null, null, null]);
  });

  it("keeps the previous mark when nothing was created, and steps a new one back by the walk's duration", async () => {
    const { client } = setup();
    const readings = [0, 2_500];

    const quiet = await syncCreatedSince(client, OUTCOMES, { since: "2025-11-01T00:00:00Z", clock: instantWalk });
    const slow = await syncCreatedSince(client, OUTCOMES, {
      since: "2025-10-01T00:00:00Z",
      clock: () => readings.shift() ?? 2_500,
    });

    expect(quiet).toEqual({ items: [], highWaterMark: "2025-11-01T00:00:00Z" });
    expect(slow.highWaterMark).toBe("2025-10-21T08:29:57Z");
  });

  it("reads the mark from created_at, not updated_at", async () => {
    const api = fakeApi(npqSpec).on("GET", OUTCOMES, [
      { status: 200, json: { data: [npqOutcome(9, { created_at: "2025-10-02T08:00:00Z" })] } },
      { status: 200, json: { data: [] } },
    ]);
    const client = createNpqClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });

    const { highWaterMark } = await syncCreatedSince(client, OUTCOMES, { since: undefined, clock: instantWalk });

    expect(highWaterMark).toBe("2025-10-02T08:00:00Z");
  });
});
