import {
  type CalendarDate,
  type CommandContext,
  createNpqWorld,
  defaultNpqSchedule,
  executeNpq,
  londonToday,
  NPQ_COURSE_IDENTIFIERS,
  NPQ_LEAD_PROVIDERS,
  type NpqCohort,
  type NpqCommand,
  type NpqCourseIdentifier,
  type NpqLeadProviderDefinition,
  type NpqWorld,
  npqCourseGroupOf,
  seededNpqCohorts,
} from "@lpkit/engine";
import { SeededIds } from "../../state/seeded-ids.ts";
import { seededFaker } from "../seed-faker.ts";
import { deliveryPartnerName } from "../seed-names.ts";

/** The NPQ world of a sandbox and the id stream that continues it (its own, so the ECF world's ids never move). */
export interface BuiltNpqWorld {
  readonly world: NpqWorld;
  readonly ids: SeededIds;
}

/** Mixed into the seed so the NPQ id stream and names differ from the ECF world's for the same seed. */
const NPQ_SEED_SALT = 0x4e5051;
const MINUTE_MS = 60_000;
/** When the seeded contracts were signed: before any cohort the world holds. */
const CONTRACTS_AT = new Date("2021-01-01T00:00:00Z");

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

/** Leading primary mathematics is contracted from 2023 and SENCO from 2024, as on the service (NPQ rules §8). */
function offeredIn(course: string, startYear: number): boolean {
  return (
    (course !== "npq-leading-primary-mathematics" || startYear >= 2023) && (course !== "npq-senco" || startYear >= 2024)
  );
}

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

/** The academic year (from 1 September, London time) the clock is in. */
export function npqAcademicYear(now: Date): number {
  // A calendar date is `YYYY-MM-DD` text.
  const [year, month] = londonToday(now).split("-").map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
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
 * The seeded NPQ world (NPQ rules §7.2 for the cohorts; docs/decisions/sandbox-npq-world.md): DfE's cohorts for the
 * clock's academic year, the eight lead providers with a contract for every cohort and course they may offer, two delivery partners each,
 * and for
 * each lead provider the applications of {@link PLANS},
 * registered a minute apart before "now", plus one participant id change each. The same seed and clock give the same
 * world, byte for byte.
 */
export function seededNpqWorld(seed: number, now: Date): BuiltNpqWorld {
  const academicYear = npqAcademicYear(now);
  const world = createNpqWorld({ cohorts: seededNpqCohorts(academicYear) });
  const ids = new SeededIds((seed ^ NPQ_SEED_SALT) >>> 0);
  const faker = seededFaker((seed ^ NPQ_SEED_SALT) >>> 0);
  // Applications and their decisions a minute apart, the last a minute before "now"; contracts at the world's start.
  let step = NPQ_LEAD_PROVIDERS.length * (PLANS.length + 2) * 2;
  const context = (at?: Date): CommandContext => ({
    now: at ?? new Date(now.getTime() - step-- * MINUTE_MS),
    newId: () => ids.uuid(),
  });
  const run = <C extends NpqCommand>(command: C, at?: Date) => {
    const result = executeNpq(world, command, context(at));
    if (!result.ok) {
      throw new Error(`seededNpqWorld: ${command.type} refused: ${JSON.stringify(result.failure.errors)}`);
    }
    return result.value;
  };
  for (const leadProvider of NPQ_LEAD_PROVIDERS) {
    for (const cohort of Object.values(world.cohorts)) {
      for (const course of NPQ_COURSE_IDENTIFIERS.filter((identifier) => offeredIn(identifier, cohort.startYear))) {
        run(
          { type: "registerNpqContract", leadProviderId: leadProvider.id, cohort: cohort.id, courseIdentifier: course },
          CONTRACTS_AT,
        );
      }
    }
  }
  // Two delivery partners per lead provider: one in every cohort, one in the current and next years' only.
  const cohortIds = Object.keys(world.cohorts);
  let partners = 0;
  for (const leadProvider of NPQ_LEAD_PROVIDERS) {
    for (const cohorts of [cohortIds, cohortIds.filter((id) => Number(id.slice(0, 4)) >= academicYear)]) {
      const name = deliveryPartnerName(faker, partners++);
      run({ type: "registerNpqDeliveryPartner", name, leadProviderId: leadProvider.id, cohorts }, CONTRACTS_AT);
    }
  }
  const merged: string[] = [];
  for (const [index, leadProvider] of NPQ_LEAD_PROVIDERS.entries()) {
    for (const plan of PLANS) {
      const cohort = world.cohorts[cohortOf(plan, academicYear)];
      if (cohort === undefined) {
        // A clock before the 2021 cohorts' academic years: the world holds fewer cohorts than the plans name.
        continue;
      }
      const application = run({
        type: "registerNpqApplication",
        leadProviderId: leadProvider.id,
        courseIdentifier: plan.course,
        cohort: cohort.id,
        person: { fullName: faker.person.fullName(), trn: faker.string.numeric(7) },
        eligibleForFunding: plan.eligibleForFunding ?? true,
      });
      if (plan.decision !== undefined) {
        run({
          type: "recordNpqApplicationDecision",
          applicationId: application.id,
          scheduleIdentifier: scheduleFor(world, cohort, plan.course, londonToday(now)),
          ...plan.decision,
        });
      }
      if (plan.alsoWithNextLeadProvider === true) {
        const next = NPQ_LEAD_PROVIDERS[(index + 1) % NPQ_LEAD_PROVIDERS.length] as NpqLeadProviderDefinition;
        run({
          type: "registerNpqApplication",
          leadProviderId: next.id,
          courseIdentifier: plan.course,
          cohort: cohort.id,
          participantId: application.userId,
        });
      }
    }
    // A participant whose id DfE changed: their accepted application now sits under a new id (410 for the old one).
    const cohort = world.cohorts[`${academicYear}a`] ?? (Object.values(world.cohorts)[0] as NpqCohort);
    const moved = run({
      type: "registerNpqApplication",
      leadProviderId: leadProvider.id,
      courseIdentifier: "npq-leading-literacy",
      cohort: cohort.id,
      person: { fullName: faker.person.fullName(), trn: faker.string.numeric(7) },
    });
    run({
      type: "recordNpqApplicationDecision",
      applicationId: moved.id,
      status: "accepted",
      scheduleIdentifier: scheduleFor(world, cohort, "npq-leading-literacy", londonToday(now)),
    });
    merged.push(moved.userId);
  }
  for (const userId of merged) {
    run({ type: "recordNpqParticipantIdChange", fromParticipantId: userId });
  }
  return { world, ids };
}
