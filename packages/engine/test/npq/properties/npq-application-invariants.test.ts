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
import { countingIds } from "../../support/counting-ids.ts";
import { AMBITION_NPQ, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

const COURSES = ["npq-headship", "npq-early-headship-coaching-offer", "npq-additional-support-offer"];
const COHORTS = ["2021a", "2025a", "2026a"];
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
  /** For change schedule: a year, as a client may send it. */
  cohortYear: fc.constantFrom<unknown>(undefined, 2021, "2025", 2026, "abc"),
  reason: fc.oneof(
    { weight: 6, arbitrary: fc.constant("other") },
    { weight: 1, arbitrary: fc.constantFrom<unknown>("career-break", "change-in-career", "", undefined) },
  ),
  minutes: fc.integer({ min: 0, max: 60 * 24 * 40 }),
});

type ApplicationSpec = typeof applicationArb extends fc.Arbitrary<infer T> ? T : never;
type Step = Omit<typeof stepArb extends fc.Arbitrary<infer T> ? T : never, "action"> & {
  readonly action: (typeof stepArb extends fc.Arbitrary<infer T> ? T : never)["action"] | "changeSchedule";
};

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
      s.writeDeclarationRow(row.id, "started", "voided");
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
    case "changeSchedule":
      return {
        type: "changeNpqParticipantSchedule",
        ...participant,
        scheduleIdentifier: step.scheduleIdentifier ?? "npq-leadership-spring",
        cohort: step.cohortYear,
      };
    case "defer":
      return { type: "deferNpqParticipant", ...participant, reason: step.reason };
    default:
      return { type: "resumeNpqParticipant", ...participant };
  }
}

/** Change schedule moves applications between cohorts, so it is left out of the acceptance invariant. */
const withScheduleChangesArb = fc.record({
  applications: fc.array(applicationArb, { minLength: 1, maxLength: 10 }),
  steps: fc.array(
    fc
      .record({ step: stepArb, changeSchedule: fc.boolean() })
      .map(({ step, changeSchedule }): Step => (changeSchedule ? { ...step, action: "changeSchedule" } : step)),
    { maxLength: 40 },
  ),
});

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
      fc.property(withScheduleChangesArb, ({ applications, steps }) => {
        const { s, rows } = build(applications);
        for (const step of steps) {
          const application = rows[step.target % rows.length] as NpqApplication;
          const before = JSON.stringify(npqWorldData(s.world));
          const { context, idsDrawn } = countingIds(s.context);
          const outcome = s.runWith(commandFor(step, s.world.applications[application.id] as NpqApplication), context);
          if (!outcome.ok) {
            expect(JSON.stringify(npqWorldData(s.world))).toBe(before);
            expect(idsDrawn()).toBe(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a change of schedule never moves a capped enrolment to a full cohort, nor a zero one to a funded cohort", () => {
    fc.assert(
      fc.property(withScheduleChangesArb, ({ applications, steps }) => {
        const { s, rows } = build(applications);
        for (const contractCohort of Object.keys(s.world.cohorts)) {
          for (const leadProviderId of LEAD_PROVIDERS) {
            for (const courseIdentifier of COURSES) {
              s.must({ type: "registerNpqContract", leadProviderId, cohort: contractCohort, courseIdentifier });
            }
          }
        }
        for (const step of steps) {
          const application = s.world.applications[(rows[step.target % rows.length] as NpqApplication).id];
          const before = { ...s.world.applications };
          const outcome = s.run(commandFor(step, application as NpqApplication));
          if (!outcome.ok || step.action !== "changeSchedule") {
            continue;
          }
          // The enrolment moved is the one the participant action names, not necessarily the target row.
          for (const moved of Object.values(s.world.applications)) {
            const from = s.world.cohorts[(before[moved.id] as NpqApplication).cohortId]?.funding;
            const to = s.world.cohorts[moved.cohortId]?.funding;
            expect([from, to]).not.toEqual(["capped", "full"]);
            expect(from === "zero" && to !== "zero").toBe(false);
            if (to === "zero" && moved.scheduleId !== before[moved.id]?.scheduleId) {
              expect(moved.fundedPlace).toBe(false);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
