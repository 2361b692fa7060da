/**
 * POST /partnerships, the ordered 422 checks of ECF rules §7.1. The three "Enter a …" checks come first; after that
 * each attribute stops at its first error (so only one `cohort` error is reported: unknown, future, then closed),
 * but the attributes are checked independently, so one response can name several of them.
 */
import { PARTNERSHIP_MESSAGES as M } from "../messages/partnerships.ts";
import { TITLES } from "../messages/titles.ts";
import type { Cohort } from "../model/cohort.ts";
import type { DeliveryPartner } from "../model/delivery-partner.ts";
import { leadProviderCohortKey, schoolCohortKey } from "../model/indexes/index-definition.ts";
import type { School } from "../model/school.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import type { ValidationErrors } from "../result.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { castCohortYear } from "./lenient-integer.ts";
import { isBlank } from "./presence.ts";

export interface PartnershipCreateInput {
  readonly leadProviderId: string;
  readonly cohort: string | undefined;
  readonly schoolId: string | undefined;
  readonly deliveryPartnerId: string | undefined;
}

export interface PartnershipCreatePlan {
  readonly cohort: Cohort;
  readonly school: School;
  readonly deliveryPartner: DeliveryPartner;
}

/** Whether the provider may work with the delivery partner in that cohort (a delivery partnership exists). */
export function worksWithDeliveryPartner(
  world: World,
  leadProviderId: string,
  deliveryPartnerId: string,
  cohortYear: number,
): boolean {
  const leadProvider = findRow(world, "leadProviders", leadProviderId);
  return (
    leadProvider?.cohortYears.includes(cohortYear) === true &&
    lookup(world, "deliveryPartnershipsByLeadProviderCohort", leadProviderCohortKey(leadProviderId, cohortYear)).some(
      (deliveryPartnership) => deliveryPartnership.deliveryPartnerId === deliveryPartnerId,
    )
  );
}

export function checkPartnershipCreation(
  world: World,
  input: PartnershipCreateInput,
  today: CalendarDate,
  errors: ValidationErrors,
): PartnershipCreatePlan | undefined {
  if (isBlank(input.cohort)) {
    errors.add(TITLES.cohort, M.enterCohort);
  }
  if (isBlank(input.schoolId)) {
    errors.add(TITLES.schoolId, M.enterSchoolId);
  }
  if (isBlank(input.deliveryPartnerId)) {
    errors.add(TITLES.deliveryPartnerId, M.enterDeliveryPartnerId);
  }

  const cohortYear = castCohortYear(input.cohort ?? undefined);
  const cohort = cohortYear === null ? undefined : world.cohorts[cohortYear];
  if (!errors.has(TITLES.cohort)) {
    if (cohort === undefined) {
      errors.add(TITLES.cohort, M.invalidCohort);
    } else if (cohort.startDate > today) {
      errors.add(TITLES.cohort, M.futureCohort);
    } else if (!cohort.enabled) {
      errors.add(TITLES.cohort, M.closedCohort);
    }
  }

  const school = isBlank(input.schoolId) ? undefined : findRow(world, "schools", input.schoolId);
  if (!errors.has(TITLES.schoolId)) {
    if (school === undefined) {
      errors.add(TITLES.schoolId, M.invalidSchool);
    } else if (!school.eligibleForFunding) {
      errors.add(TITLES.schoolId, M.schoolIneligible);
    }
  }

  const deliveryPartner = isBlank(input.deliveryPartnerId)
    ? undefined
    : findRow(world, "deliveryPartners", input.deliveryPartnerId);
  if (!errors.has(TITLES.deliveryPartnerId)) {
    if (deliveryPartner === undefined) {
      errors.add(TITLES.deliveryPartnerId, M.invalidDeliveryPartner);
    } else if (
      // Also fires when the cohort is blank or unknown: there is no delivery partnership to find.
      cohort === undefined ||
      !worksWithDeliveryPartner(world, input.leadProviderId, deliveryPartner.id, cohort.year)
    ) {
      errors.add(TITLES.deliveryPartnerId, M.deliveryPartnerNotWorkingWithYou);
    }
  }

  if (!errors.has(TITLES.schoolId) && school !== undefined && cohort !== undefined) {
    const leadProvider = findRow(world, "leadProviders", input.leadProviderId);
    const alreadyPartnered =
      leadProvider?.cohortYears.includes(cohort.year) === true &&
      lookup(world, "schoolPartnershipsBySchoolCohort", schoolCohortKey(school.id, cohort.year)).some(
        (partnership) => partnership.leadProviderId === input.leadProviderId,
      );
    if (alreadyPartnered) {
      errors.add(TITLES.schoolId, M.alreadyInPartnership);
    } else if (school.cohorts[cohort.year]?.inductionProgrammeChoice === "school_led") {
      errors.add(TITLES.schoolId, M.schoolLedOnly);
    }
  }

  if (!errors.isEmpty || cohort === undefined || school === undefined || deliveryPartner === undefined) {
    return undefined;
  }
  return { cohort, school, deliveryPartner };
}
