/**
 * What the declarations and outcomes ask of a declaration's outcome rows (NPQ rules §2.3, §6): the latest one is the
 * declaration's result.
 */
import type { NpqDeclaration } from "../model/declaration.ts";
import type { NpqOutcome } from "../model/outcome.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";

/** The declaration's latest outcome: what recording an outcome on it compares with (NPQ rules §6.3). */
export function latestNpqOutcomeOf(world: NpqWorld, declarationId: string): NpqOutcome | undefined {
  return npqLookup(world, "outcomesByDeclaration", declarationId).at(-1);
}

/**
 * The participant's latest outcome on declarations a lead provider made for a course: what voiding checks is not
 * already voided (NPQ rules §5.4).
 */
export function latestNpqParticipantOutcome(
  world: NpqWorld,
  leadProviderId: string,
  userId: string,
  courseIdentifier: string,
): NpqOutcome | undefined {
  return npqLookup(world, "outcomesByLeadProvider", leadProviderId)
    .filter((outcome) => outcome.userId === userId && outcome.courseIdentifier === courseIdentifier)
    .at(-1);
}

/** The declaration's `has_passed`: true passed, false failed, null voided or none. */
export function npqHasPassed(world: NpqWorld, declaration: NpqDeclaration): boolean | null {
  const latest = latestNpqOutcomeOf(world, declaration.id);
  return latest === undefined || latest.state === "voided" ? null : latest.state === "passed";
}
