/**
 * Adding an outcome row, shared by the commands that record one (NPQ rules §5.3, §5.4, §6.3): the row, and the
 * declaration's `updated_at` touched with it.
 */
import type { CommandContext } from "../../commands/context.ts";
import type { CalendarDate } from "../../time/calendar-date.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqDeclaration } from "../model/declaration.ts";
import type { NpqOutcome, NpqOutcomeState } from "../model/outcome.ts";
import { insertNpqRow, updateNpqRow } from "../model/row-writes.ts";
import type { NpqWorld } from "../model/world.ts";

export function addNpqOutcome(
  world: NpqWorld,
  declaration: NpqDeclaration,
  state: NpqOutcomeState,
  completionDate: CalendarDate,
  context: CommandContext,
): NpqOutcome {
  const now = instantOf(context.now);
  const outcome = insertNpqRow(world, "outcomes", {
    id: context.newId(),
    declarationId: declaration.id,
    userId: declaration.userId,
    leadProviderId: declaration.leadProviderId,
    courseIdentifier: declaration.courseIdentifier,
    state,
    completionDate,
    createdAt: now,
    updatedAt: now,
  });
  updateNpqRow(world, "declarations", declaration.id, { updatedAt: now });
  return outcome;
}
