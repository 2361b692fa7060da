import { NPQ_ACCEPT_RULE_MESSAGES, NPQ_LEAD_PROVIDERS } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import { AMBITION, NPQ_API, npqApplications, npqBody } from "../helpers/npq.ts";
import type { Json } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const ambition = NPQ_LEAD_PROVIDERS[0]?.id as string;

describe("GET /__sandbox/npq/lead-providers", () => {
  it("lists the eight NPQ lead providers with their NPQ ids, tokens and cohort identifiers", async () => {
    const { client } = testSandbox();
    const { body } = await client.get("/__sandbox/npq/lead-providers");
    expect(body.data.map((provider: Json) => provider.id)).toEqual(NPQ_LEAD_PROVIDERS.map((provider) => provider.id));
    expect(body.data[0]).toEqual({
      id: ambition,
      name: "Ambition Institute",
      token: AMBITION,
      cohorts: ["2021a", "2022a", "2023a", "2024a", "2025a", "2026a", "2026b"],
    });
    for (const provider of body.data) {
      expect((await client.get(`${NPQ_API}/npq-applications`, { token: provider.token })).status).toBe(200);
    }
  });
});

describe("POST /__sandbox/npq/applications", () => {
  it("registers a pending application, exactly as the lead provider then sees it", async () => {
    const { client } = testSandbox();
    const created = await client.post("/__sandbox/npq/applications", {
      body: { lead_provider_id: ambition, course_identifier: "npq-headship", cohort: "2025" },
    });
    expect(created.status).toBe(201);
    const shown = await client.get(`${NPQ_API}/npq-applications/${created.body.data.id}`, { token: AMBITION });
    expect(shown.body).toEqual(created.body);
    expect(created.body.data.attributes).toMatchObject({
      status: "pending",
      cohort: "2025",
      cohort_suffix: "a",
      eligible_for_funding: true,
      teacher_catchment: true,
    });
  });

  it("registers a withdrawn enrolment, and a second application of the same person that accept refuses", async () => {
    const { client } = testSandbox();
    const accepted = await client.post("/__sandbox/npq/applications", {
      body: {
        lead_provider_id: ambition,
        course_identifier: "npq-senior-leadership",
        cohort: "2025a",
        status: "accepted",
        training_status: "withdrawn",
        reason: "other",
        trn: "1234567",
      },
    });
    expect(accepted.body.data.attributes).toMatchObject({ status: "accepted", funded_place: true });
    const participantId = accepted.body.data.attributes.participant_id;
    const participant = await client.get(`${NPQ_API}/participants/npq/${participantId}`, { token: AMBITION });
    expect(participant.body.data.attributes.npq_enrolments[0].training_status).toBe("withdrawn");
    const again = await client.post("/__sandbox/npq/applications", {
      body: {
        lead_provider_id: NPQ_LEAD_PROVIDERS[1]?.id,
        course_identifier: "npq-senior-leadership",
        cohort: "2025",
        participant_id: participantId,
      },
    });
    expect(again.body.data.attributes.participant_id).toBe(participantId);
    // A withdrawn enrolment does not block accepting another application (accept rule 5).
    const bpn = await client.post(`${NPQ_API}/npq-applications/${again.body.data.id}/accept`, {
      token: "best-practice-network",
      body: npqBody("npq-application-accept", { funded_place: true }),
    });
    expect(bpn.status).toBe(200);
    const third = await client.post("/__sandbox/npq/applications", {
      body: {
        lead_provider_id: ambition,
        course_identifier: "npq-senior-leadership",
        cohort: "2025",
        participant_id: participantId,
      },
    });
    const refused = await client.post(`${NPQ_API}/npq-applications/${third.body.data.id}/accept`, {
      token: AMBITION,
      body: npqBody("npq-application-accept", { funded_place: true }),
    });
    expect([refused.status, refused.body]).toEqual([422, errors(NPQ_ACCEPT_RULE_MESSAGES[5])]);
  });

  it("refuses bad input with the control API's 400, and a decision the engine refuses with 422, changing nothing", async () => {
    const { client } = testSandbox();
    const before = (await client.get("/__sandbox/world")).body.npq.digest;
    // The lead provider's applications as its list reads them (through the index a refused fixture must not touch).
    const listed = async () => (await npqApplications(client)).map((application) => application.id);
    const listedBefore = await listed();
    for (const body of [
      { course_identifier: "npq-headship", cohort: "2025" },
      { lead_provider_id: ambition, course_identifier: "ecf-induction", cohort: "2025" },
      { lead_provider_id: ambition, course_identifier: "npq-headship", cohort: "25" },
      { lead_provider_id: ambition, course_identifier: "npq-headship", cohort: "2025", status: "deferred" },
      { lead_provider_id: ambition, course_identifier: "npq-headship", cohort: "2025", teacher_catchment: "mars" },
    ]) {
      expect((await client.post("/__sandbox/npq/applications", { body })).status).toBe(400);
    }
    const refused = await client.post("/__sandbox/npq/applications", {
      body: {
        lead_provider_id: ambition,
        course_identifier: "npq-headship",
        cohort: "2025",
        status: "accepted",
        training_status: "deferred",
        reason: "no-such-reason",
      },
    });
    expect(refused.status).toBe(422);
    const unknownCohort = await client.post("/__sandbox/npq/applications", {
      body: { lead_provider_id: ambition, course_identifier: "npq-headship", cohort: "2031b" },
    });
    expect(unknownCohort.status).toBe(422);
    expect((await client.get("/__sandbox/world")).body.npq.digest).toBe(before);
    expect(await listed()).toEqual(listedBefore);
  });
});

describe("the control clients' NPQ helpers", () => {
  it("answer as the routes do", async () => {
    const { sandbox } = testSandbox();
    const [provider] = await sandbox.control.npqLeadProviders();
    const application = await sandbox.control.createNpqApplication({
      lead_provider_id: provider?.id as string,
      course_identifier: "npq-leading-literacy",
      cohort: "2026b",
      status: "rejected",
    });
    expect(application.attributes).toMatchObject({ status: "rejected", cohort: "2026", cohort_suffix: "b" });
  });

  it("create cohorts and delivery partners, move applications and change participant ids as the routes do", async () => {
    const { sandbox } = testSandbox();
    const [first, second] = await sandbox.control.npqLeadProviders();
    const [firstId, secondId] = [first?.id as string, second?.id as string];
    const cohort = await sandbox.control.createNpqCohort({ identifier: "2028", funding: "zero", contracts: false });
    expect(cohort).toMatchObject({ identifier: "2028a", start_year: 2028, suffix: "a" });
    const partner = await sandbox.control.createNpqDeliveryPartner({ lead_provider_id: firstId, cohorts: ["2028"] });
    expect(partner.cohorts).toEqual(["2028a"]);
    const application = await sandbox.control.createNpqApplication({
      lead_provider_id: firstId,
      course_identifier: "npq-headship",
      cohort: "2025",
      status: "accepted",
    });
    const moved = await sandbox.control.changeNpqApplicationLeadProvider(application.id, secondId);
    expect(moved.id).toBe(application.id);
    const from = moved.attributes.participant_id;
    const change = await sandbox.control.changeNpqParticipantId(from);
    expect(change).toMatchObject({ from_participant_id: from });
    await expect(sandbox.control.changeNpqParticipantId(from)).rejects.toMatchObject({ name: "NotFoundError" });
  });
});
