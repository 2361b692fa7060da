/**
 * PUT /participant-declarations/{id}/change-delivery-partner on the NPQ API (NPQ rules §5.5): the declaration must be
 * visible (404) and the lead provider's own (403); then its change delivery partner rules 1-9 of `spec/npq-v3.yaml`
 * in order: the two ids looked up, the declaration's own delivery partner checks with the new values, and presence
 * last. Leaving the secondary out removes it; state and statement stay as they are.
 */
import type { CommandContext } from "../../commands/context.ts";
import { NPQ_CHANGE_DELIVERY_PARTNER_RULE_MESSAGES as RULE } from "../../messages/npq/declaration-rules.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { isBlank } from "../../rules/presence.ts";
import { castUuid } from "../../rules/uuid-cast.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqDeclaration } from "../model/declaration.ts";
import { updateNpqRow } from "../model/row-writes.ts";
import { findNpqRow, getNpqRow, type NpqWorld } from "../model/world.ts";
import { resolveNpqDeclarationToModify } from "../rules/declaration-target.ts";
import { checkNpqDeliveryPartners } from "../rules/delivery-partner-checks.ts";

export interface ChangeNpqDeclarationDeliveryPartnerCommand {
  readonly type: "changeNpqDeclarationDeliveryPartner";
  readonly leadProviderId: string;
  readonly declarationId: string;
  readonly deliveryPartnerId?: unknown;
  readonly secondaryDeliveryPartnerId?: unknown;
}

/** A given id as the database reads it; `undefined` when none was given. */
function given(value: unknown): string | null | undefined {
  if (typeof value !== "string" || isBlank(value)) {
    return undefined;
  }
  return castUuid(value);
}

export function changeNpqDeclarationDeliveryPartner(
  world: NpqWorld,
  command: ChangeNpqDeclarationDeliveryPartnerCommand,
  context: CommandContext,
): Outcome<NpqDeclaration> {
  const target = resolveNpqDeclarationToModify(world, command.leadProviderId, command.declarationId);
  if (!target.ok) {
    return target;
  }
  const declaration = target.value;
  const errors = new ValidationErrors();
  const primary = given(command.deliveryPartnerId);
  const secondary = given(command.secondaryDeliveryPartnerId);
  const found = (id: string | null | undefined) => findNpqRow(world, "deliveryPartners", id)?.id ?? null;
  // Rule 1 (a missing id included)
  if (found(primary) === null) {
    errors.add(RULE[1].title, RULE[1].detail);
  }
  // Rule 2
  if (secondary !== undefined && found(secondary) === null) {
    errors.add(RULE[2].title, RULE[2].detail);
  }
  // Rules 3-8: the declaration record's own checks with the partners found, whatever failed before (NPQ rules §5.5).
  // The record's presence check has rule 9's message, which is sent once.
  checkNpqDeliveryPartners(
    world,
    {
      leadProviderId: command.leadProviderId,
      application: getNpqRow(world, "applications", declaration.applicationId),
      cohort: getNpqRow(world, "cohorts", declaration.cohortId),
      deliveryPartnerId: found(primary),
      secondaryDeliveryPartnerId: found(secondary),
      stored: declaration,
    },
    errors,
    {
      required: RULE[9],
      overseas: RULE[3],
      notConfirmed: RULE[4],
      secondaryWithoutPrimary: RULE[5],
      secondaryOverseas: RULE[6],
      secondaryNotConfirmed: RULE[7],
      secondarySameAsPrimary: RULE[8],
    },
  );
  // Rule 9
  if (primary === undefined) {
    errors.add(RULE[9].title, RULE[9].detail);
  }
  if (!errors.isEmpty || primary === undefined || primary === null) {
    return errors.toFailure();
  }
  return ok(
    updateNpqRow(world, "declarations", declaration.id, {
      deliveryPartnerId: primary,
      secondaryDeliveryPartnerId: secondary ?? null,
      updatedAt: instantOf(context.now),
    }),
  );
}
