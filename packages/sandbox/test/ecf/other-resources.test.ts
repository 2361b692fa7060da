import { describe, expect, it } from "vitest";
import { AMBITION, API, NOT_FOUND, scenario, TEACH_FIRST } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { client } = testSandbox();
const get = (path: string, token = AMBITION) => client.get(`${API}${path}`, { token });

describe("GET /statements", () => {
  it("lists the provider's output statements by payment date, each showable", async () => {
    const statements = (await get("/statements?page[per_page]=3000")).body.data;
    const months = new Set(statements.map((s: { attributes: { month: string } }) => s.attributes.month));
    expect(months).toEqual(new Set(["January", "April", "August", "November"]));
    const dates = statements.map((s: { attributes: { payment_date: string } }) => s.attributes.payment_date);
    expect(dates).toEqual([...dates].sort());
    expect(statements.some((s: { attributes: { paid: boolean } }) => s.attributes.paid)).toBe(true);
    expect(statements.some((s: { attributes: { paid: boolean } }) => !s.attributes.paid)).toBe(true);
    expect((await get(`/statements/${statements[0].id}`)).body.data).toEqual(statements[0]);
    expect((await get(`/statements/${statements[0].id}`, TEACH_FIRST)).body).toEqual(NOT_FOUND);
  });
});

describe("GET /delivery-partners", () => {
  it("lists the provider's delivery partners with the cohorts they work in together", async () => {
    const partners = (await get("/delivery-partners?page[per_page]=3000")).body.data;
    expect(partners.length).toBeGreaterThan(15);
    const only2025 = (await get("/delivery-partners?filter[cohort]=2025&page[per_page]=3000")).body.data;
    expect(only2025.every((p: { attributes: { cohort: string[] } }) => p.attributes.cohort.includes("2025"))).toBe(
      true,
    );
    expect((await get(`/delivery-partners/${partners[0].id}`)).body.data.id).toBe(partners[0].id);
  });
});

describe("GET /schools", () => {
  it("lists schools for a cohort with this provider's view of them", async () => {
    const schools = (await get("/schools?filter[cohort]=2025&page[per_page]=3000")).body.data;
    expect(schools.length).toBeGreaterThan(0);
    expect(schools.every((s: { attributes: { cohort: string } }) => s.attributes.cohort === "2025")).toBe(true);
    expect(schools.some((s: { attributes: { in_partnership: boolean } }) => s.attributes.in_partnership)).toBe(true);
  });
});

describe("GET /unfunded-mentors", () => {
  it("lists mentors of the provider's ECTs whom it does not train", async () => {
    const mentors = (await get("/unfunded-mentors?page[per_page]=3000")).body.data;
    expect(mentors.length).toBeGreaterThanOrEqual(10);
    expect((await get(`/unfunded-mentors/${mentors[0].id}`)).body.data).toEqual(mentors[0]);
    expect((await get(`/participants/${mentors[0].id}`)).body).toEqual(NOT_FOUND);
  });
});

describe("GET /participants/transfers", () => {
  it("lists the provider's transfers, and shows one by participant", async () => {
    const { resources } = await scenario(client, "ect-transferred-to-new-school");
    const transfers = (await get("/participants/transfers?page[per_page]=3000")).body.data;
    expect(transfers.map((t: { id: string }) => t.id)).toContain(resources.participant_id);
    const shown = await get(`/participants/${resources.participant_id}/transfers`);
    expect(shown.body.data.attributes.transfers[0]).toMatchObject({ transfer_type: "new_school", status: "complete" });
    expect((await get(`/participants/${resources.participant_id}/transfers`, TEACH_FIRST)).body).toEqual(NOT_FOUND);
  });
});
