/** `POST /__sandbox/npq/delivery-partners`: an NPQ delivery partner linked to a lead provider in some cohorts. */
import { NPQ_FIXTURE_MESSAGES, NPQ_LEAD_PROVIDERS } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import type { SpecClient } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const ambition = NPQ_LEAD_PROVIDERS[0]?.id as string;

const npqWorld = async (client: SpecClient) => (await client.get("/__sandbox/world")).body.npq;

describe("POST /__sandbox/npq/delivery-partners", () => {
  it("creates a numbered partner, linked once in each cohort named (a bare year is suffix a)", async () => {
    const { client } = testSandbox();
    const before = (await npqWorld(client)).counts;
    const created = await client.post("/__sandbox/npq/delivery-partners", {
      body: { lead_provider_id: ambition, cohorts: ["2025", "2026b", "2025a"] },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      name: `Sandbox NPQ Delivery Partner ${before.deliveryPartners + 1}`,
      cohorts: ["2025a", "2026b"],
    });
    const after = (await npqWorld(client)).counts;
    expect([after.deliveryPartners, after.deliveryPartnerships]).toEqual([
      before.deliveryPartners + 1,
      before.deliveryPartnerships + 2,
    ]);
    const named = await client.post("/__sandbox/npq/delivery-partners", {
      body: { name: "North Learning Trust", lead_provider_id: ambition, cohorts: ["2024a"] },
    });
    expect(named.body.data).toMatchObject({ name: "North Learning Trust", cohorts: ["2024a"] });
  });

  it("refuses an unknown cohort or lead provider with 422, changing nothing", async () => {
    const { client } = testSandbox();
    const before = await npqWorld(client);
    const cohort = await client.post("/__sandbox/npq/delivery-partners", {
      body: { lead_provider_id: ambition, cohorts: ["2025a", "2031b"] },
    });
    expect([cohort.status, cohort.body]).toEqual([
      422,
      errors(["cohorts", NPQ_FIXTURE_MESSAGES.unknownCohort("2031b")]),
    ]);
    const provider = await client.post("/__sandbox/npq/delivery-partners", {
      body: { lead_provider_id: "00000000-0000-4000-8000-000000000000", cohorts: ["2025a"] },
    });
    expect([provider.status, provider.body]).toEqual([
      422,
      errors(["lead_provider_id", NPQ_FIXTURE_MESSAGES.unknownLeadProvider]),
    ]);
    expect(await npqWorld(client)).toEqual(before);
  });

  it("refuses a malformed body with 400, naming the field", async () => {
    const { client } = testSandbox();
    for (const [body, field] of [
      [{ cohorts: ["2025a"] }, "lead_provider_id"],
      [{ lead_provider_id: ambition }, "cohorts"],
      [{ lead_provider_id: ambition, cohorts: [] }, "cohorts"],
      [{ lead_provider_id: ambition, cohorts: ["25a"] }, "cohorts"],
      [{ lead_provider_id: ambition, cohorts: "2025a" }, "cohorts"],
      [{ lead_provider_id: ambition, cohorts: ["2025a"], name: 7 }, "name"],
    ] as const) {
      const refused = await client.post("/__sandbox/npq/delivery-partners", { body });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].detail).toContain(`'#/${field}'`);
    }
  });
});
