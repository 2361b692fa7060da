/**
 * Which declaration types a cohort takes for a role (declaration rule 12, ECF rules §3.2): mentors in cohorts with
 * mentor funding (2025 on) are paid a flat rate for `started` and `completed` only, so any other type, blank or
 * unknown included, is refused for them. Every other role and cohort takes all nine.
 */
import type { Cohort } from "../model/cohort.ts";
import type { Role } from "../reference/courses.ts";

export function acceptsDeclarationType(cohort: Cohort, role: Role, declarationType: string | null): boolean {
  return (
    role !== "mentor" ||
    !cohort.mentorFundingEnabled ||
    declarationType === "started" ||
    declarationType === "completed"
  );
}
