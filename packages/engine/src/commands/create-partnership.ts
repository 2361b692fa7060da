/**
 * POST /partnerships (ECF rules §7.1): a lead provider confirms it will train a school's participants in a cohort
 * with one of its delivery partners. The school's training periods that only had this provider's expression of
 * interest for the cohort join the new partnership, so those participants become the provider's.
 */
import { insertRow, updateRow } from "../model/row-writes.ts";
import type { SchoolPartnership } from "../model/school-partnership.ts";
import { lookup, type World } from "../model/world.ts";
import { type Outcome, ok, ValidationErrors } from "../result.ts";
import { checkPartnershipCreation } from "../rules/partnership-create-checks.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";

export interface CreatePartnershipCommand {
  readonly type: "createPartnership";
  readonly leadProviderId: string;
  /** Raw request attributes (`data.attributes.cohort`, `school_id`, `delivery_partner_id`). */
  readonly cohort?: string;
  readonly schoolId?: string;
  readonly deliveryPartnerId?: string;
}

export function createPartnership(
  world: World,
  command: CreatePartnershipCommand,
  context: CommandContext,
): Outcome<SchoolPartnership> {
  const errors = new ValidationErrors();
  const plan = checkPartnershipCreation(
    world,
    {
      leadProviderId: command.leadProviderId,
      cohort: command.cohort,
      schoolId: command.schoolId,
      deliveryPartnerId: command.deliveryPartnerId,
    },
    londonToday(context.now),
    errors,
  );
  if (plan === undefined) {
    return errors.toFailure();
  }

  const now = instantOf(context.now);
  const { cohort, school, deliveryPartner } = plan;
  const partnership = insertRow(world, "schoolPartnerships", {
    id: context.newId(),
    schoolId: school.id,
    leadProviderId: command.leadProviderId,
    deliveryPartnerId: deliveryPartner.id,
    cohortYear: cohort.year,
    createdAt: now,
    updatedAt: now,
  });

  for (const schoolPeriod of lookup(world, "schoolPeriodsBySchool", school.id)) {
    for (const period of lookup(world, "trainingPeriodsBySchoolPeriod", schoolPeriod.id)) {
      const interest = period.expressionOfInterest;
      if (
        period.schoolPartnershipId === null &&
        interest?.leadProviderId === command.leadProviderId &&
        interest.cohortYear === cohort.year
      ) {
        updateRow(world, "trainingPeriods", period.id, { schoolPartnershipId: partnership.id, updatedAt: now });
        updateRow(world, "teachers", period.teacherId, { updatedAt: now });
      }
    }
  }

  // The school as this provider sees it for the cohort has changed (in partnership, tutor details now shown).
  const details = school.cohorts[cohort.year];
  if (details !== undefined) {
    updateRow(world, "schools", school.id, {
      cohorts: { ...school.cohorts, [cohort.year]: { ...details, updatedAt: now } },
    });
  }
  return ok(partnership);
}
