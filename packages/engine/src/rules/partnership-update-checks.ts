/**
 * PUT /partnerships/{id}, the 422 checks of ECF rules §7.2 (partnership update rules 1-4, all on
 * `delivery_partner_id`, first failure only). The partnership's cohort is not checked for being open: updates are
 * allowed in closed cohorts.
 */
import { PARTNERSHIP_UPDATE_RULE_MESSAGES as RULE } from "../messages/partnership-rules.ts";
import type { DeliveryPartner } from "../model/delivery-partner.ts";
import { schoolCohortKey } from "../model/indexes/index-definition.ts";
import type { SchoolPartnership } from "../model/school-partnership.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import type { ValidationErrors } from "../result.ts";
import { worksWithDeliveryPartner } from "./partnership-create-checks.ts";
import { isBlank } from "./presence.ts";

export function checkPartnershipUpdate(
  world: World,
  partnership: SchoolPartnership,
  deliveryPartnerId: string | undefined,
  errors: ValidationErrors,
): DeliveryPartner | undefined {
  if (isBlank(deliveryPartnerId)) {
    errors.add(RULE[1].title, RULE[1].detail);
    return undefined;
  }
  const deliveryPartner = findRow(world, "deliveryPartners", deliveryPartnerId);
  if (deliveryPartner === undefined) {
    errors.add(RULE[2].title, RULE[2].detail);
    return undefined;
  }
  if (!worksWithDeliveryPartner(world, partnership.leadProviderId, deliveryPartner.id, partnership.cohortYear)) {
    errors.add(RULE[3].title, RULE[3].detail);
    return undefined;
  }
  // Includes "updating" to the partnership's current delivery partner.
  const duplicate = lookup(
    world,
    "schoolPartnershipsBySchoolCohort",
    schoolCohortKey(partnership.schoolId, partnership.cohortYear),
  ).some(
    (other) => other.leadProviderId === partnership.leadProviderId && other.deliveryPartnerId === deliveryPartner.id,
  );
  if (duplicate) {
    errors.add(RULE[4].title, RULE[4].detail);
    return undefined;
  }
  return deliveryPartner;
}
