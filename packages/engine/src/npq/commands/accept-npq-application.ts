import type { CommandContext } from "../../commands/context.ts";
import { notFound, type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import { londonToday } from "../../time/london.ts";
import type { NpqApplication } from "../model/application.ts";
import { insertNpqRow, updateNpqRow } from "../model/row-writes.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";
import { checkAccept } from "../rules/accept-checks.ts";
import { findNpqApplicationVisibleTo } from "../rules/visibility.ts";

/** POST /npq-applications/{id}/accept, with the request's attributes as received (NPQ rules §3.1). */
export interface AcceptNpqApplicationCommand {
  readonly type: "acceptNpqApplication";
  readonly leadProviderId: string;
  readonly applicationId: string;
  readonly fundedPlace?: unknown;
  readonly scheduleIdentifier?: unknown;
}

/**
 * Accepts: status `accepted`, training status `active` (with its state row), the schedule and the funded place; then
 * every other application of the same person for exactly this course and cohort, with any lead provider and in any
 * status, becomes `rejected` (NPQ rules §3.1, §Q7).
 */
export function acceptNpqApplication(
  world: NpqWorld,
  command: AcceptNpqApplicationCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const application = findNpqApplicationVisibleTo(world, command.leadProviderId, command.applicationId);
  if (application === undefined) {
    return notFound();
  }
  const decision = checkAccept(world, application, command, londonToday(context.now));
  if (!decision.ok) {
    return decision;
  }
  const now = instantOf(context.now);
  const accepted = updateNpqRow(world, "applications", application.id, {
    status: "accepted",
    acceptedAt: now,
    trainingStatus: "active",
    scheduleId: decision.value.schedule.id,
    fundedPlace: decision.value.fundedPlace,
    updatedAt: now,
  });
  insertNpqRow(world, "applicationStates", {
    id: context.newId(),
    applicationId: application.id,
    leadProviderId: application.leadProviderId,
    state: "active",
    reason: null,
    createdAt: now,
  });
  for (const other of npqLookup(world, "applicationsByUser", application.userId)) {
    if (
      other.id !== application.id &&
      other.courseIdentifier === application.courseIdentifier &&
      other.cohortId === application.cohortId
    ) {
      updateNpqRow(world, "applications", other.id, {
        status: "rejected",
        reasonForRejection: "other_application_in_this_cohort_accepted",
        updatedAt: now,
      });
    }
  }
  return ok(accepted);
}
