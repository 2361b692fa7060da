/**
 * Property-based tests over random sequences of NPQ application and participant actions, with raw attribute values
 * as a client might send them (NPQ rules §3 and §4).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NpqCommand } from "../../../src/npq/commands/index.ts";
import type { NpqApplication } from "../../../src/npq/model/application.ts";
import { npqWorldData } from "../../../src/npq/model/world.ts";
import { npqCoursesEquivalent } from "../../../src/npq/reference/courses.ts";
import { AMBITION_NPQ, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

const COURSES = ["npq-headship", "npq-early-headship-coaching-offer", "npq-additional-support-offer"];
const COHORTS = ["2021a", "2025a"];
const LEAD_PROVIDERS = [AMBITION_NPQ, TEACH_FIRST_NPQ];

const applicationArb = fc.record({
  person: fc.nat(1),
  leadProvider: fc.nat(1),
  course: fc.nat(COURSES.length - 1),
  cohort: fc.nat(COHORTS.length - 1),
  eligible: fc.boolean(),
  /** Most have a (voided) started declaration, so that they can be withdrawn. */
  declared: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});

const stepArb = fc.record({
  /** Mostly accepts and withdrawals, so that accepted applications and withdrawn ones meet. */
  action: fc.oneof(
    { weight: 4, arbitrary: fc.constant("accept") },
    { weight: 3, arbitrary: fc.constant("withdraw") },
    { weight: 1, arbitrary: fc.constantFrom("reject", "changeFundedPlace", "resume", "defer") },
  ),
  target: fc.nat(20),
  /** Sometimes the request comes from the other lead provider (a 404). */
  otherLeadProvider: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 9, arbitrary: fc.constant(false) },
  ),
  /** Mostly a value some cohort takes; sometimes one no cohort does. */
  fundedPlace: fc.oneof(
    { weight: 6, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, "true") },
  ),
  /** Mostly the default schedule. */
  scheduleIdentifier: fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(null, "npq-leadership-autumn", "npq-ehco-june", "npq-aso-december", "x"),
    },
  ),
  reason: fc.oneof(
    { weight: 6, arbitrary: fc.constant("other") },
    { weight: 1, arbitrary: fc.constantFrom<unknown>("career-break", "change-in-career", "", undefined) },
  ),
  minutes: fc.integer({ min: 0, max: 60 * 24 * 40 }),
});

type ApplicationSpec = typeof applicationArb extends fc.Arbitrary<infer T> ? T : never;
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function build(applications: ApplicationSpec[]) {
  const s = new NpqScenario();
  const people: string[] = [];
  const rows: NpqApplication[] = [];
  for (const spec of applications) {
    const existing = people[spec.person];
    const row = s.apply({
      leadProviderId: LEAD_PROVIDERS[spec.leadProvider] as string,
      courseIdentifier: COURSES[spec.course] as string,
      cohort: COHORTS[spec.cohort] as string,
      eligibleForFunding: spec.eligible,
      ...(existing === undefined
        ? { person: { fullName: `Person ${spec.person}`, trn: `100000${spec.person}` } }
        : { participantId: existing }),
    });
    people[spec.person] ??= row.userId;
    if (spec.declared) {
      s.declare(row.id, "started", "voided");
    }
    rows.push(row);
  }
  return { s, rows };
}

function commandFor(step: Step, application: NpqApplication): NpqCommand {
  const leadProviderId = step.otherLeadProvider
    ? (LEAD_PROVIDERS.find((id) => id !== application.leadProviderId) as string)
    : application.leadProviderId;
  const participant = {
    leadProviderId,
    participantId: application.userId,
    courseIdentifier: application.courseIdentifier,
  };
  switch (step.action) {
    case "accept":
      return {
        type: "acceptNpqApplication",
        leadProviderId,
        applicationId: application.id,
        fundedPlace: step.fundedPlace,
        scheduleIdentifier: step.scheduleIdentifier,
      };
    case "reject":
      return { type: "rejectNpqApplication", leadProviderId, applicationId: application.id };
    case "changeFundedPlace":
      return {
        type: "changeNpqFundedPlace",
        leadProviderId,
        applicationId: application.id,
        fundedPlace: step.fundedPlace,
      };
    case "withdraw":
      return { type: "withdrawNpqParticipant", ...participant, reason: step.reason };
    case "defer":
      return { type: "deferNpqParticipant", ...participant, reason: step.reason };
    default:
      return { type: "resumeNpqParticipant", ...participant };
  }
}

const scenarioArb = fc.record({
  applications: fc.array(applicationArb, { minLength: 1, maxLength: 10 }),
  steps: fc.array(stepArb, { maxLength: 40 }),
});

describe("NPQ application invariants", () => {
  it("accepting never leaves two accepted applications for one person, course and cohort", () => {
    fc.assert(
      fc.property(scenarioArb, ({ applications, steps }) => {
        const { s, rows } = build(applications);
        for (const step of steps) {
          s.context.at(new Date(s.context.now.getTime() + step.minutes * 60_000));
          const application = rows[step.target % rows.length] as NpqApplication;
          s.run(commandFor(step, s.world.applications[application.id] as NpqApplication));
          const accepted = Object.values(s.world.applications).filter((row) => row.status === "accepted");
          for (const [index, a] of accepted.entries()) {
            for (const b of accepted.slice(index + 1)) {
              if (a.userId !== b.userId || a.cohortId !== b.cohortId) {
                continue;
              }
              // The exact course: the later acceptance rejected the earlier one, withdrawn or not.
              expect(a.courseIdentifier === b.courseIdentifier).toBe(false);
              // EHCO and ASO: never both still training.
              if (npqCoursesEquivalent(a.courseIdentifier, b.courseIdentifier)) {
                expect(a.trainingStatus === "withdrawn" || b.trainingStatus === "withdrawn").toBe(true);
              }
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("every refused command leaves the world and the id sequence unchanged", () => {
    fc.assert(
      fc.property(scenarioArb, ({ applications, steps }) => {
        const { s, rows } = build(applications);
        for (const step of steps) {
          const application = rows[step.target % rows.length] as NpqApplication;
          const before = JSON.stringify(npqWorldData(s.world));
          let idsDrawn = 0;
          const context = {
            now: s.context.now,
            newId: () => {
              idsDrawn++;
              return s.context.newId();
            },
          };
          const outcome = s.runWith(commandFor(step, s.world.applications[application.id] as NpqApplication), context);
          if (!outcome.ok) {
            expect(JSON.stringify(npqWorldData(s.world))).toBe(before);
            expect(idsDrawn).toBe(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
