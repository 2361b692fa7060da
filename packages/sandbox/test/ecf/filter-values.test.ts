// How each list filter's value is read, through HTTP, as the real service reads it (ECF rules §1.5).
import { REQUEST_MESSAGES, TITLES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { invalidQueryParameters } from "../../src/http/messages.ts";
import { AMBITION, API, body, errors, leadProviderId } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { client } = testSandbox();
const get = (path: string) => client.get(`${API}${path}`, { token: AMBITION });
const withQuery = (path: string, query: string) => `${path}${path.includes("?") ? "&" : "?"}${query}`;
const ids = (response: { body: { data: { id: string }[] } }) => response.body.data.map((item) => item.id);

const UPDATED_SINCE = errors([TITLES.badRequest, REQUEST_MESSAGES.invalidUpdatedSince]);
const SCHOOLS_COHORT = errors([TITLES.badParameter, REQUEST_MESSAGES.cohortFilterRequired]);

/** Every list that takes `filter[updated_since]`. */
const UPDATED_SINCE_LISTS = [
  "/participants",
  "/participants/transfers",
  "/participant-declarations",
  "/statements",
  "/partnerships",
  "/schools?filter[cohort]=2025",
  "/unfunded-mentors",
];

describe("filter[updated_since]: Ruby's Time.iso8601", () => {
  const refused = ["2025-07-01", "2025-07-01T10:00Z", "20250701", "20250701T100000Z", "2025-07-01%2010:00:00Z"];
  it.each(
    UPDATED_SINCE_LISTS.flatMap((path) => refused.map((value) => withQuery(path, `filter[updated_since]=${value}`))),
  )("refuses a value without the whole date and time: %s", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(UPDATED_SINCE);
  });

  const accepted = [
    "2025-07-01T10:00:00Z",
    "%202025-07-01T10:00:00Z",
    "+2025-07-01T10:00:00Z",
    "2025-07-01t10:00:00z",
    "2025-07-01T10:00:00",
    "2025-07-01T10:00:00.123456Z",
    "2025-07-01T10:00:00-01:00",
    "2025-07-01T10:00:00%252B0100",
    "2025-06-30T23:59:60Z",
  ];
  it.each(
    UPDATED_SINCE_LISTS.flatMap((path) => accepted.map((value) => withQuery(path, `filter[updated_since]=${value}`))),
  )("accepts what Time.iso8601 accepts: %s", async (path) => {
    expect((await get(path)).status).toBe(200);
  });

  it("filters the same with or without a leading space", async () => {
    const path = "/participant-declarations?page[per_page]=3000&filter[updated_since]=";
    const plain = await get(`${path}2025-01-01T00:00:00Z`);
    expect(plain.body.data.length).toBeGreaterThan(0);
    expect(ids(await get(`${path}%202025-01-01T00:00:00Z`))).toEqual(ids(plain));
  });

  it("is not read by GET /delivery-partners", async () => {
    const all = await get("/delivery-partners");
    const response = await get("/delivery-partners?filter[updated_since]=yesterday");
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual(ids(all));
  });
});

describe("filter[cohort][]: the list form", () => {
  const COHORT_LISTS = [
    "/participants",
    "/participant-declarations",
    "/statements",
    "/delivery-partners",
    "/partnerships",
    "/schools",
  ];

  it.each(COHORT_LISTS)("filters %s like the comma form", async (path) => {
    const list = (query: string) => get(`${path}?page[per_page]=3000&${query}`);
    const cohort2024 = ids(await list("filter[cohort]=2024"));
    expect(ids(await list("filter[cohort][]=2024"))).toEqual(cohort2024);
    expect(ids(await list("filter[cohort][]=1999"))).toEqual([]);
    if (path !== "/schools") {
      expect(ids(await list("filter[cohort][]=2024&filter[cohort][]=2025"))).toEqual(
        ids(await list("filter[cohort]=2024,2025")),
      );
      // Items are not split on commas, and a list of nothing usable matches nothing.
      expect(ids(await list("filter[cohort][]=2024,2025"))).toEqual([]);
      expect(ids(await list("filter[cohort][]="))).toEqual([]);
      expect(ids(await list("filter[cohort][]"))).toEqual(ids(await list("")));
    }
  });

  it("lists fewer participants for one cohort than for all", async () => {
    const all = ids(await get("/participants?page[per_page]=3000"));
    const one = ids(await get("/participants?page[per_page]=3000&filter[cohort][]=2024"));
    expect(one.length).toBeGreaterThan(0);
    expect(one.length).toBeLessThan(all.length);
  });
});

