/**
 * `syncUpdatedSince` on an NPQ client: the same implementation as for the ECF API, through the `fetch` option,
 * against a fake that filters by `filter[updated_since]` and answers with spec/npq-v3.yaml's examples. About the
 * SDK's own sync, not the service: integration tests against the kit's NPQ sandbox come with a later slice.
 */
import { describe, expect, it } from "vitest";
import { createNpqClient, syncUpdatedSince } from "../../src/index.ts";
import { fakeApi, TEST_BASE_URL, TEST_TOKEN } from "../support/fake-api.ts";
import { listHandler } from "../support/list-handler.ts";
import { npqApplication, npqDeclaration } from "../support/npq-fixtures.ts";
import { npqSpec } from "../support/spec.ts";

const APPLICATIONS = "/api/v3/npq-applications";
const DECLARATIONS = "/api/v3/participant-declarations";

const applications = [
  npqApplication(1, { updated_at: "2025-06-02T08:15:00Z" }),
  npqApplication(2, { updated_at: "2025-06-04T10:00:00Z" }),
  npqApplication(3, { updated_at: "2025-06-03T09:00:00Z" }),
];
const declarations = [
  npqDeclaration(1, { updated_at: "2025-10-14T09:05:00Z" }),
  npqDeclaration(2, { updated_at: "2025-10-20T12:00:00Z", state: "voided", statement_id: null }),
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
    );
  const client = createNpqClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });
  const sentSince = () => api.requests.map((request) => request.url.searchParams.get("filter[updated_since]"));
  return { api, client, sentSince };
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
