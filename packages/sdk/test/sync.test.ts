import { describe, expect, it } from "vitest";
import { createEcfClient, syncUpdatedSince } from "../src/index.ts";
import { fakeApi, TEST_BASE_URL, TEST_TOKEN } from "./support/fake-api.ts";
import { declaration } from "./support/fixtures.ts";
import { listHandler } from "./support/list-handler.ts";

const DECLARATIONS = "/api/v3/participant-declarations";
type Item = ReturnType<typeof declaration>;

const history: Item[] = [
  declaration(1, { updated_at: "2025-10-01T09:00:00Z" }),
  declaration(2, { updated_at: "2025-10-03T12:00:00Z" }),
  declaration(3, { updated_at: "2025-10-02T08:15:00Z" }),
  declaration(4, { updated_at: "2025-10-03T12:00:00Z" }),
  declaration(5, { updated_at: "2025-09-30T23:59:59Z" }),
];

/** A clock that reads `start`, then `end`: the walk took `end - start` ms. */
function walkTaking(ms: number) {
  const readings = [0, ms];
  return () => readings.shift() ?? ms;
}

function setup(items: readonly Item[] = history) {
  const api = fakeApi().on(
    "GET",
    DECLARATIONS,
    listHandler(items, (item) => item.attributes.updated_at),
  );
  const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });
  // What each walk asked for, read from its first page (the later pages repeat it).
  const sentSince = () =>
    api.requests
      .filter((request) => request.url.searchParams.get("page[page]") === "1")
      .map((request) => request.url.searchParams.get("filter[updated_since]"));
  return { api, client, sentSince };
}

describe("syncUpdatedSince", () => {
  it("walks everything on a first sync and returns the latest updated_at as the mark", async () => {
    const { client, sentSince } = setup();

    const { items, highWaterMark } = await syncUpdatedSince(client, DECLARATIONS, {
      since: undefined,
      clock: walkTaking(0),
    });

    expect(items).toHaveLength(5);
    expect(highWaterMark).toBe("2025-10-03T12:00:00Z");
    expect(sentSince()).toEqual([null]);
  });

  it("asks for changes since the mark, and the boundary is inclusive", async () => {
    const { client, sentSince } = setup();

    const { items, highWaterMark } = await syncUpdatedSince(client, DECLARATIONS, {
      since: "2025-10-02T08:15:00Z",
      clock: walkTaking(0),
    });

    // Declaration 3 was updated exactly at the mark: it comes again rather than risk missing a same-second write.
    expect(items.map((item) => item.id)).toEqual([history[1]?.id, history[2]?.id, history[3]?.id]);
    expect(highWaterMark).toBe("2025-10-03T12:00:00Z");
    expect(sentSince()).toEqual(["2025-10-02T08:15:00Z"]);
  });

  it("returns the previous mark when nothing changed", async () => {
    const { client } = setup();

    const { items, highWaterMark } = await syncUpdatedSince(client, DECLARATIONS, {
      since: "2025-10-04T00:00:00Z",
      clock: walkTaking(0),
    });

    expect(items).toEqual([]);
    expect(highWaterMark).toBe("2025-10-04T00:00:00Z");
  });

  it("returns no mark when there was none and the list is empty", async () => {
    const { client } = setup([]);

    const result = await syncUpdatedSince(client, DECLARATIONS, { since: undefined });

    expect(result).toEqual({ items: [], highWaterMark: undefined });
  });

  it("converges: feeding the mark back only returns what is at or after it", async () => {
    const { client } = setup();
    const first = await syncUpdatedSince(client, DECLARATIONS, { since: undefined, clock: walkTaking(0) });

    const second = await syncUpdatedSince(client, DECLARATIONS, { since: first.highWaterMark, clock: walkTaking(0) });

    expect(second.items.map((item) => item.id)).toEqual([history[1]?.id, history[3]?.id]);
    expect(second.highWaterMark).toBe(first.highWaterMark);
  });

  it("sends since in UTC with Z and whole seconds, whatever form it was given in", async () => {
    const { client, sentSince } = setup();

    await syncUpdatedSince(client, DECLARATIONS, { since: new Date("2025-10-02T08:15:00.750Z") });
    await syncUpdatedSince(client, DECLARATIONS, { since: "2025-10-02T09:15:00+01:00" });

    // A `+01:00` would be decoded to a space by the service; rounding down keeps the boundary inclusive.
    expect(sentSince()).toEqual(["2025-10-02T08:15:00Z", "2025-10-02T08:15:00Z"]);
  });

  it("steps the mark back by the walk's duration, so updates made during the walk are fetched again", async () => {
    const { client } = setup();

    const { highWaterMark } = await syncUpdatedSince(client, DECLARATIONS, {
      since: "2025-10-01T00:00:00Z",
      clock: walkTaking(2_500),
    });

    expect(highWaterMark).toBe("2025-10-03T11:59:57Z");
  });

  it("never moves the mark back past the previous one", async () => {
    const { client } = setup();

    const { highWaterMark } = await syncUpdatedSince(client, DECLARATIONS, {
      since: "2025-10-03T12:00:00Z",
      clock: walkTaking(60_000),
    });

    expect(highWaterMark).toBe("2025-10-03T12:00:00Z");
  });

  it("looks back overlapSeconds further without moving the mark", async () => {
    const { client, sentSince } = setup();

    const { items, highWaterMark } = await syncUpdatedSince(client, DECLARATIONS, {
      since: "2025-10-03T12:00:00Z",
      overlapSeconds: 86_400,
      clock: walkTaking(0),
    });

    expect(sentSince()).toEqual(["2025-10-02T12:00:00Z"]);
    expect(items).toHaveLength(2);
    expect(highWaterMark).toBe("2025-10-03T12:00:00Z");
  });

  it("keeps other filters", async () => {
    const { api, client } = setup();

    await syncUpdatedSince(client, DECLARATIONS, {
      since: "2025-10-01T00:00:00Z",
      query: { filter: { cohort: "2025" } },
      perPage: 2,
    });

    expect(api.requests.map((request) => request.url.searchParams.get("filter[cohort]"))).toEqual(
      Array(api.requests.length).fill("2025"),
    );
    expect(api.requests.map((request) => request.url.searchParams.get("page[page]"))).toEqual(["1", "2", "3"]);
  });

  it("rejects an unusable since or overlap before any request", async () => {
    const { api, client } = setup();

    await expect(syncUpdatedSince(client, DECLARATIONS, { since: "last tuesday" })).rejects.toThrow(RangeError);
    await expect(syncUpdatedSince(client, DECLARATIONS, { since: "2025-10-01" })).rejects.toThrow(RangeError);
    await expect(syncUpdatedSince(client, DECLARATIONS, { since: undefined, overlapSeconds: -1 })).rejects.toThrow(
      RangeError,
    );
    expect(api.requests).toHaveLength(0);
  });
});
