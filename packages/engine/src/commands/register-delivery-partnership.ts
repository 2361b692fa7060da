/**
 * DfE-side fixture: a lead provider may work with a delivery partner in a cohort.
 */
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import type { DeliveryPartnership } from "../model/delivery-partner.ts";
import { leadProviderCohortKey } from "../model/indexes/index-definition.ts";
import { insertRow } from "../model/row-writes.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { type Outcome, ok, ValidationErrors } from "../result.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";

export interface RegisterDeliveryPartnershipCommand {
  readonly type: "registerDeliveryPartnership";
  readonly leadProviderId: string;
  readonly deliveryPartnerId: string;
  readonly cohortYear: CohortYear;
}

export function findDeliveryPartnership(
  world: World,
  leadProviderId: string,
  deliveryPartnerId: string,
  cohortYear: CohortYear,
): DeliveryPartnership | undefined {
  return lookup(
    world,
    "deliveryPartnershipsByLeadProviderCohort",
    leadProviderCohortKey(leadProviderId, cohortYear),
  ).find((partnership) => partnership.deliveryPartnerId === deliveryPartnerId);
}

/** Checks a delivery partnership could be created; a null delivery partner id means "about to be created". */
export function checkDeliveryPartnership(
  world: World,
  input: { leadProviderId: string; deliveryPartnerId: string | null; cohortYear: CohortYear },
  errors: ValidationErrors,
): void {
  const leadProvider = findRow(world, "leadProviders", input.leadProviderId);
  if (leadProvider === undefined) {
    errors.add("lead_provider_id", FIXTURE_MESSAGES.unknownLeadProvider);
  }
  if (world.cohorts[input.cohortYear] === undefined) {
    errors.add("cohort", FIXTURE_MESSAGES.unknownCohort(input.cohortYear));
  } else if (leadProvider !== undefined && !leadProvider.cohortYears.includes(input.cohortYear)) {
    errors.add("cohort", FIXTURE_MESSAGES.leadProviderNotInCohort(input.cohortYear));
  }
  if (input.deliveryPartnerId === null) {
    return;
  }
  if (findRow(world, "deliveryPartners", input.deliveryPartnerId) === undefined) {
    errors.add("delivery_partner_id", FIXTURE_MESSAGES.unknownDeliveryPartner);
  } else if (findDeliveryPartnership(world, input.leadProviderId, input.deliveryPartnerId, input.cohortYear)) {
    errors.add("delivery_partner_id", FIXTURE_MESSAGES.deliveryPartnershipExists);
  }
}

export function insertDeliveryPartnership(
  world: World,
  input: { leadProviderId: string; deliveryPartnerId: string; cohortYear: CohortYear },
  context: CommandContext,
): DeliveryPartnership {
  const now = instantOf(context.now);
  return insertRow(world, "deliveryPartnerships", { id: context.newId(), ...input, createdAt: now, updatedAt: now });
}

export function registerDeliveryPartnership(
  world: World,
  command: RegisterDeliveryPartnershipCommand,
  context: CommandContext,
): Outcome<DeliveryPartnership> {
  const errors = new ValidationErrors();
  checkDeliveryPartnership(world, command, errors);
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  const { leadProviderId, deliveryPartnerId, cohortYear } = command;
  return ok(insertDeliveryPartnership(world, { leadProviderId, deliveryPartnerId, cohortYear }, context));
}
