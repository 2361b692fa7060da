/**
 * What the declarations and outcomes ask of a declaration's outcome rows (NPQ rules §2.3, §6): the latest one is the
 * declaration's result.
 */
import type { NpqDeclaration } from "../model/declaration.ts";
import type { NpqOutcome } from "../model/outcome.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";

export function latestNpqOutcomeOf(world: NpqWorld, declarationId: string): NpqOutcome | undefined {
  return npqLookup(world, "outcomesByDeclaration", declarationId).at(-1);
}

/** The declaration's `has_passed`: true passed, false failed, null voided or none. */
export function npqHasPassed(world: NpqWorld, declaration: NpqDeclaration): boolean | null {
  const latest = latestNpqOutcomeOf(world, declaration.id);
  return latest === undefined || latest.state === "voided" ? null : latest.state === "passed";
}
