import { type Declaration, isBillableOrChangeable } from "../model/declaration.ts";
import { type DeclarationType, declarationTypeRank } from "../reference/declaration-types.ts";
import type { Instant } from "../time/instant.ts";

/** Cohorts from this year on enforce the declaration sequence instead of milestone windows. */
export const SEQUENCE_RULE_FROM_COHORT = 2025;

/**
 * Declaration rule 20: a declaration may not be dated before any live declaration of an earlier type, nor after any
 * live declaration of a later type (started, retained-1..4, completed, extended-1..3; equal dates are fine).
 */
export function isInSequence(existing: readonly Declaration[], type: DeclarationType, date: Instant): boolean {
  const rank = declarationTypeRank(type);
  return existing.filter(isBillableOrChangeable).every((other) => {
    const otherRank = declarationTypeRank(other.declarationType);
    if (otherRank < rank) {
      return date >= other.declarationDate;
    }
    if (otherRank > rank) {
      return date <= other.declarationDate;
    }
    return true;
  });
}
