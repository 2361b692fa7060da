/**
 * Every message of the NPQ control fixtures (`NPQ_FIXTURE_MESSAGES`) through HTTP: a case per message, keyed by its
 * name, so a message added to the engine's table without a case fails. A message the control API cannot reach (its
 * own 400 checks the field first, or it never sends what the engine guards against) says why, and shows what answers.
 */
import { NPQ_FIXTURE_MESSAGES as F } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { CONTROL_MESSAGES, EXPECTED } from "../../src/control/messages.ts";
import { errors } from "../helpers/ecf.ts";
import { npqFixtureApplication, npqLeadProviderId } from "../helpers/npq.ts";
import type { Json, SpecClient } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

interface FixtureCase {
  readonly path: string;
  readonly body: Json;
  readonly status: number;
  /** The whole error body (a 404 is the control API's usual one, shown by its status). */
  readonly errorBody?: Json;
  readonly unreachable?: string;
}

const badRequest = (field: string, expected: string) =>
  errors(["Bad request", CONTROL_MESSAGES.mustBe(field, expected)]);

async function fixtureCases(client: SpecClient): Promise<Record<keyof typeof F, FixtureCase>> {
  const leadProviderId = await npqLeadProviderId(client);
  const application = { lead_provider_id: leadProviderId, course_identifier: "npq-senior-leadership", cohort: "2025a" };
  const accepted = { ...application, status: "accepted" };
  const existing = await npqFixtureApplication(client);
  const participantId = existing.attributes.participant_id as string;
  const APPLICATIONS = "/__sandbox/npq/applications";
  const COHORTS = "/__sandbox/npq/cohorts";
  const PARTNERS = "/__sandbox/npq/delivery-partners";
  return {
    idTaken: {
      unreachable: "the control API never names the id of a new application: the engine draws one",
      path: APPLICATIONS,
      body: { ...application, id: UNKNOWN },
      status: 400,
      errorBody: errors(["Bad request", CONTROL_MESSAGES.unknownField("id")]),
    },
    enterName: {
      path: PARTNERS,
      body: { name: " ", lead_provider_id: leadProviderId, cohorts: ["2025a"] },
      status: 422,
      errorBody: errors(["name", F.enterName]),
    },
    unknownLeadProvider: {
      path: APPLICATIONS,
      body: { ...application, lead_provider_id: UNKNOWN },
      status: 422,
      errorBody: errors(["lead_provider_id", F.unknownLeadProvider]),
    },
    unknownCohort: {
      path: APPLICATIONS,
      body: { ...application, cohort: "2031b" },
      status: 422,
      errorBody: errors(["cohort", F.unknownCohort("2031b")]),
    },
    unknownCourse: {
      unreachable: "the control API checks the course against the twelve identifiers first",
      path: APPLICATIONS,
      body: { ...application, course_identifier: "npq-unknown" },
      status: 400,
      errorBody: badRequest("course_identifier", EXPECTED.npqCourseIdentifier),
    },
    unknownParticipant: {
      path: APPLICATIONS,
      body: { ...application, participant_id: UNKNOWN },
      status: 422,
      errorBody: errors(["participant_id", F.unknownParticipant]),
    },
    enterParticipant: {
      unreachable: "given a participant_id, the control API sends no person's details (a trn is then not used)",
      path: APPLICATIONS,
      body: { ...application, participant_id: UNKNOWN, trn: "1234567" },
      status: 422,
      errorBody: errors(["participant_id", F.unknownParticipant]),
    },
    contractExists: {
      unreachable: "contracts are registered only with a new cohort's statements, which has none yet",
      path: COHORTS,
      body: { identifier: "2025a", funding: "capped" },
      status: 422,
      errorBody: errors(["identifier", F.cohortExists("2025a")]),
    },
    statementsExist: {
      unreachable: "statements are registered only for a new cohort, which has none yet",
      path: COHORTS,
      body: { identifier: "2026b", funding: "capped" },
      status: 422,
      errorBody: errors(["identifier", F.cohortExists("2026b")]),
    },
    sameParticipant: {
      path: `/__sandbox/npq/participants/${participantId}/change-id`,
      body: { to_participant_id: participantId },
      status: 422,
      errorBody: errors(["to_participant_id", F.sameParticipant]),
    },
    invalidCohortIdentifier: {
      unreachable: "the control API reads the identifier's shape first",
      path: COHORTS,
      body: { identifier: "2030z9", funding: "zero" },
      status: 400,
      errorBody: badRequest("identifier", EXPECTED.npqCohort),
    },
    cohortExists: {
      path: COHORTS,
      body: { identifier: "2026b", funding: "capped" },
      status: 422,
      errorBody: errors(["identifier", F.cohortExists("2026b")]),
    },
    cohortBeforeFirstYear: {
      path: COHORTS,
      body: { identifier: "2020b", funding: "full" },
      status: 422,
      errorBody: errors(["identifier", F.cohortBeforeFirstYear(2021)]),
    },
    invalidFunding: {
      unreachable: "the control API checks the funding first",
      path: COHORTS,
      body: { identifier: "2030a", funding: "some" },
      status: 400,
      errorBody: badRequest("funding", EXPECTED.npqCohortFunding),
    },
    invalidDate: {
      unreachable: "the control API reads the date first",
      path: COHORTS,
      body: { identifier: "2030a", funding: "zero", registration_start_date: "2030-02-30" },
      status: 400,
      errorBody: badRequest("registration_start_date", EXPECTED.date),
    },
    registrationStartOutsideYear: {
      path: COHORTS,
      body: { identifier: "2027a", funding: "zero", registration_start_date: "2026-09-01" },
      status: 422,
      errorBody: errors(["registration_start_date", F.registrationStartOutsideYear]),
    },
    enterCohorts: {
      unreachable: "the control API refuses an empty list of cohorts first",
      path: PARTNERS,
      body: { lead_provider_id: leadProviderId, cohorts: [] },
      status: 400,
      errorBody: badRequest("cohorts", EXPECTED.npqCohorts),
    },
    unknownApplication: {
      unreachable: "a fixture decides the application it has just registered; an unknown id to move is the 404",
      path: `/__sandbox/npq/applications/${UNKNOWN}/change-lead-provider`,
      body: { lead_provider_id: leadProviderId },
      status: 404,
    },
    sameLeadProvider: {
      path: `/__sandbox/npq/applications/${existing.id}/change-lead-provider`,
      body: { lead_provider_id: leadProviderId },
      status: 422,
      errorBody: errors(["lead_provider_id", F.sameLeadProvider]),
    },
    notPending: {
      unreachable: "a fixture decides the application it has just registered, which is pending",
      path: APPLICATIONS,
      body: { ...accepted },
      status: 201,
    },
    invalidDecision: {
      unreachable: "the control API checks the status first",
      path: APPLICATIONS,
      body: { ...application, status: "deferred" },
      status: 400,
      errorBody: badRequest("status", EXPECTED.npqApplicationStatus),
    },
    unknownSchedule: {
      // 2024 has no spring leadership schedule.
      path: APPLICATIONS,
      body: { ...accepted, cohort: "2024a", schedule_identifier: "npq-leadership-spring" },
      status: 422,
      errorBody: errors(["schedule_identifier", F.unknownSchedule]),
    },
    noDefaultSchedule: {
      path: APPLICATIONS,
      body: { ...accepted, course_identifier: "npq-additional-support-offer" },
      status: 422,
      errorBody: errors(["schedule_identifier", F.noDefaultSchedule]),
    },
    invalidTrainingStatus: {
      unreachable: "the control API checks the training status first",
      path: APPLICATIONS,
      body: { ...accepted, training_status: "paused" },
      status: 400,
      errorBody: badRequest("training_status", EXPECTED.npqTrainingStatus),
    },
    invalidReason: {
      path: APPLICATIONS,
      body: { ...accepted, training_status: "withdrawn", reason: "bored" },
      status: 422,
      errorBody: errors(["reason", F.invalidReason("withdrawn")]),
    },
    invalidRejectionReason: {
      unreachable: "the control API's rejections are always rejected_by_provider: it sends no reason for them",
      path: APPLICATIONS,
      body: { ...application, status: "rejected", reason: "bored" },
      status: 201,
    },
  };
}

describe("NPQ_FIXTURE_MESSAGES through the control API", () => {
  it("has a case for every message, and each answers it (or, unreachable, what answers instead)", async () => {
    const { client } = testSandbox();
    const cases = await fixtureCases(client);
    expect(Object.keys(cases)).toEqual(Object.keys(F));
    for (const [name, { path, body, status, errorBody }] of Object.entries(cases)) {
      const response = await client.post(path, { body });
      expect([name, response.status]).toEqual([name, status]);
      if (errorBody !== undefined) {
        expect([name, response.body]).toEqual([name, errorBody]);
      }
    }
  });

  it("gives the deferral reason's message for a deferred enrolment", async () => {
    const { client } = testSandbox();
    const response = await client.post("/__sandbox/npq/applications", {
      body: {
        lead_provider_id: await npqLeadProviderId(client),
        course_identifier: "npq-senior-leadership",
        cohort: "2025a",
        status: "accepted",
        training_status: "deferred",
        reason: "bored",
      },
    });
    expect([response.status, response.body]).toEqual([422, errors(["reason", F.invalidReason("deferred")])]);
  });
});
