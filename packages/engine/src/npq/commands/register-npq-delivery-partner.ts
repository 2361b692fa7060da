import type { CommandContext } from "../../commands/context.ts";
import { NPQ_FIXTURE_MESSAGES as M } from "../../messages/npq/fixtures.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqDeliveryPartner } from "../model/delivery-partner.ts";
import { insertNpqRow } from "../model/row-writes.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";

/**
 * DfE-side: a delivery partner linked to a lead provider in the given cohorts (identifiers): what its declarations may
 * name, and what GET /delivery-partners lists (NPQ rules §1.1, §2.5).
 */
export interface RegisterNpqDeliveryPartnerCommand {
  readonly type: "registerNpqDeliveryPartner";
  readonly name: string;
  readonly leadProviderId: string;
  readonly cohorts: readonly string[];
}

export function registerNpqDeliveryPartner(
  world: NpqWorld,
  command: RegisterNpqDeliveryPartnerCommand,
  context: CommandContext,
): Outcome<NpqDeliveryPartner> {
  const errors = new ValidationErrors();
  if (command.name.trim() === "") {
    errors.add("name", M.enterName);
  }
  if (findNpqRow(world, "leadProviders", command.leadProviderId) === undefined) {
    errors.add("lead_provider_id", M.unknownLeadProvider);
  }
  if (command.cohorts.length === 0) {
    errors.add("cohorts", M.enterCohorts);
  }
  for (const cohort of command.cohorts) {
    if (findNpqRow(world, "cohorts", cohort) === undefined) {
      errors.add("cohorts", M.unknownCohort(cohort));
    }
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  const now = instantOf(context.now);
  const partner = insertNpqRow(world, "deliveryPartners", {
    id: context.newId(),
    name: command.name,
    createdAt: now,
    updatedAt: now,
  });
  for (const cohortId of new Set(command.cohorts)) {
    insertNpqRow(world, "deliveryPartnerships", {
      id: context.newId(),
      deliveryPartnerId: partner.id,
      leadProviderId: command.leadProviderId,
      cohortId,
      createdAt: now,
    });
  }
  return ok(partner);
}
