import { describe, expect, it } from "vitest";
import {
  createEcfClient,
  DEFAULT_PER_PAGE,
  MAX_PER_PAGE,
  paginate,
  paginatePages,
  UnauthorizedError,
} from "../src/index.ts";
import { fakeApi, TEST_BASE_URL, TEST_TOKEN } from "./support/fake-api.ts";
import { errors, participant } from "./support/fixtures.ts";
import { listHandler } from "./support/list-handler.ts";

const PARTICIPANTS = "/api/v3/participants";
const everyone = Array.from({ length: 250 }, (_, index) => participant(index + 1));

function setup(options: { throwOnError?: boolean; token?: string } = {}) {
  const api = fakeApi().on("GET", PARTICIPANTS, listHandler(everyone));
  const client = createEcfClient({
    baseUrl: TEST_BASE_URL,
    token: options.token ?? TEST_TOKEN,
    fetch: api.fetch,
    throwOnError: options.throwOnError ?? false,
  });
  const pagesRequested = () => api.requests.map((request) => request.url.searchParams.get("page[page]"));
  return { api, client, pagesRequested };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of iterable) {
    collected.push(item);
  }
  return collected;
}

describe("paginate", () => {
  it("yields every item, asking page after page until one comes back empty", async () => {
    const { api, client, pagesRequested } = setup();

    const items = await collect(paginate(client, PARTICIPANTS));

    expect(items.map((item) => item.id)).toEqual(everyone.map((item) => item.id));
    expect(pagesRequested()).toEqual(["1", "2", "3", "4"]);
    expect(api.requests.map((request) => request.url.searchParams.get("page[per_page]"))).toEqual(
      Array(4).fill(String(DEFAULT_PER_PAGE)),
    );
  });

  it("keeps the query's filters and sort on every page", async () => {
    const { api, client } = setup();

    await collect(
      paginate(client, PARTICIPANTS, {
        query: { filter: { cohort: "2025", training_status: "active" }, sort: "-updated_at" },
        perPage: 200,
      }),
    );

    expect(api.requests).toHaveLength(3);
    for (const request of api.requests) {
      expect(request.url.searchParams.get("filter[cohort]")).toBe("2025");
      expect(request.url.searchParams.get("filter[training_status]")).toBe("active");
      expect(request.url.searchParams.get("sort")).toBe("-updated_at");
      expect(request.url.searchParams.get("page[per_page]")).toBe("200");
    }
  });

  it("stops at once on an empty first page", async () => {
    const api = fakeApi().on("GET", PARTICIPANTS, listHandler([]));
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });

    expect(await collect(paginate(client, PARTICIPANTS))).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  it("fetches no further page when the consumer stops early", async () => {
    const { client, pagesRequested } = setup();

    for await (const item of paginate(client, PARTICIPANTS, { perPage: 10 })) {
      if (item.id === everyone[14]?.id) {
        break;
      }
    }

    expect(pagesRequested()).toEqual(["1", "2"]);
  });

  it("clamps perPage to the API's maximum of 3000", async () => {
    const { api, client } = setup();

    await collect(paginate(client, PARTICIPANTS, { perPage: 10_000 }));

    expect(MAX_PER_PAGE).toBe(3000);
    expect(api.requests[0]?.url.searchParams.get("page[per_page]")).toBe("3000");
  });

  it("rejects a perPage the API would refuse, before any request", () => {
    const { api, client } = setup();

    for (const perPage of [0, -1, 0.5, Number.NaN]) {
      expect(() => paginate(client, PARTICIPANTS, { perPage })).toThrow(RangeError);
    }
    expect(api.requests).toHaveLength(0);
  });

  it("throws the typed error of a failed page even with a non-throwing client", async () => {
    const { client } = setup({ token: "revoked" });

    await expect(collect(paginate(client, PARTICIPANTS))).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("throws the typed error of a failed page with a throwing client", async () => {
    const { client } = setup({ token: "revoked", throwOnError: true });

    const error = await collect(paginate(client, PARTICIPANTS)).catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ method: "GET", path: PARTICIPANTS });
  });

  it("reports a 400 for a bad filter as the service words it", async () => {
    const detail = "The filter '#/updated_since' must be a valid ISO 8601 date";
    const api = fakeApi().on("GET", PARTICIPANTS, [{ status: 400, json: errors({ title: "Bad request", detail }) }]);
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });

    const error = await collect(
      paginate(client, PARTICIPANTS, { query: { filter: { updated_since: "yesterday" } } }),
    ).catch((reason: unknown) => reason);

    expect(error).toMatchObject({
      name: "BadRequestError",
      path: PARTICIPANTS,
      errors: [{ title: "Bad request", detail }],
    });
  });

  it("passes an abort signal to every page request", async () => {
    const { client } = setup();
    const controller = new AbortController();
    controller.abort(new Error("shutting down"));

    await expect(collect(paginate(client, PARTICIPANTS, { signal: controller.signal }))).rejects.toThrow(
      "shutting down",
    );
  });
});

describe("paginatePages", () => {
  it("yields each non-empty page with its number, size and response", async () => {
    const { client } = setup();

    const pages = await collect(paginatePages(client, PARTICIPANTS, { perPage: 100 }));

    expect(pages.map((page) => [page.number, page.perPage, page.items.length])).toEqual([
      [1, 100, 100],
      [2, 100, 100],
      [3, 100, 50],
    ]);
    expect(pages.every((page) => page.response.status === 200)).toBe(true);
    expect(pages.flatMap((page) => page.items).map((item) => item.id)).toEqual(everyone.map((item) => item.id));
  });

  it("sends the extra headers on every page", async () => {
    const { api, client } = setup();

    await collect(paginatePages(client, PARTICIPANTS, { perPage: 3000, headers: { "X-Trace": "sync-42" } }));

    expect(api.requests.map((request) => request.headers.get("X-Trace"))).toEqual(["sync-42", "sync-42"]);
  });
});
