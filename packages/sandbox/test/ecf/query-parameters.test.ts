import { REQUEST_MESSAGES, TITLES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { AMBITION, API, errors } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { client } = testSandbox();
const get = (path: string) => client.get(`${API}${path}`, { token: AMBITION });

const PAGINATION = errors([TITLES.badRequest, REQUEST_MESSAGES.invalidPagination]);
const FILTER_HASH = errors([TITLES.badParameter, REQUEST_MESSAGES.filterMustBeHash]);
const UPDATED_SINCE = errors([TITLES.badRequest, REQUEST_MESSAGES.invalidUpdatedSince]);
const SCHOOLS_COHORT = errors([TITLES.badParameter, REQUEST_MESSAGES.cohortFilterRequired]);

const LISTS = [
  "/participants",
  "/participants/transfers",
  "/participant-declarations",
  "/statements",
  "/delivery-partners",
  "/partnerships",
  "/schools?filter[cohort]=2025",
  "/unfunded-mentors",
];
const withQuery = (path: string, query: string) => `${path}${path.includes("?") ? "&" : "?"}${query}`;

describe("pagination (ECF rules §1.4)", () => {
  it("pages 100 at a time by default, and answers an empty page past the end", async () => {
    // A larger world, so that one provider has more than 100 participants.
    const large = testSandbox({ size: 700 }).client;
    const list = (query: string) => large.get(`${API}/participants${query}`, { token: AMBITION });
    const ids = (response: { body: { data: { id: string }[] } }) => response.body.data.map((item) => item.id);
    const all = await list("?page[per_page]=3000");
    expect(all.body.data.length).toBeGreaterThan(100);
    expect(ids(await list(""))).toEqual(ids(all).slice(0, 100));
    expect(ids(await list("?page[page]=2"))).toEqual(ids(all).slice(100, 200));
    expect(ids(await list("?page[page]=3&page[per_page]=7"))).toEqual(ids(all).slice(14, 21));
    expect((await list("?page[page]=99")).body).toEqual({ data: [] });
    expect((await list("?page[page]=100000000000000000000")).body).toEqual({ data: [] });
  });

  it("clamps per_page to 3000 silently", async () => {
    const response = await get("/participant-declarations?page[per_page]=5000");
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBeLessThanOrEqual(3000);
  });

  it("converts like Ruby's to_i", async () => {
    const response = await get("/participants?page[per_page]=2abc");
    expect(response.body.data).toHaveLength(2);
  });

  it.each(
    LISTS.flatMap((path) =>
      ["page[page]=0", "page[per_page]=-1", "page[per_page]=abc", "page[page]=0.8", "page=2"].map((query) =>
        withQuery(path, query),
      ),
    ),
  )("answers %s with the pagination 400", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(PAGINATION);
  });
});

describe("filters (ECF rules §1.5)", () => {
  it.each(LISTS.map((path) => withQuery(path, "filter=abc").replace("filter[cohort]=2025&", "")))(
    "answers a filter that is not a hash with 400 (%s)",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(FILTER_HASH);
    },
  );

  it("checks the filter's shape on show endpoints too", async () => {
    const statement = (await get("/statements")).body.data[0];
    const response = await get(`/statements/${statement.id}?filter=abc`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(FILTER_HASH);
    expect((await get(`/statements/${statement.id}?filter[cohort]=1999`)).status).toBe(200);
  });

  it.each(["2025-13-01", "yesterday", "2025-10-01T10:00:00%2B01:00"])(
    "answers updated_since=%s with 400",
    async (value) => {
      const response = await get(`/participants?filter[updated_since]=${value}`);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(UPDATED_SINCE);
    },
  );

  it("returns only what changed since updated_since", async () => {
    const all = (await get("/participant-declarations?page[per_page]=3000")).body.data as {
      attributes: { updated_at: string };
    }[];
    const since = "2025-01-01T00:00:00Z";
    const recent = (await get(`/participant-declarations?page[per_page]=3000&filter[updated_since]=${since}`)).body
      .data as { attributes: { updated_at: string } }[];
    expect(recent.length).toBe(all.filter((d) => d.attributes.updated_at >= since).length);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
  });

  it("accepts a double-encoded offset", async () => {
    const response = await get("/participants?filter[updated_since]=2025-01-01T00:00:00%252B01:00");
    expect(response.status).toBe(200);
  });

  it("filters by cohort leniently", async () => {
    const only2024 = (await get("/statements?filter[cohort]=2024")).body.data as { attributes: { cohort: string } }[];
    expect(new Set(only2024.map((s) => s.attributes.cohort))).toEqual(new Set(["2024"]));
    const mixed = (await get("/statements?filter[cohort]=2024,abc")).body.data;
    expect(mixed).toEqual(only2024);
    expect((await get("/statements?filter[cohort]=abc")).body).toEqual({ data: [] });
    expect((await get("/statements?filter[cohort]=")).body.data.length).toBeGreaterThan(only2024.length);
  });

  it("answers 200 with an empty list for an unknown training status", async () => {
    const response = await get("/participants?filter[training_status]=paused");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: [] });
    const withdrawn = (await get("/participants?filter[training_status]=withdrawn&page[per_page]=3000")).body.data;
    expect(withdrawn.length).toBeGreaterThan(0);
  });

  it("requires filter[cohort] on schools, list and show", async () => {
    for (const path of ["/schools", "/schools?filter[urn]=123456"]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(response.body).toEqual(SCHOOLS_COHORT);
    }
    const school = (await get("/schools?filter[cohort]=2025")).body.data[0];
    const show = await get(`/schools/${school.id}`);
    expect(show.status).toBe(400);
    expect(show.body).toEqual(SCHOOLS_COHORT);
    expect((await get(`/schools/${school.id}?filter[cohort]=2025`)).body.data.id).toBe(school.id);
    expect((await get(`/schools/${school.id}?filter[cohort]=1999`)).status).toBe(404);
    expect((await get("/schools?filter[cohort]=1999")).body).toEqual({ data: [] });
  });

  it("filters schools by URN, ignoring trailing junk", async () => {
    const school = (await get("/schools?filter[cohort]=2025")).body.data[0];
    const found = (await get(`/schools?filter[cohort]=2025&filter[urn]=${school.attributes.urn},invalid`)).body.data;
    expect(found.map((s: { id: string }) => s.id)).toEqual([school.id]);
  });
});

describe("sort (ECF rules §1.5)", () => {
  const ids = (list: { id: string }[]) => list.map((item) => item.id);

  it("orders by created_at ascending by default, and by the sort parameter when given", async () => {
    const byDefault = (await get("/participants?page[per_page]=3000")).body.data;
    const created = byDefault.map((p: { attributes: { ecf_enrolments: { created_at: string }[] } }) => p);
    expect(created.length).toBeGreaterThan(0);
    const descending = (await get("/participants?page[per_page]=3000&sort=-created_at")).body.data;
    expect(ids(descending)).toEqual(ids(byDefault).reverse());
    const updated = (await get("/participants?page[per_page]=3000&sort=-updated_at")).body.data as {
      attributes: { updated_at: string };
    }[];
    const times = updated.map((p) => p.attributes.updated_at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("drops unknown attributes, and an unescaped + becomes a space", async () => {
    const byDefault = ids((await get("/partnerships?page[per_page]=3000")).body.data);
    expect(ids((await get("/partnerships?page[per_page]=3000&sort=name")).body.data)).toEqual(byDefault);
    expect(ids((await get("/partnerships?page[per_page]=3000&sort=+updated_at")).body.data)).toEqual(byDefault);
  });
});
