import type { Faker } from "@faker-js/faker";
import {
  type CalendarDate,
  defaultNpqSchedule,
  londonToday,
  NPQ_LEAD_PROVIDERS,
  type NpqCohort,
  type NpqCommand,
  type NpqCourseIdentifier,
  type NpqLeadProviderDefinition,
  type NpqWorld,
  npqCourseGroupOf,
} from "@lpkit/engine";
import type { NpqSeedRun } from "./npq-seed-run.ts";

const MINUTE_MS = 60_000;

/**
 * One seeded application: its course, the cohort relative to the current academic year (0 is this year's `a`, 1
 * next year's capped `b`, negative earlier years), the decision DfE's side records, and the stored eligibility.
 */
interface ApplicationPlan {
  readonly course: string;
  readonly cohortOffset: number | "next-a" | "next-b" | "full";
  readonly decision?: Omit<Extract<NpqCommand, { type: "recordNpqApplicationDecision" }>, "type" | "applicationId">;
  readonly eligibleForFunding?: boolean;
  /**
   * The same person also applied to the next lead provider for the course and cohort: a pending application there
   * that accept rule 5 refuses, as this one is accepted.
   */
  readonly alsoWithNextLeadProvider?: boolean;
}

/**
 * Every state the NPQ API shows, per lead provider (NPQ rules §2.1): pending in a capped, the unfunded and the
 * next capped cohort (one of them ASO, which has no default schedule); accepted with and without a funded place in
 * capped cohorts, in a full and in the unfunded cohort, and without eligibility; rejected by the provider and because
 * another application was accepted; deferred; withdrawn; ineligible for funding.
 */
const PLANS: readonly ApplicationPlan[] = [
  { course: "npq-senior-leadership", cohortOffset: 0 },
  { course: "npq-headship", cohortOffset: 0, eligibleForFunding: false },
  { course: "npq-leading-teaching", cohortOffset: "next-a" },
  { course: "npq-leading-literacy", cohortOffset: "next-b" },
  {
    course: "npq-senior-leadership",
    cohortOffset: 0,
    decision: { status: "accepted", fundedPlace: true },
    alsoWithNextLeadProvider: true,
  },
  { course: "npq-headship", cohortOffset: 0, decision: { status: "accepted", fundedPlace: false } },
  { course: "npq-leading-teaching", cohortOffset: -1, decision: { status: "accepted" } },
  { course: "npq-executive-leadership", cohortOffset: "full", decision: { status: "accepted" } },
  { course: "npq-senco", cohortOffset: 0, decision: { status: "accepted", fundedPlace: true } },
  { course: "npq-additional-support-offer", cohortOffset: 0 },
  {
    course: "npq-early-years-leadership",
    cohortOffset: 0,
    eligibleForFunding: false,
    decision: { status: "accepted", fundedPlace: false },
  },
  { course: "npq-leading-teaching-development", cohortOffset: "next-a", decision: { status: "accepted" } },
  { course: "npq-leading-behaviour-culture", cohortOffset: 0, decision: { status: "rejected" } },
  {
    course: "npq-leading-teaching-development",
    cohortOffset: 0,
    decision: { status: "rejected", reasonForRejection: "other_application_in_this_cohort_accepted" },
  },
  {
    course: "npq-senior-leadership",
    cohortOffset: -1,
    decision: { status: "accepted", fundedPlace: true, trainingStatus: "deferred", reason: "parental-leave" },
  },
  {
    course: "npq-headship",
    cohortOffset: -1,
    decision: { status: "accepted", fundedPlace: true, trainingStatus: "withdrawn", reason: "other" },
  },
];

/**
 * The schedule an accepted seeded application gets: the one accept would choose today, else (a date the default
 * rules leave without one) the course group's first schedule in the cohort.
 */
function scheduleFor(world: NpqWorld, cohort: NpqCohort, course: string, today: CalendarDate): string | null {
  const identifier = course as NpqCourseIdentifier;
  const chosen =
    defaultNpqSchedule(world, cohort, identifier, today) ??
    Object.values(world.schedules).find(
      (schedule) => schedule.cohortId === cohort.id && schedule.courseGroup === npqCourseGroupOf(identifier),
    );
  return chosen?.identifier ?? null;
}

