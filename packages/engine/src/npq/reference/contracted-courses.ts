/**
 * The courses DfE's seeds give a contract on every statement of a cohort (NPQ rules §8): all twelve, except
 * `npq-leading-primary-mathematics` before the 2023 cohort and `npq-senco` before 2024.
 */
import { NPQ_COURSE_IDENTIFIERS, type NpqCourseIdentifier } from "./courses.ts";

const CONTRACTED_FROM: Partial<Record<NpqCourseIdentifier, number>> = {
  "npq-leading-primary-mathematics": 2023,
  "npq-senco": 2024,
};

export function npqContractedCourses(startYear: number): readonly NpqCourseIdentifier[] {
  return NPQ_COURSE_IDENTIFIERS.filter((course) => startYear >= (CONTRACTED_FROM[course] ?? 0));
}
