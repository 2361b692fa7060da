/**
 * DfE-side fixture: a delivery partner, optionally already working with lead providers in some cohorts.
 */
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import type { DeliveryPartner } from "../model/delivery-partner.ts";
import { insertRow } from "../model/row-writes.ts";
import type { World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { type Outcome, ok, ValidationErrors } from "../result.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";
import { idFor, requestedIdFree } from "./ids.ts";
import { checkDeliveryPartnership, insertDeliveryPartnership } from "./register-delivery-partnership.ts";

export interface RegisterDeliveryPartnerCommand {
  readonly type: "registerDeliveryPartner";
  readonly id?: string;
  readonly name: string;
  /** Delivery partnerships to create with it. */
  readonly partnerships?: readonly { readonly leadProviderId: string; readonly cohortYear: CohortYear }[];
}

export function registerDeliveryPartner(
  world: World,
  command: RegisterDeliveryPartnerCommand,
  context: CommandContext,
): Outcome<DeliveryPartner> {
  const errors = new ValidationErrors();
  if (!requestedIdFree(world, "deliveryPartners", command.id)) {
    errors.add("id", FIXTURE_MESSAGES.idTaken(command.id ?? ""));
  }
  if (command.name.trim() === "") {
    errors.add("name", FIXTURE_MESSAGES.enterName);
  }
  const seen = new Set<string>();
  for (const partnership of command.partnerships ?? []) {
    const key = `${partnership.leadProviderId}|${partnership.cohortYear}`;
    if (seen.has(key)) {
      errors.add("delivery_partner_id", FIXTURE_MESSAGES.deliveryPartnershipExists);
    }
    seen.add(key);
    checkDeliveryPartnership(world, { ...partnership, deliveryPartnerId: null }, errors);
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }

  const id = idFor(command.id, context);
  const now = instantOf(context.now);
  const deliveryPartner = insertRow(world, "deliveryPartners", {
    id,
    name: command.name,
    createdAt: now,
    updatedAt: now,
  });
  for (const partnership of command.partnerships ?? []) {
    insertDeliveryPartnership(world, { ...partnership, deliveryPartnerId: id }, context);
  }
  return ok(deliveryPartner);
}
