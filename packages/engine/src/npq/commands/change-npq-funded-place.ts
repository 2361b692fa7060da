import type { CommandContext } from "../../commands/context.ts";
import { notFound, type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqApplication } from "../model/application.ts";
import { updateNpqRow } from "../model/row-writes.ts";
import type { NpqWorld } from "../model/world.ts";
import { checkChangeFundedPlace } from "../rules/application-checks.ts";
import { findNpqApplicationVisibleTo } from "../rules/visibility.ts";

/** PUT /npq-applications/{id}/change-funded-place (NPQ rules §3.3); `fundedPlace` as received. */
export interface ChangeNpqFundedPlaceCommand {
  readonly type: "changeNpqFundedPlace";
  readonly leadProviderId: string;
  readonly applicationId: string;
  readonly fundedPlace?: unknown;
}

export function changeNpqFundedPlace(
  world: NpqWorld,
  command: ChangeNpqFundedPlaceCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const application = findNpqApplicationVisibleTo(world, command.leadProviderId, command.applicationId);
  if (application === undefined) {
    return notFound();
  }
  const checked = checkChangeFundedPlace(world, application, command.fundedPlace);
  if (!checked.ok) {
    return checked;
  }
  return ok(
    updateNpqRow(world, "applications", application.id, {
      fundedPlace: checked.value,
      updatedAt: instantOf(context.now),
    }),
  );
}