function cohortOf(plan: ApplicationPlan, academicYear: number): string {
  if (plan.cohortOffset === "next-a") {
    return `${academicYear + 1}a`;
  }
  if (plan.cohortOffset === "next-b") {
    return `${academicYear + 1}b`;
  }
  if (plan.cohortOffset === "full") {
    return "2023a";
  }
  return `${Math.max(2021, academicYear + plan.cohortOffset)}a`;
}

/**
 * Per lead provider, the applications of {@link PLANS}, registered and decided a minute apart in the hours before
 * "now", plus a participant whose id DfE changed (their accepted application then sits under a new id: 410 for the
 * old one, NPQ rules §2.2).
 */
export function planNpqApplications(run: NpqSeedRun, faker: Faker, academicYear: number): void {
  const now = run.now;
  let step = NPQ_LEAD_PROVIDERS.length * (PLANS.length + 2) * 2;
  const next = () => now.getTime() - step-- * MINUTE_MS;
  const today = londonToday(now);
  const merged: { userId?: string }[] = [];
  for (const [index, leadProvider] of NPQ_LEAD_PROVIDERS.entries()) {
    for (const plan of PLANS) {
      const cohort = run.world.cohorts[cohortOf(plan, academicYear)];
      if (cohort === undefined) {
        // A clock before the 2021 cohorts' academic years: the world holds fewer cohorts than the plans name.
        continue;
      }
      const person = { fullName: faker.person.fullName(), trn: faker.string.numeric(7) };
      const registeredAt = next();
      const decidedAt = plan.decision === undefined ? undefined : next();
      const alsoAt = plan.alsoWithNextLeadProvider === true ? next() : undefined;
      const nextLeadProvider = NPQ_LEAD_PROVIDERS[(index + 1) % NPQ_LEAD_PROVIDERS.length] as NpqLeadProviderDefinition;
      run.at(registeredAt, "npq applications", (at) => {
        const application = run.must(
          {
            type: "registerNpqApplication",
            leadProviderId: leadProvider.id,
            courseIdentifier: plan.course,
            cohort: cohort.id,
            person,
            eligibleForFunding: plan.eligibleForFunding ?? true,
          },
          at,
        );
        if (plan.decision !== undefined && decidedAt !== undefined) {
          const decision = plan.decision;
          run.at(decidedAt, "npq applications", (moment) => {
            run.must(
              {
                type: "recordNpqApplicationDecision",
                applicationId: application.id,
                scheduleIdentifier: scheduleFor(run.world, cohort, plan.course, today),
                ...decision,
              },
              moment,
            );
          });
        }
        if (alsoAt !== undefined) {
          run.at(alsoAt, "npq applications", (moment) => {
            run.must(
              {
                type: "registerNpqApplication",
                leadProviderId: nextLeadProvider.id,
                courseIdentifier: plan.course,
                cohort: cohort.id,
                participantId: application.userId,
              },
              moment,
            );
          });
        }
      });
    }
    const cohort = run.world.cohorts[`${academicYear}a`] ?? (Object.values(run.world.cohorts)[0] as NpqCohort);
    const person = { fullName: faker.person.fullName(), trn: faker.string.numeric(7) };
    const moved: { userId?: string } = {};
    merged.push(moved);
    const registeredAt = next();
    const decidedAt = next();
    run.at(registeredAt, "npq applications", (at) => {
      const application = run.must(
        {
          type: "registerNpqApplication",
          leadProviderId: leadProvider.id,
          courseIdentifier: "npq-leading-literacy",
          cohort: cohort.id,
          person,
        },
        at,
      );
      moved.userId = application.userId;
      run.at(decidedAt, "npq applications", (moment) => {
        run.must(
          {
            type: "recordNpqApplicationDecision",
            applicationId: application.id,
            status: "accepted",
            scheduleIdentifier: scheduleFor(run.world, cohort, "npq-leading-literacy", today),
          },
          moment,
        );
      });
    });
  }
  for (const moved of merged) {
    run.at(next(), "npq applications", (at) => {
      if (moved.userId !== undefined) {
        run.must({ type: "recordNpqParticipantIdChange", fromParticipantId: moved.userId }, at);
      }
    });
  }
}
