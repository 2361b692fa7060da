/**
 * The checks of POST /npq-applications/{id}/reject and PUT .../change-funded-place (NPQ rules §3.2 and §3.3), the
 * rules of `rejectNpqApplication` and `changeNpqApplicationFundedPlace` in `spec/npq-v3.yaml`, in order.
 */
import {
  NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES,
  NPQ_REJECT_RULE_MESSAGES,
} from "../../messages/npq/application-rules.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import type { NpqApplication } from "../model/application.ts";
import { getNpqRow, type NpqWorld } from "../model/world.ts";
import { npqBlockingDeclarationsOf } from "./declarations.ts";

export function checkReject(world: NpqWorld, application: NpqApplication): Outcome<void> {
  const errors = new ValidationErrors();
  // Rule 1
  if (application.status === "rejected") {
    const { title, detail } = NPQ_REJECT_RULE_MESSAGES[1];
    errors.add(title, detail);
  }
  // Rule 2
  if (npqBlockingDeclarationsOf(world, application.id).length > 0) {
    const { title, detail } = NPQ_REJECT_RULE_MESSAGES[2];
    errors.add(title, detail);
  }
  return errors.isEmpty ? ok(undefined) : errors.toFailure();
}

/** Returns the new funded place. */
export function checkChangeFundedPlace(
  world: NpqWorld,
  application: NpqApplication,
  fundedPlace: unknown,
): Outcome<boolean> {
  const errors = new ValidationErrors();
  const add = (rule: keyof typeof NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES) => {
    const { title, detail } = NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES[rule];
    errors.add(title, detail);
  };
  // Rule 1
  if (typeof fundedPlace !== "boolean") {
    add(1);
  }
  // Rule 2
  if (application.status !== "accepted") {
    add(2);
  }
  // Rule 3: the eligibility DfE stored.
  if (fundedPlace === true && !application.eligibleForFunding) {
    add(3);
  }
  // Rule 4
  if (errors.isEmpty && getNpqRow(world, "cohorts", application.cohortId).funding !== "capped") {
    add(4);
  }
  // Rule 5
  if (npqBlockingDeclarationsOf(world, application.id).length > 0) {
    add(5);
  }
  return errors.isEmpty ? ok(fundedPlace as boolean) : errors.toFailure();
}
