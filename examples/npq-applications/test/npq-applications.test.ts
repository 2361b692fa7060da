/**
 * An NPQ participant's course, step by step: what the lead provider does through the NPQ API (accept the
 * application, declare the start, declare completion with the outcome, void), and what only an applicant, DfE or time
 * can do, through the sandbox's control API (apply, let months pass).
 */
import { buildNpqDeclaration, type NpqParticipantDeclaration, UnprocessableError } from "@lpkit/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptPendingApplications } from "../src/accept-pending.ts";
import { type Client, createClient } from "../src/client.ts";
import { type RunningSandbox, startSandbox } from "./support/start-sandbox.ts";

let running: RunningSandbox;
let client: Client;
let leadProviderId: string;
beforeAll(async () => {
  // Autumn 2025: the 2025 cohort is recruiting, and its leadership courses start on 1 October.
  running = await startSandbox({ now: "2025-10-15T09:30:00Z" });
  const provider = (await running.control.npqLeadProviders()).find(({ name }) => name === "Ambition Institute");
  if (provider === undefined) {
    throw new Error("Ambition Institute is not in the seeded NPQ world");
  }
  leadProviderId = provider.id;
  client = createClient({ baseUrl: running.npqBaseUrl, token: provider.token });
});
afterAll(() => running.close());

/** A delivery partner we work with in the 2025 cohort: declarations from 2024 on must name one. */
async function deliveryPartnerId(): Promise<string> {
  const { data } = await client.GET("/api/v3/delivery-partners", { params: { query: { filter: { cohort: "2025" } } } });
  const [partner] = data.data;
  if (partner === undefined) {
    throw new Error("no delivery partner works with Ambition Institute in 2025");
  }
  return partner.id;
}

async function outcomeStates(participantId: string): Promise<string[]> {
  const { data } = await client.GET("/api/v3/participants/npq/{id}/outcomes", {
    params: { path: { id: participantId } },
  });
  return data.data.map(({ attributes }) => attributes.state);
}

describe("an NPQ participant, from application to outcome", () => {
  let participantId: string;
  let completed: NpqParticipantDeclaration;

  it("1. a teacher applies to us for the senior leadership NPQ, and our nightly job accepts it", async () => {
    const application = await running.control.createNpqApplication({
      lead_provider_id: leadProviderId,
      course_identifier: "npq-senior-leadership",
      cohort: "2025a",
    });
    const { accepted, refused } = await acceptPendingApplications(client, "2025");
    // The seeded world has other pending applications: some cannot be accepted without a chosen schedule.
    expect(refused.map(({ applicationId }) => applicationId)).not.toContain(application.id);
    const ours = accepted.find(({ id }) => id === application.id);
    // 2025 is a capped cohort, so the place is funded because DfE found the teacher eligible.
    expect(ours?.attributes).toMatchObject({
      status: "accepted",
      funded_place: true,
      schedule_identifier: "npq-leadership-autumn",
    });
    participantId = ours?.attributes.participant_id ?? "";
  });

  it("2. we declare their start: funded, so eligible for payment on the next output statement", async () => {
    const { data } = await client.POST("/api/v3/participant-declarations", {
      body: buildNpqDeclaration({
        participant_id: participantId,
        course_identifier: "npq-senior-leadership",
        declaration_type: "started",
        declaration_date: "2025-10-10T10:00:00Z",
        delivery_partner_id: await deliveryPartnerId(),
      }),
    });
    expect(data.data.attributes).toMatchObject({ state: "eligible", declaration_type: "started" });
    expect(data.data.attributes.statement_id).not.toBeNull();
  });

  it("3. declaring the start twice is refused with the service's own message", async () => {
    const again = client.POST("/api/v3/participant-declarations", {
      body: buildNpqDeclaration({
        participant_id: participantId,
        course_identifier: "npq-senior-leadership",
        declaration_type: "started",
        declaration_date: "2025-10-11T10:00:00Z",
        delivery_partner_id: await deliveryPartnerId(),
      }),
    });
    const refusal = await again.catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnprocessableError);
    // Provider code matches on the service's own words, which the sandbox gives byte for byte.
    expect((refusal as UnprocessableError).errors).toEqual([
      {
        title: "base",
        detail: "A declaration has already been submitted that will be, or has been, paid for this event",
      },
    ]);
  });

  it("4. fourteen months on, they complete the course and pass: the declaration records the outcome", async () => {
    // Time travel: the sandbox's clock moves on, timestamps and statements with it. The 2025 cohort's statements
    // run to January 2027 (deadline 26 December 2026), as DfE's: a completion must be declared before then.
    await running.control.setClock("2026-12-10T09:00:00Z");
    const { data } = await client.POST("/api/v3/participant-declarations", {
      body: buildNpqDeclaration({
        participant_id: participantId,
        course_identifier: "npq-senior-leadership",
        declaration_type: "completed",
        declaration_date: "2026-12-05T10:00:00Z",
        has_passed: true,
        delivery_partner_id: await deliveryPartnerId(),
      }),
    });
    completed = data.data;
    expect(completed.attributes).toMatchObject({ declaration_type: "completed", has_passed: true });
    expect(await outcomeStates(participantId)).toEqual(["passed"]);
  });

  it("5. the completion was declared in error: voiding it voids the outcome too", async () => {
    const { data } = await client.PUT("/api/v3/participant-declarations/{id}/void", {
      params: { path: { id: completed.id } },
    });
    expect(data.data.attributes.state).toBe("voided");
    expect(await outcomeStates(participantId)).toEqual(["passed", "voided"]);
  });
});
