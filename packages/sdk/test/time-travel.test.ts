import { describe, expect, it } from "vitest";
import { createEcfClient, paginate, SERVER_DATE_HEADER, serverDateHeaders, withServerDate } from "../src/index.ts";
import { fakeApi, TEST_BASE_URL, TEST_TOKEN } from "./support/fake-api.ts";
import { declaration, participant, uuid } from "./support/fixtures.ts";
import { listHandler } from "./support/list-handler.ts";

const DECLARATIONS = "/api/v3/participant-declarations";
const body = {
  data: {
    type: "participant-declaration",
    attributes: {
      participant_id: uuid(1),
      declaration_type: "retained-1",
      declaration_date: "2026-01-15T10:00:00Z",
      course_identifier: "ecf-induction",
      evidence_held: "training-event-attended",
    },
  },
} as const;

function setup() {
  const api = fakeApi()
    .on("POST", DECLARATIONS, [{ status: 200, json: { data: declaration(1, { declaration_type: "retained-1" }) } }])
    .on("GET", "/api/v3/participants", listHandler([participant(1)]));
  const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });
  const throwing = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch, throwOnError: true });
  const sentDates = () => api.requests.map((request) => request.headers.get(SERVER_DATE_HEADER));
  return { api, client, throwing, sentDates };
}

describe("withServerDate", () => {
  it("sends X-With-Server-Date on every call of the view, and not on the original client", async () => {
    const { client, sentDates } = setup();
    const inJanuary = withServerDate(client, "2026-01-16T09:00:00Z");

    await inJanuary.POST(DECLARATIONS, { body });
    await client.POST(DECLARATIONS, { body });

    expect(sentDates()).toEqual(["2026-01-16T09:00:00Z", null]);
  });

  it("keeps the call's own headers and the client's auth", async () => {
    const { api, throwing } = setup();

    const { data } = await withServerDate(throwing, new Date("2026-01-16T09:00:00.999Z")).POST(DECLARATIONS, {
      body,
      headers: { "X-Trace": "abc" },
    });

    expect(data.data.attributes.declaration_type).toBe("retained-1");
    const sent = api.requests[0]?.headers;
    expect(sent?.get(SERVER_DATE_HEADER)).toBe("2026-01-16T09:00:00Z");
    expect(sent?.get("X-Trace")).toBe("abc");
    expect(sent?.get("Authorization")).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it("works with the iterators", async () => {
    const { client, sentDates } = setup();

    for await (const _ of paginate(withServerDate(client, "2026-01-16T10:00:00+01:00"), "/api/v3/participants")) {
      // walk every page
    }

    expect(sentDates()).toEqual(["2026-01-16T09:00:00Z", "2026-01-16T09:00:00Z"]);
  });

  it("shares the client's middleware", async () => {
    const { client } = setup();
    const view = withServerDate(client, "2026-01-16T09:00:00Z");
    const seen: string[] = [];
    view.use({ onRequest: ({ request }) => void seen.push(request.method) });

    await client.POST(DECLARATIONS, { body });

    expect(seen).toEqual(["POST"]);
  });

  it("refuses a date that is not a Date or an RFC 3339 date-time", () => {
    const { client } = setup();

    expect(() => withServerDate(client, "16/01/2026")).toThrow(RangeError);
    expect(() => withServerDate(client, new Date("nope"))).toThrow(RangeError);
  });
});

describe("serverDateHeaders", () => {
  it("makes the header for a single call", async () => {
    const { client, sentDates } = setup();

    await client.POST(DECLARATIONS, { body, headers: serverDateHeaders("2026-01-16T09:00:00Z") });

    expect(serverDateHeaders(new Date(Date.UTC(2026, 0, 16, 9)))).toEqual({
      [SERVER_DATE_HEADER]: "2026-01-16T09:00:00Z",
    });
    expect(sentDates()).toEqual(["2026-01-16T09:00:00Z"]);
  });
});
