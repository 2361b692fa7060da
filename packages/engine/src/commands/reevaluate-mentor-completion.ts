/**
 * Writes what `rules/mentor-completion.ts` decides after a mentor's `completed` declaration was created, voided or
 * clawed back (ECF rules §4.4 and §5.2): the rule decides, this step of the declaration commands writes.
 */
import type { Declaration } from "../model/declaration.ts";
import { insertRow, updateRow } from "../model/row-writes.ts";
import type { World } from "../model/world.ts";
import { mentorCompletionChange } from "../rules/mentor-completion.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";

export function reevaluateMentorCompletion(world: World, trigger: Declaration, context: CommandContext): void {
  const change = mentorCompletionChange(world, trigger, londonToday(context.now));
  if (change === undefined) {
    return;
  }
  const now = instantOf(context.now);
  const { teacher } = change;
  if (change.kind === "completed") {
    updateRow(world, "teachers", teacher.id, {
      funding: { ...teacher.funding, mentor: { ...teacher.funding.mentor, becameIneligibleOn: change.completedOn } },
      mentorIneligibleForFundingReason: "completed_declaration_received",
      updatedAt: now,
    });
    if (change.endTraining !== undefined) {
      updateRow(world, "trainingPeriods", change.endTraining.period.id, {
        finishedOn: change.endTraining.finishedOn,
        updatedAt: now,
      });
    }
    return;
  }
  updateRow(world, "teachers", teacher.id, {
    funding: { ...teacher.funding, mentor: { ...teacher.funding.mentor, becameIneligibleOn: null } },
    mentorIneligibleForFundingReason: null,
    updatedAt: now,
  });
  if (change.reopen !== undefined) {
    const { period, startedOn, finishedOn } = change.reopen;
    insertRow(world, "trainingPeriods", {
      ...period,
      id: context.newId(),
      startedOn,
      finishedOn,
      withdrawal: null,
      deferral: null,
      createdAt: now,
      updatedAt: now,
    });
  }
}
