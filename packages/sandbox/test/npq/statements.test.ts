import { NPQ_REQUEST_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { AMBITION, LLSE, NPQ_API, NPQ_NOT_FOUND, npqBadRequest } from "../helpers/npq.ts";
import type { Json, SpecClient } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const STATEMENTS = `${NPQ_API}/statements`;

async function statements(client: SpecClient, query = "", token = AMBITION): Promise<Json[]> {
  const response = await client.get(`${STATEMENTS}${query}`, { token });
  expect(response.status).toBe(200);
  return response.body.data as Json[];
}

describe("GET /npq/api/v3/statements", () => {
  it("lists the lead provider's statements by payment date, and nothing for a cohort or moment without any", async () => {
    const { client } = testSandbox();
    const all = await statements(client);
    const paymentDates = all.map((statement) => statement.attributes.payment_date as string);
    expect(paymentDates).toEqual([...paymentDates].sort());
    expect(await statements(client, "?filter[cohort]=1999")).toEqual([]);
    expect(await statements(client, "?filter[updated_since]=2099-01-01T00:00:00Z")).toEqual([]);
    expect(await statements(client, "?filter[cohort]=")).toEqual(all);
  });

  it("refuses an updated_since it cannot read before a bad page, and a bad page", async () => {
    const { client } = testSandbox();
    for (const query of ["filter[updated_since]=2025-10-01", "filter[updated_since]=yesterday&page[page]=0"]) {
      const response = await client.get(`${STATEMENTS}?${query}`, { token: AMBITION });
      expect([query, response.status, response.body]).toEqual([
        query,
        400,
        npqBadRequest(NPQ_REQUEST_MESSAGES.invalidUpdatedSince),
      ]);
    }
    const page = await client.get(`${STATEMENTS}?page[per_page]=0`, { token: AMBITION });
    expect([page.status, page.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidPagination)]);
  });
});

describe("GET /npq/api/v3/statements/{id}", () => {
  it("answers the bare 404 for an id that names no statement, and 400 for a filter that is not a hash", async () => {
    const { client } = testSandbox();
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const response = await client.get(`${STATEMENTS}/${id}`, { token: AMBITION });
      expect([id, response.status, response.body]).toEqual([id, 404, NPQ_NOT_FOUND]);
    }
    const filter = await client.get(`${STATEMENTS}/00000000-0000-4000-8000-000000000000?filter=x`, {
      token: AMBITION,
    });
    expect([filter.status, filter.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.filterNotValid)]);
  });
});

describe("the seeded NPQ statements", () => {
  it("shows each listed statement by id, in any case of its id, and not to another lead provider", async () => {
    const { client } = testSandbox();
    const all = await statements(client);
    for (const statement of [all[0], all.at(-1)] as Json[]) {
      const shown = await client.get(`${STATEMENTS}/${statement.id.toUpperCase()}`, { token: AMBITION });
      expect([shown.status, shown.body]).toEqual([200, { data: statement }]);
      const other = await client.get(`${STATEMENTS}/${statement.id}`, { token: LLSE });
      expect([other.status, other.body]).toEqual([404, NPQ_NOT_FOUND]);
    }
    expect((await statements(client, "", LLSE)).map((statement) => statement.id)).not.toContain(all[0]?.id);
  });

  it("filters by cohort start years and by updated_since, and pages", async () => {
    const { client } = testSandbox();
    const all = await statements(client);
    const year = all[0]?.attributes.cohort as string;
    const ofYear = await statements(client, `?filter[cohort]=${year}`);
    expect(ofYear.length).toBeGreaterThan(0);
    expect(ofYear).toEqual(all.filter((statement) => statement.attributes.cohort === year));
    const years = [...new Set(all.map((statement) => statement.attributes.cohort as string))];
    expect(await statements(client, `?filter[cohort]=${years.join(",")}`)).toEqual(all);
    const latest = all
      .map((statement) => statement.attributes.updated_at as string)
      .sort()
      .at(-1) as string;
    expect(await statements(client, `?filter[updated_since]=${latest}`)).toEqual(
      all.filter((statement) => statement.attributes.updated_at === latest),
    );
    expect(await statements(client, "?page[per_page]=2&page[page]=2")).toEqual(all.slice(2, 4));
  });

  it("says which past statements are paid", async () => {
    const { client } = testSandbox();
    const all = await statements(client);
    expect(all.some((statement) => statement.attributes.paid === true)).toBe(true);
    expect(all.some((statement) => statement.attributes.paid === false)).toBe(true);
  });
});
