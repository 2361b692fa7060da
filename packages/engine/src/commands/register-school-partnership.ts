/**
 * DfE-side fixture: a school partnership created directly (the lead provider's own route is `createPartnership`,
 * which applies the API's rules). DfE can add several delivery partners for the same school, provider and cohort.
 */
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import { schoolCohortKey } from "../model/indexes/index-definition.ts";
import { insertRow } from "../model/row-writes.ts";
import type { SchoolPartnership } from "../model/school-partnership.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { type Outcome, ok, ValidationErrors } from "../result.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";
import { idFor, requestedIdFree } from "./ids.ts";
import {
  checkDeliveryPartnership,
  findDeliveryPartnership,
  insertDeliveryPartnership,
} from "./register-delivery-partnership.ts";

export interface RegisterSchoolPartnershipCommand {
  readonly type: "registerSchoolPartnership";
  readonly id?: string;
  readonly schoolId: string;
  readonly leadProviderId: string;
  readonly deliveryPartnerId: string;
  readonly cohortYear: CohortYear;
}

/**
 * Validates a school partnership; returns whether the delivery partnership must be created alongside it. A null
 * `schoolId` is a school the same command creates first (so it has no partnership yet).
 */
export function checkSchoolPartnership(
  world: World,
  input: Omit<RegisterSchoolPartnershipCommand, "type" | "id" | "schoolId"> & { readonly schoolId: string | null },
  errors: ValidationErrors,
): { needsDeliveryPartnership: boolean } {
  const { schoolId } = input;
  if (schoolId !== null && findRow(world, "schools", schoolId) === undefined) {
    errors.add("school_id", FIXTURE_MESSAGES.unknownSchool);
  }
  const existing = findDeliveryPartnership(world, input.leadProviderId, input.deliveryPartnerId, input.cohortYear);
  if (existing === undefined) {
    checkDeliveryPartnership(world, input, errors);
  }
  const duplicate =
    schoolId !== null &&
    lookup(world, "schoolPartnershipsBySchoolCohort", schoolCohortKey(schoolId, input.cohortYear)).some(
      (partnership) =>
        partnership.leadProviderId === input.leadProviderId &&
        partnership.deliveryPartnerId === input.deliveryPartnerId,
    );
  if (duplicate) {
    errors.add("school_id", FIXTURE_MESSAGES.schoolPartnershipExists);
  }
  return { needsDeliveryPartnership: existing === undefined };
}

export function insertSchoolPartnership(
  world: World,
  id: string,
  input: Omit<RegisterSchoolPartnershipCommand, "type" | "id">,
  needsDeliveryPartnership: boolean,
  context: CommandContext,
): SchoolPartnership {
  if (needsDeliveryPartnership) {
    insertDeliveryPartnership(world, input, context);
  }
  const now = instantOf(context.now);
  const { schoolId, leadProviderId, deliveryPartnerId, cohortYear } = input;
  return insertRow(world, "schoolPartnerships", {
    id,
    schoolId,
    leadProviderId,
    deliveryPartnerId,
    cohortYear,
    createdAt: now,
    updatedAt: now,
  });
}

/** Creates the lead provider's delivery partnership too when it does not exist yet. */
export function registerSchoolPartnership(
  world: World,
  command: RegisterSchoolPartnershipCommand,
  context: CommandContext,
): Outcome<SchoolPartnership> {
  const errors = new ValidationErrors();
  if (!requestedIdFree(world, "schoolPartnerships", command.id)) {
    errors.add("id", FIXTURE_MESSAGES.idTaken(command.id ?? ""));
  }
  const { needsDeliveryPartnership } = checkSchoolPartnership(world, command, errors);
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  return ok(insertSchoolPartnership(world, idFor(command.id, context), command, needsDeliveryPartnership, context));
}
