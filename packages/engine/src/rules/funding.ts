import type { Teacher } from "../model/teacher.ts";
import type { Role } from "../reference/courses.ts";

/**
 * Whether new declarations of this role become `eligible` (ECF rules §4.3): only the first-eligible date counts, not
 * a later ineligibility (see ECF rules §Q7).
 */
export function isRoleEligibleForFunding(teacher: Teacher, role: Role): boolean {
  return teacher.funding[role].firstBecameEligibleAt !== null;
}
