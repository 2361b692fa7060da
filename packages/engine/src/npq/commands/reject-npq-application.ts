import type { CommandContext } from "../../commands/context.ts";
import { notFound, type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqApplication } from "../model/application.ts";
import { updateNpqRow } from "../model/row-writes.ts";
import type { NpqWorld } from "../model/world.ts";
import { checkReject } from "../rules/application-checks.ts";
import { findNpqApplicationVisibleTo } from "../rules/visibility.ts";

/** POST /npq-applications/{id}/reject (NPQ rules §3.2): any body is ignored. */
export interface RejectNpqApplicationCommand {
  readonly type: "rejectNpqApplication";
  readonly leadProviderId: string;
  readonly applicationId: string;
}

export function rejectNpqApplication(
  world: NpqWorld,
  command: RejectNpqApplicationCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const application = findNpqApplicationVisibleTo(world, command.leadProviderId, command.applicationId);
  if (application === undefined) {
    return notFound();
  }
  const checked = checkReject(world, application);
  if (!checked.ok) {
    return checked;
  }
  return ok(
    updateNpqRow(world, "applications", application.id, {
      status: "rejected",
      reasonForRejection: "rejected_by_provider",
      updatedAt: instantOf(context.now),
    }),
  );
}
