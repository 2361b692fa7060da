/**
 * `uplift_paid` and `statement_id` read the declaration's payment status (ECF rules §2.1), which a clawback leaves at
 * `paid`: a paid declaration with an uplift keeps both once voided into clawback.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { AMBITION, API, body, leadProviderId } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

// The clock stands at 2025-10-01T09:30:00Z (TEST_NOW).
const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

describe("PUT /participant-declarations/{id}/void of a paid declaration with an uplift", () => {
  it("keeps uplift_paid true and the statement while awaiting clawback", async () => {
    const participant = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-induction",
        cohort: "2024",
        training_start_date: "2024-09-02",
        pupil_premium_uplift: true,
      },
    });
    const declared = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      body: body("participant-declaration", {
        participant_id: participant.body.data.id,
        declaration_type: "started",
        declaration_date: "2024-09-20T10:00:00Z",
        course_identifier: "ecf-induction",
      }),
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(200);
    const { id, attributes } = declared.body.data;
    await client.put("/__sandbox/clock", { body: { now: "2025-11-02T09:00:00Z" } });
    expect((await client.post(`/__sandbox/statements/${attributes.statement_id}/mark-payable`)).status).toBe(200);
    expect((await client.post(`/__sandbox/statements/${attributes.statement_id}/mark-paid`)).status).toBe(200);
    const paid = await client.get(`${API}/participant-declarations/${id}`, { token: AMBITION });
    expect(paid.body.data.attributes).toMatchObject({ state: "paid", uplift_paid: true });

    const voided = await client.put(`${API}/participant-declarations/${id}/void`, { token: AMBITION });
    expect(voided.status).toBe(200);
    expect(voided.body.data.attributes).toMatchObject({
      state: "awaiting-clawback",
      statement_id: attributes.statement_id,
      uplift_paid: true,
    });
  });
});
