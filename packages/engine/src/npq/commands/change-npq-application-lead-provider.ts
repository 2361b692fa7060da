import type { CommandContext } from "../../commands/context.ts";
import { NPQ_FIXTURE_MESSAGES as M } from "../../messages/npq/fixtures.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqApplication } from "../model/application.ts";
import { updateNpqRow } from "../model/row-writes.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";

/**
 * DfE-side: support moves an application, in whatever status, to another lead provider (NPQ rules §2.1), as when a
 * participant changes provider. Only the application moves: its declarations, outcomes and recorded training states
 * stay with the lead provider that made them (NPQ rules §1.1), and its `updated_at` moves, so the new lead provider's
 * `updated_since` sync finds it.
 */
export interface ChangeNpqApplicationLeadProviderCommand {
  readonly type: "changeNpqApplicationLeadProvider";
  readonly applicationId: string;
  readonly leadProviderId: string;
}

export function changeNpqApplicationLeadProvider(
  world: NpqWorld,
  command: ChangeNpqApplicationLeadProviderCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const application = findNpqRow(world, "applications", command.applicationId);
  if (application === undefined) {
    return notFound();
  }
  const errors = new ValidationErrors();
  if (findNpqRow(world, "leadProviders", command.leadProviderId) === undefined) {
    errors.add("lead_provider_id", M.unknownLeadProvider);
  } else if (application.leadProviderId === command.leadProviderId) {
    errors.add("lead_provider_id", M.sameLeadProvider);
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  return ok(
    updateNpqRow(world, "applications", application.id, {
      leadProviderId: command.leadProviderId,
      updatedAt: instantOf(context.now),
    }),
  );
}
