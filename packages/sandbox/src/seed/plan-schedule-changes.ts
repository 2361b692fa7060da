import { type CalendarDate, courseOfRole, formatApiDateTime, type Role, type ScheduleIdentifier } from "@lpkit/engine";
import { addDays } from "@lpkit/engine/internal";
import { requireId } from "./plan-organisations.ts";
import { type PlannedRegistration, partnershipsOf, planRegistration } from "./plan-registration.ts";
import { londonInstant } from "./seed-clock.ts";
import { leadProviderCohort, type SeedContext, type SeedPartnership } from "./seed-context.ts";
import { pick } from "./seed-faker.ts";

/** The cohort DfE's seed changes schedules in (ECF rules §9, "TeachersWithChangeSchedule"). */
const TARGET_COHORT = 2022;
/** Cohort changes move participants of the previous cohort into the target one. */
const FROM_COHORT = TARGET_COHORT - 1;

/** Each provider changes, in the target cohort's first autumn, the schedule, the cohort, or both. */
const CHANGES = ["schedule", "cohort", "both"] as const;
type ChangeKind = (typeof CHANGES)[number];

/** A schedule other than the standard September one, valid for the role. */
const OTHER_SCHEDULE: Record<Role, ScheduleIdentifier> = {
  ect: "ecf-extended-september",
  mentor: "ecf-standard-january",
};

/**
 * Change-schedule histories (ECF rules §9): for every provider delivering the 2022 cohort, an ECT and a mentor whose
 * provider changed their schedule only (within 2022), their cohort only (2021 to 2022, same schedule) or both.
 * Each has a `started` declaration on the training before the change, which stays there (ECF rules §6.4).
 */
export function planScheduleChanges(context: SeedContext): void {
  for (const leadProvider of context.leadProviders) {
    if (![FROM_COHORT, TARGET_COHORT].every((year) => leadProvider.cohortYears.includes(year))) {
      continue;
    }
    for (const role of ["ect", "mentor"] as const) {
      for (const kind of CHANGES) {
        planScheduleChange(context, leadProvider.id, role, kind);
      }
    }
  }
}

function planScheduleChange(context: SeedContext, leadProviderId: string, role: Role, kind: ChangeKind): void {
  const { faker } = context;
  const changesCohort = kind !== "schedule";
  const partnership = changesCohort
    ? partnershipMovingToTarget(context, leadProviderId)
    : pick(faker, partnershipsOf(context, leadProviderId, TARGET_COHORT));
  if (partnership === undefined) {
    return;
  }
  const cohortYear = partnership.cohortYear;
  const startedOn = addDays(`${cohortYear}-09-01`, faker.number.int({ min: 0, max: 20 }));
  const participant = planRegistration(context, { role, cohortYear, partnership, startedOn });
  planStartedDeclaration(context, leadProviderId, participant);
  // Schedules change once the autumn term is under way; cohorts at the start of the target cohort's year.
  const changedOn: CalendarDate = changesCohort
    ? addDays(`${TARGET_COHORT}-09-05`, faker.number.int({ min: 0, max: 25 }))
    : addDays(`${TARGET_COHORT}-11-01`, faker.number.int({ min: 0, max: 25 }));
  context.timeline.at(londonInstant(changedOn, 11), "histories", (when) => {
    if (participant.id === undefined) {
      return;
    }
    context.run.try(
      {
        type: "changeParticipantSchedule",
        leadProviderId,
        participantId: participant.id,
        courseIdentifier: courseOfRole(role),
        scheduleIdentifier: kind === "cohort" ? "ecf-standard-september" : OTHER_SCHEDULE[role],
        ...(changesCohort ? { cohort: String(TARGET_COHORT) } : {}),
      },
      when,
    );
  });
}

/**
 * A partnership of the earlier cohort at a school where the provider also has one in the target cohort (a cohort
 * change needs both). When the provider has no such school, DfE adds the target-cohort partnership at one.
 */
function partnershipMovingToTarget(context: SeedContext, leadProviderId: string): SeedPartnership | undefined {
  const { faker } = context;
  const from = partnershipsOf(context, leadProviderId, FROM_COHORT);
  const to = partnershipsOf(context, leadProviderId, TARGET_COHORT);
  const both = from.filter((partnership) => to.some((target) => target.school === partnership.school));
  if (both.length > 0) {
    return pick(faker, both);
  }
  const movable = from.filter((partnership) => !partnership.school.schoolLedCohorts.includes(TARGET_COHORT));
  const deliveryPartners = context.deliveryPartnersByLeadProviderCohort.get(
    leadProviderCohort(leadProviderId, TARGET_COHORT),
  );
  if (movable.length === 0 || deliveryPartners === undefined || deliveryPartners.length === 0) {
    return undefined;
  }
  const partnership = pick(faker, movable);
  const deliveryPartner = pick(faker, deliveryPartners);
  const added: SeedPartnership = {
    id: undefined,
    at: londonInstant(`${TARGET_COHORT}-06-01`, 9),
    leadProviderId,
    cohortYear: TARGET_COHORT,
    school: partnership.school,
    deliveryPartner,
  };
  context.partnerships.push(added);
  context.timeline.at(added.at, "histories", (when) => {
    added.id = context.run.must(
      {
        type: "registerSchoolPartnership",
        schoolId: requireId(added.school.id),
        leadProviderId,
        deliveryPartnerId: requireId(deliveryPartner.id),
        cohortYear: TARGET_COHORT,
      },
      when,
    ).id;
  });
  return partnership;
}

/** The provider declares `started` a few weeks in (before 2025 no evidence is needed for it). */
function planStartedDeclaration(context: SeedContext, leadProviderId: string, participant: PlannedRegistration): void {
  const declaredOn = addDays(participant.startedOn, context.faker.number.int({ min: 15, max: 40 }));
  const declaredAt = londonInstant(declaredOn, 10);
  context.timeline.at(declaredAt + 3_600_000, "histories", (when) => {
    if (participant.id === undefined) {
      return;
    }
    context.run.try(
      {
        type: "submitDeclaration",
        leadProviderId,
        participantId: participant.id,
        declarationType: "started",
        declarationDate: formatApiDateTime(new Date(declaredAt)),
        courseIdentifier: courseOfRole(participant.role),
        evidenceHeld: null,
      },
      when,
    );
  });
}
