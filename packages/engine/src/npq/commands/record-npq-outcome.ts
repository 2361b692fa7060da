/**
 * POST /participants/npq/{id}/outcomes (NPQ rules §6.3): records a passed or failed outcome on the participant's
 * latest `completed` declaration for the course. Idempotent for a repeated state, as the service is: when that
 * declaration's latest outcome is `passed` and `passed` is sent, or has the same state and completion date, it is
 * answered again and nothing changes.
 */
import type { CommandContext } from "../../commands/context.ts";
import { type Outcome, ok } from "../../result.ts";
import type { NpqOutcome } from "../model/outcome.ts";
import type { NpqWorld } from "../model/world.ts";
import { checkNpqOutcome, type NpqOutcomeRequest } from "../rules/outcome-checks.ts";
import { latestNpqOutcomeOf } from "../rules/outcomes.ts";
import { addNpqOutcome } from "./outcome-rows.ts";

export interface RecordNpqOutcomeCommand extends NpqOutcomeRequest {
  readonly type: "recordNpqOutcome";
}

export function recordNpqOutcome(
  world: NpqWorld,
  command: RecordNpqOutcomeCommand,
  context: CommandContext,
): Outcome<NpqOutcome> {
  const checked = checkNpqOutcome(world, command, context.now);
  if (!checked.ok) {
    return checked;
  }
  const { declaration, state, completionDate } = checked.value;
  // The service compares with the latest outcome on the declaration the new one would go on (which may have been
  // made by another lead provider on an application now this one's), not with the lead provider's other outcomes.
  const latest = latestNpqOutcomeOf(world, declaration.id);
  const repeated =
    latest !== undefined &&
    ((latest.state === "passed" && state === "passed") ||
      (latest.state === state && latest.completionDate === completionDate));
  return ok(repeated ? latest : addNpqOutcome(world, declaration, state, completionDate, context));
}
