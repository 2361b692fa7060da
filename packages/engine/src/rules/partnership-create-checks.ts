/**
 * POST /partnerships, the ordered 422 checks of ECF rules §7.1 (partnership create rules 1-12). The three "Enter a …"
 * rules (1-3) come first; after that each attribute stops at its first error (so only one `cohort` error is reported:
 * rule 4 unknown, 5 future, then 6 closed), but the attributes are checked independently, so one response can name
 * several of them.
 */
import { PARTNERSHIP_CREATE_RULE_MESSAGES as RULE } from "../messages/partnership-rules.ts";
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
    errors.add(RULE[1].title, RULE[1].detail);
  }
  if (isBlank(input.schoolId)) {
    errors.add(RULE[2].title, RULE[2].detail);
  }
  if (isBlank(input.deliveryPartnerId)) {
    errors.add(RULE[3].title, RULE[3].detail);
  }

  const cohortYear = castCohortYear(input.cohort ?? undefined);
  const cohort = cohortYear === null ? undefined : world.cohorts[cohortYear];
  if (!errors.has(TITLES.cohort)) {
    if (cohort === undefined) {
      errors.add(RULE[4].title, RULE[4].detail);
    } else if (cohort.startDate > today) {
      errors.add(RULE[5].title, RULE[5].detail);
    } else if (!cohort.enabled) {
      errors.add(RULE[6].title, RULE[6].detail);
    }
  }

  const school = isBlank(input.schoolId) ? undefined : findRow(world, "schools", input.schoolId);
  if (!errors.has(TITLES.schoolId)) {
    if (school === undefined) {
      errors.add(RULE[7].title, RULE[7].detail);
    } else if (!school.eligibleForFunding) {
      errors.add(RULE[8].title, RULE[8].detail);
    }
  }

  const deliveryPartner = isBlank(input.deliveryPartnerId)
    ? undefined
    : findRow(world, "deliveryPartners", input.deliveryPartnerId);
  if (!errors.has(TITLES.deliveryPartnerId)) {
    if (deliveryPartner === undefined) {
      errors.add(RULE[9].title, RULE[9].detail);
    } else if (
      // Also fires when the cohort is blank or unknown: there is no delivery partnership to find.
      cohort === undefined ||
      !worksWithDeliveryPartner(world, input.leadProviderId, deliveryPartner.id, cohort.year)
    ) {
      errors.add(RULE[10].title, RULE[10].detail);
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
      errors.add(RULE[11].title, RULE[11].detail);
    } else if (school.cohorts[cohort.year]?.inductionProgrammeChoice === "school_led") {
      errors.add(RULE[12].title, RULE[12].detail);
    }
  }

  if (!errors.isEmpty || cohort === undefined || school === undefined || deliveryPartner === undefined) {
    return undefined;
  }
  return { cohort, school, deliveryPartner };
}
