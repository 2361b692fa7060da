/**
 * PUT /partnerships/{id} (ECF rules §7.2): the lead provider switches the partnership to another of its delivery
 * partners. The partnership keeps its id; participants and their declarations on it are touched (their
 * `updated_at` moves) although existing declarations keep the delivery partner they were made under.
 */
import { updateRow } from "../model/row-writes.ts";
import type { SchoolPartnership } from "../model/school-partnership.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import { checkPartnershipUpdate } from "../rules/partnership-update-checks.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";

export interface UpdatePartnershipCommand {
  readonly type: "updatePartnership";
  readonly leadProviderId: string;
  readonly partnershipId: string;
  /** Raw `data.attributes.delivery_partner_id`. */
  readonly deliveryPartnerId?: string;
}

export function updatePartnership(
  world: World,
  command: UpdatePartnershipCommand,
  context: CommandContext,
): Outcome<SchoolPartnership> {
  const partnership = findRow(world, "schoolPartnerships", command.partnershipId);
  if (partnership === undefined || partnership.leadProviderId !== command.leadProviderId) {
    return notFound();
  }
  const errors = new ValidationErrors();
  const deliveryPartner = checkPartnershipUpdate(world, partnership, command.deliveryPartnerId, errors);
  if (deliveryPartner === undefined) {
    return errors.toFailure();
  }

  const now = instantOf(context.now);
  const updated = updateRow(world, "schoolPartnerships", partnership.id, {
    deliveryPartnerId: deliveryPartner.id,
    updatedAt: now,
  });
  const touchedTeachers = new Set<string>();
  for (const period of lookup(world, "trainingPeriodsBySchoolPartnership", partnership.id)) {
    if (!touchedTeachers.has(period.teacherId)) {
      touchedTeachers.add(period.teacherId);
      updateRow(world, "teachers", period.teacherId, { updatedAt: now });
    }
    for (const declaration of lookup(world, "declarationsByTrainingPeriod", period.id)) {
      updateRow(world, "declarations", declaration.id, { updatedAt: now });
    }
  }
  return ok(updated);
}
