/**
 * The control API's clock, faults and world with the NPQ API, through HTTP, every response checked against spec/:
 * one clock for both APIs, so moving it moves which NPQ cohort is current; faults fire on /npq as on /ecf.
 */
import { NPQ_LEAD_PROVIDERS } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { AMBITION, NPQ_API, npqApplication, npqBody } from "../helpers/npq.ts";
import type { SpecClient } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const ambition = NPQ_LEAD_PROVIDERS[0]?.id ?? "";

/** An accepted 2025a application with no schedule: change schedule then takes the current cohort's year. */
async function unscheduledEnrolment(client: SpecClient): Promise<string> {
  const created = await client.post("/__sandbox/npq/applications", {
    body: {
      lead_provider_id: ambition,
      course_identifier: "npq-senior-leadership",
      cohort: "2025a",
      status: "accepted",
      schedule_identifier: null,
    },
  });
  expect(created.status).toBe(201);
  return created.body.data.attributes.participant_id;
}

async function changeScheduleWithoutCohort(client: SpecClient, participantId: string) {
  const changed = await client.put(`${NPQ_API}/participants/npq/${participantId}/change-schedule`, {
    token: AMBITION,
    body: npqBody("participant-change-schedule", {
      course_identifier: "npq-senior-leadership",
      schedule_identifier: "npq-leadership-autumn",
    }),
  });
  expect(changed.status).toBe(200);
  return changed.body.data.attributes.npq_enrolments[0];
}

describe("the sandbox clock with the NPQ API", () => {
  it("moves which NPQ cohort is current: once next year's cohorts register, a cohortless move goes there", async () => {
    const { client } = testSandbox();
    const before = await changeScheduleWithoutCohort(client, await unscheduledEnrolment(client));
    expect([before.cohort, before.cohort_suffix, before.schedule_identifier]).toEqual([
      "2025",
      "a",
      "npq-leadership-autumn",
    ]);
    // 2026a and 2026b register from 1 April 2026: the current cohort is then 2026b (the later suffix).
    await client.put("/__sandbox/clock", { body: { now: "2026-04-02T09:00:00Z" } });
    const after = await changeScheduleWithoutCohort(client, await unscheduledEnrolment(client));
    expect([after.cohort, after.cohort_suffix, after.schedule_identifier]).toEqual([
      "2026",
      "b",
      "npq-leadership-autumn",
    ]);
  });

  it("keeps the NPQ world when the clock moves, and builds next year's cohorts when reset in the next academic year", async () => {
    const { client } = testSandbox();
    const before = (await client.get("/__sandbox/world")).body.npq;
    await client.put("/__sandbox/clock", { body: { now: "2026-09-02T10:00:00Z", frozen: false } });
    expect((await client.get("/__sandbox/world")).body.npq).toEqual(before);
    expect((await client.get(`${NPQ_API}/npq-applications`, { token: AMBITION })).status).toBe(200);
    expect((await client.get("/__sandbox/statements?cohort=2027b")).body.data).toEqual([]);
    await client.post("/__sandbox/reset", { body: { now: "2026-09-02T10:00:00Z" } });
    const next = (await client.get("/__sandbox/statements?cohort=2027b")).body.data as { programme: string }[];
    expect(next.length).toBeGreaterThan(0);
    expect(next.every((row) => row.programme === "npq")).toBe(true);
  });
});

describe("faults and the world with the NPQ API", () => {
  it("fails an NPQ request with a fault armed for any path, and leaves the world as it was", async () => {
    const { client } = testSandbox();
    const pending = await npqApplication(client, (attributes) => attributes.status === "pending");
    await client.post("/__sandbox/faults", { body: { status: 503, method: "POST" } });
    const failed = await client.post(`${NPQ_API}/npq-applications/${pending.id}/reject`, { token: AMBITION });
    expect(failed.status).toBe(503);
    const after = await client.get(`${NPQ_API}/npq-applications/${pending.id}`, { token: AMBITION });
    expect(after.body.data.attributes.status).toBe("pending");
  });

  it("gives the world's NPQ counts for the seeded statements, contracts, declarations and outcomes", async () => {
    const { client } = testSandbox();
    const { counts } = (await client.get("/__sandbox/world")).body.npq;
    for (const table of ["contracts", "statements", "declarations", "outcomes", "deliveryPartners"]) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
  });
});
