import { PARTNERSHIP_CREATE_RULE_MESSAGES as CREATE, PARTNERSHIP_UPDATE_RULE_MESSAGES as UPDATE } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import {
  AMBITION,
  API,
  body,
  errors,
  leadProviderId,
  NOT_FOUND,
  STRUCTURE_REQUIRED,
  scenario,
  TEACH_FIRST,
} from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

const create = (attributes: Record<string, unknown>, token = AMBITION) =>
  client.post(`${API}/partnerships`, { token, body: body("partnership", attributes) });

async function freeSchool() {
  const { resources, cohort } = await scenario(client, "school-without-partnership");
  return {
    cohort: cohort ?? "2025",
    school_id: resources.school_id,
    delivery_partner_id: resources.delivery_partner_id,
  };
}

describe("POST /partnerships (ECF rules §7.1)", () => {
  it("creates a partnership, answering 200", async () => {
    const attributes = await freeSchool();
    const response = await create(attributes);
    expect(response.status).toBe(200);
    expect(response.body.data.type).toBe("partnership");
    expect(response.body.data.attributes).toMatchObject({
      cohort: attributes.cohort,
      school_id: attributes.school_id,
      delivery_partner_id: attributes.delivery_partner_id,
      participants_currently_training: 0,
      created_at: "2025-10-01T09:30:00Z",
    });
    const again = await create(attributes);
    expect(again.body).toEqual(errors(CREATE[11]));
  });

  it("checks blanks in order", async () => {
    expect((await create({ cohort: "" })).body).toEqual(errors(CREATE[1], CREATE[2], CREATE[3]));
  });

  it.each([
    ["an unknown cohort", { cohort: "2019" }, CREATE[4]],
    ["a future cohort", { cohort: "2026" }, CREATE[5]],
    ["a closed cohort", { cohort: "2022" }, CREATE[6]],
  ])("refuses %s", async (_name, change, error) => {
    const response = await create({ ...(await freeSchool()), ...change });
    expect(response.status).toBe(422);
    expect(response.body.errors[0]).toEqual(error);
  });

  it("reports an unknown cohort together with the delivery partner it makes unrecognised", async () => {
    const response = await create({ ...(await freeSchool()), cohort: "2019" });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(CREATE[4], CREATE[10]));
  });

  it("refuses unknown, ineligible and school-led schools", async () => {
    const base = await freeSchool();
    expect((await create({ ...base, school_id: "00000000-0000-4000-8000-000000000000" })).body).toEqual(
      errors(CREATE[7]),
    );
    const ineligible = await scenario(client, "school-ineligible-for-funding");
    expect((await create({ ...base, school_id: ineligible.resources.school_id })).body).toEqual(errors(CREATE[8]));
    const schoolLed = await scenario(client, "school-led-school");
    expect((await create({ ...base, school_id: schoolLed.resources.school_id })).body).toEqual(errors(CREATE[12]));
  });

  it("refuses unknown delivery partners and ones the provider does not work with", async () => {
    const base = await freeSchool();
    expect((await create({ ...base, delivery_partner_id: "00000000-0000-4000-8000-000000000000" })).body).toEqual(
      errors(CREATE[9]),
    );
    const stranger = await client.post("/__sandbox/delivery-partners", {
      body: { lead_provider_id: await leadProviderId(client, TEACH_FIRST), cohorts: ["2025"] },
    });
    expect((await create({ ...base, delivery_partner_id: stranger.body.data.id })).body).toEqual(errors(CREATE[10]));
  });
});

describe("PUT /partnerships/{id} (ECF rules §7.2)", () => {
  it("looks the partnership up before reading the body", async () => {
    const unknown = await client.put(`${API}/partnerships/00000000-0000-4000-8000-000000000000`, {
      token: AMBITION,
      body: {},
    });
    expect(unknown.body).toEqual(NOT_FOUND);
    const created = await create(await freeSchool());
    const bad = await client.put(`${API}/partnerships/${created.body.data.id}`, { token: AMBITION, body: {} });
    expect(bad.body).toEqual(STRUCTURE_REQUIRED);
    const other = await client.put(`${API}/partnerships/${created.body.data.id}`, {
      token: TEACH_FIRST,
      body: body("partnership", { delivery_partner_id: created.body.data.attributes.delivery_partner_id }),
    });
    expect(other.body).toEqual(NOT_FOUND);
  });

  it("changes the delivery partner, keeping the id; the current one is refused", async () => {
    const attributes = await freeSchool();
    const created = await create(attributes);
    const id = created.body.data.id;
    const update = (deliveryPartnerId: string) =>
      client.put(`${API}/partnerships/${id}`, {
        token: AMBITION,
        body: body("partnership", { delivery_partner_id: deliveryPartnerId }),
      });
    expect((await update(attributes.delivery_partner_id)).body).toEqual(errors(UPDATE[4]));
    expect((await update("")).body).toEqual(errors(UPDATE[1]));
    const partners = await client.get(`${API}/delivery-partners?filter[cohort]=${attributes.cohort}`, {
      token: AMBITION,
    });
    const other = partners.body.data.find((partner: { id: string }) => partner.id !== attributes.delivery_partner_id);
    const changed = await update(other.id);
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ id, attributes: { delivery_partner_id: other.id } });
  });

  it("refuses unknown delivery partners and ones the provider does not work with in the partnership's cohort", async () => {
    const attributes = await freeSchool();
    const id = (await create(attributes)).body.data.id;
    const update = (deliveryPartnerId: string) =>
      client.put(`${API}/partnerships/${id}`, {
        token: AMBITION,
        body: body("partnership", { delivery_partner_id: deliveryPartnerId }),
      });
    const unknown = await update("00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(422);
    expect(unknown.body).toEqual(errors(UPDATE[2]));
    // Known to the provider, but only in another cohort.
    const otherCohort = await client.post("/__sandbox/delivery-partners", {
      body: { lead_provider_id: await leadProviderId(client), cohorts: ["2024"] },
    });
    const response = await update(otherCohort.body.data.id);
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(UPDATE[3]));
  });
});

describe("GET /partnerships", () => {
  it("lists only the provider's partnerships, filtered by cohort and delivery partner", async () => {
    const all = (await client.get(`${API}/partnerships?page[per_page]=3000`, { token: AMBITION })).body.data;
    expect(all.length).toBeGreaterThan(0);
    const first = all[0];
    const byPartner = (
      await client.get(
        `${API}/partnerships?page[per_page]=3000&filter[delivery_partner_id]=${first.attributes.delivery_partner_id}&filter[cohort]=${first.attributes.cohort}`,
        { token: AMBITION },
      )
    ).body.data;
    expect(byPartner.length).toBeGreaterThan(0);
    for (const partnership of byPartner) {
      expect(partnership.attributes.delivery_partner_id).toBe(first.attributes.delivery_partner_id);
      expect(partnership.attributes.cohort).toBe(first.attributes.cohort);
    }
    expect((await client.get(`${API}/partnerships/${first.id}`, { token: TEACH_FIRST })).body).toEqual(NOT_FOUND);
  });
});
