/**
 * The shared iterators (`paginate`, `paginatePages`) on an NPQ client, through the `fetch` option, against a fake
 * that pages like the service and answers with spec/npq-v3.yaml's examples. These test the SDK's own paging, not
 * the service: the NPQ sandbox does not serve these tests yet, and a later slice adds integration tests against it.
 */
import { describe, expect, it } from "vitest";
import { createNpqClient, paginate, paginatePages, UnauthorizedError } from "../../src/index.ts";
import { fakeApi, TEST_BASE_URL, TEST_TOKEN } from "../support/fake-api.ts";
import { uuid } from "../support/fixtures.ts";
import { listHandler } from "../support/list-handler.ts";
import { npqApplication, npqOutcome } from "../support/npq-fixtures.ts";
import { npqSpec } from "../support/spec.ts";

const APPLICATIONS = "/api/v3/npq-applications";
const applications = Array.from({ length: 25 }, (_, index) => npqApplication(index + 1));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of iterable) {
    collected.push(item);
  }
  return collected;
}

function setup() {
  const api = fakeApi(npqSpec).on("GET", APPLICATIONS, listHandler(applications));
  const client = createNpqClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });
  const sent = (name: string) => api.requests.map((request) => request.url.searchParams.get(name));
  return { api, client, sent };
}

describe("paginate on the NPQ API", () => {
  it("walks page after page until an empty one, with the query on every page", async () => {
    const { client, sent } = setup();

    const items = await collect(
      paginate(client, APPLICATIONS, { query: { filter: { cohort: "2025" }, sort: "-updated_at" }, perPage: 10 }),
    );

    expect(items.map((item) => item.id)).toEqual(applications.map((item) => item.id));
    expect(sent("page[page]")).toEqual(["1", "2", "3", "4"]);
    expect(sent("page[per_page]")).toEqual(["10", "10", "10", "10"]);
    expect(sent("filter[cohort]")).toEqual(["2025", "2025", "2025", "2025"]);
    expect(sent("sort")).toEqual(["-updated_at", "-updated_at", "-updated_at", "-updated_at"]);
  });

  it("yields pages with their number, with a throwing client too", async () => {
    const { api } = setup();
    const client = createNpqClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch, throwOnError: true });

    const pages = await collect(paginatePages(client, APPLICATIONS, { perPage: 20 }));

    expect(pages.map((page) => [page.number, page.items.length])).toEqual([
      [1, 20],
      [2, 5],
    ]);
  });

  it("walks a list under one participant, with its path parameters", async () => {
    const outcomes = [npqOutcome(1), npqOutcome(2, { state: "failed" })];
    const api = fakeApi(npqSpec).on("GET", "/api/v3/participants/npq/{id}/outcomes", listHandler(outcomes));
    const client = createNpqClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });

    const items = await collect(
      paginate(client, "/api/v3/participants/npq/{id}/outcomes", { pathParams: { id: uuid(1) }, perPage: 1 }),
    );

    expect(items.map((item) => item.attributes.state)).toEqual(["passed", "failed"]);
    expect(api.requests.map((request) => request.url.pathname)).toEqual(
      Array(3).fill(`/api/v3/participants/npq/${uuid(1)}/outcomes`),
    );
  });

  it("throws the typed error of a failed page", async () => {
    const api = fakeApi(npqSpec);
    const client = createNpqClient({ baseUrl: TEST_BASE_URL, token: "revoked", fetch: api.fetch });

    const error = await collect(paginate(client, "/api/v3/participants/npq/outcomes")).catch((reason) => reason);

    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ path: "/api/v3/participants/npq/outcomes" });
  });
});
