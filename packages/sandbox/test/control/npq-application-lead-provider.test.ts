/**
 * `POST /__sandbox/npq/applications/{id}/change-lead-provider`: what DfE support does when a participant moves
 * provider. The application is the new lead provider's from then on; the old one no longer sees it.
 */
import { NPQ_FIXTURE_MESSAGES, NPQ_LEAD_PROVIDERS } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import { AMBITION, NPQ_API, NPQ_NOT_FOUND, npqApplication } from "../helpers/npq.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

const [ambition, bestPractice] = NPQ_LEAD_PROVIDERS.map((provider) => provider.id) as [string, string];
const BEST_PRACTICE = "best-practice-network";
const changeLeadProvider = (id: string) => `/__sandbox/npq/applications/${id}/change-lead-provider`;

describe("POST /__sandbox/npq/applications/{id}/change-lead-provider", () => {
  it("moves a pending application: the new lead provider sees it as answered, the old one no more", async () => {
    const { client } = testSandbox();
    const created = await client.post("/__sandbox/npq/applications", {
      body: { lead_provider_id: ambition, course_identifier: "npq-headship", cohort: "2025" },
    });
    const id = created.body.data.id;
    const moved = await client.post(changeLeadProvider(id), { body: { lead_provider_id: bestPractice } });
    expect(moved.status).toBe(200);
    expect(moved.body.data.attributes).toMatchObject({ status: "pending", updated_at: TEST_NOW });
    const shown = await client.get(`${NPQ_API}/npq-applications/${id}`, { token: BEST_PRACTICE });
    expect(shown.body).toEqual(moved.body);
    const gone = await client.get(`${NPQ_API}/npq-applications/${id}`, { token: AMBITION });
    expect([gone.status, gone.body]).toEqual([404, NPQ_NOT_FOUND]);
  });

  it("moves an accepted application with its participant, whom the old lead provider no longer sees", async () => {
    const { client } = testSandbox();
    const enrolment = await client.post("/__sandbox/npq/applications", {
      body: {
        lead_provider_id: ambition,
        course_identifier: "npq-senior-leadership",
        cohort: "2025",
        status: "accepted",
      },
    });
    const participantId = enrolment.body.data.attributes.participant_id;
    await client.post(changeLeadProvider(enrolment.body.data.id), { body: { lead_provider_id: bestPractice } });
    const participant = await client.get(`${NPQ_API}/participants/npq/${participantId}`, { token: BEST_PRACTICE });
    expect(participant.body.data.attributes.npq_enrolments).toMatchObject([
      { course_identifier: "npq-senior-leadership", training_status: "active" },
    ]);
    const old = await client.get(`${NPQ_API}/participants/npq/${participantId}`, { token: AMBITION });
    expect([old.status, old.body]).toEqual([404, NPQ_NOT_FOUND]);
  });

  it("refuses the lead provider the application is with, and an unknown one, with 422", async () => {
    const { client } = testSandbox();
    const seeded = await npqApplication(client, (attributes) => attributes.status === "accepted");
    const before = (await client.get("/__sandbox/world")).body.npq;
    const same = await client.post(changeLeadProvider(seeded.id), { body: { lead_provider_id: ambition } });
    expect([same.status, same.body]).toEqual([
      422,
      errors(["lead_provider_id", NPQ_FIXTURE_MESSAGES.sameLeadProvider]),
    ]);
    const unknown = await client.post(changeLeadProvider(seeded.id), {
      body: { lead_provider_id: "00000000-0000-4000-8000-000000000000" },
    });
    expect([unknown.status, unknown.body]).toEqual([
      422,
      errors(["lead_provider_id", NPQ_FIXTURE_MESSAGES.unknownLeadProvider]),
    ]);
    expect((await client.get("/__sandbox/world")).body.npq).toEqual(before);
  });

  it("answers 404 for an id that names no application and 400 for a malformed body", async () => {
    const { client } = testSandbox();
    const missing = await client.post(changeLeadProvider("00000000-0000-4000-8000-000000000000"), {
      body: { lead_provider_id: bestPractice },
    });
    expect(missing.status).toBe(404);
    const seeded = await npqApplication(client, () => true);
    for (const body of [{}, { lead_provider_id: "ambition" }, { lead_provider_id: bestPractice, cohort: "2025" }]) {
      expect((await client.post(changeLeadProvider(seeded.id), { body })).status).toBe(400);
    }
  });
});