describe("filter[cohort] on schools: only the key is required", () => {
  it("lists nothing for a blank or absent value, and 404s one school", async () => {
    const school = (await get("/schools?filter[cohort]=2025")).body.data[0];
    for (const query of ["filter[cohort]=", "filter[cohort]=%20", "filter[cohort]", "filter[cohort][x]=2025"]) {
      const response = await get(`/schools?${query}`);
      expect(response.status, query).toBe(200);
      expect(response.body).toEqual({ data: [] });
      expect((await get(`/schools/${school.id}?${query}`)).status, query).toBe(404);
    }
    expect((await get(`/schools/${school.id}?filter[cohort][]=2025`)).body.data.id).toBe(school.id);
    expect((await get(`/schools?filter[cohort]=2025abc`)).body.data[0].id).toBe(school.id);
  });

  it("still answers the 400 without the key", async () => {
    const response = await get("/schools?filter[urn]=1");
    expect(response.status).toBe(400);
    expect(response.body).toEqual(SCHOOLS_COHORT);
  });
});

describe("filter[training_status]: dates, not the status shown", () => {
  it("lists a participant deferred and then withdrawn under both deferred and withdrawn, not active", async () => {
    const own = testSandbox();
    const created = await own.client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(own.client),
        course_identifier: "ecf-induction",
        cohort: "2025",
        training_start_date: "2025-09-01",
      },
    });
    const participantId: string = created.body.data.id;
    const act = (action: string, reason: string) =>
      own.client.put(`${API}/participants/${participantId}/${action}`, {
        token: AMBITION,
        body: body(`participant-${action}`, { reason, course_identifier: "ecf-induction" }),
      });
    const listed = async (status: string) =>
      ids(
        await own.client.get(`${API}/participants?page[per_page]=3000&filter[training_status]=${status}`, {
          token: AMBITION,
        }),
      ).includes(participantId);
    expect(await listed("active")).toBe(true);
    expect((await act("defer", "career-break")).status).toBe(200);
    expect([await listed("active"), await listed("deferred"), await listed("withdrawn")]).toEqual([false, true, false]);
    const withdrawn = await act("withdraw", "other");
    expect(withdrawn.body.data.attributes.ecf_enrolments[0].training_status).toBe("withdrawn");
    expect([await listed("active"), await listed("deferred"), await listed("withdrawn")]).toEqual([false, true, true]);
  });
});

describe("a query string Rails cannot build parameters from", () => {
  it.each([
    ["filter=abc&filter[cohort]=2025", "expected Hash (got String) for param `filter'"],
    ["filter[cohort]=%zz", "invalid %-encoding (%zz)"],
    [`filter${"[x]".repeat(100)}=1`, "ActionDispatch::ParamsTooDeepError"],
  ])("answers %s with a 400, before authentication", async (query, reason) => {
    const expected = errors([TITLES.badRequest, invalidQueryParameters(reason)]);
    const authenticated = await get(`/participants?${query}`);
    expect(authenticated.status).toBe(400);
    expect(authenticated.body).toEqual(expected);
    const anonymous = await client.get(`${API}/participants?${query}`);
    expect(anonymous.status).toBe(400);
    expect(anonymous.body).toEqual(expected);
  });

  it("reads a bare ?filter or ?page as absent", async () => {
    expect((await get("/participants?filter&page")).status).toBe(200);
    expect((await get("/participants?page[per_page]")).body.data.length).toBeGreaterThan(0);
  });
});
