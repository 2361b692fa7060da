import type { Teacher } from "../model/teacher.ts";
import type { Role } from "../reference/courses.ts";

/**
 * Whether new declarations of this role become `eligible` (catalogue 4.3): only the first-eligible date counts, not
 * a later ineligibility (see catalogue open question 7).
 */
export function isRoleEligibleForFunding(teacher: Teacher, role: Role): boolean {
  return teacher.funding[role].firstBecameEligibleAt !== null;
}
