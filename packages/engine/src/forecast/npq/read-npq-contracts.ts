import { parseNpqCohortIdentifier } from "../../npq/reference/cohorts.ts";
import { isNpqCourseIdentifier, NPQ_COURSE_IDENTIFIERS } from "../../npq/reference/courses.ts";
import { type FieldReader, field, fieldPath } from "../../payments/input/field-reader.ts";
import { readNpqCourseTerms } from "../../payments/npq/read-course-fee-structure.ts";
import type { NpqCohortTerms } from "../forecast-contract.ts";

const contractKeys = ["cohort", "courses"] as const;
/** Enough for every NPQ cohort, many times over. */
const maximumContracts = 100;

/**
 * The contract terms file's `npqContracts` (see `NpqForecastCohortContract`), by cohort identifier: each course's
 * terms validated by the calculator's own rules (payment rules §6.1), a cohort given once, at least one course each.
 */
export function readNpqContracts(reader: FieldReader, value: unknown): Map<string, NpqCohortTerms> | undefined {
  const byCohort = new Map<string, NpqCohortTerms>();
  if (value === undefined) {
    return byCohort;
  }
  const values = reader.array(value, "npqContracts", { minimum: 1, maximum: maximumContracts });
  if (!values) {
    return undefined;
  }
  for (const [index, contract] of values.entries()) {
    const path = fieldPath("npqContracts", index);
    const record = reader.object(contract, path, contractKeys);
    if (!record) {
      continue;
    }
    const cohortValue = field(record, "cohort");
    const cohort = typeof cohortValue === "string" ? parseNpqCohortIdentifier(cohortValue) : undefined;
    if (cohort === undefined) {
      reader.expected(cohortValue, fieldPath(path, "cohort"), 'must be a cohort such as "2025a" (or "2025" for 2025a)');
    }
    const courses = readCourses(reader, field(record, "courses"), fieldPath(path, "courses"));
    if (cohort === undefined || courses === undefined) {
      continue;
    }
    const identifier = `${cohort.startYear}${cohort.suffix}`;
    if (byCohort.has(identifier)) {
      reader.report(fieldPath(path, "cohort"), `repeats the ${identifier} cohort: give each cohort's terms once`);
      continue;
    }
    byCohort.set(identifier, { cohort: identifier, startYear: cohort.startYear, courses });
  }
  return byCohort;
}

function readCourses(reader: FieldReader, value: unknown, path: string): NpqCohortTerms["courses"] | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value) || Object.keys(value).length === 0) {
    reader.expected(value, path, 'must be an object of terms by course identifier, such as { "npq-headship": {...} }');
    return undefined;
  }
  let valid = true;
  for (const course of Object.keys(value)) {
    if (!isNpqCourseIdentifier(course)) {
      reader.report(
        fieldPath(path, course),
        `is not an NPQ course: use one of ${NPQ_COURSE_IDENTIFIERS.map((id) => `"${id}"`).join(", ")}`,
      );
      valid = false;
    }
  }
  const courses: {
    course: (typeof NPQ_COURSE_IDENTIFIERS)[number];
    terms: NonNullable<ReturnType<typeof readNpqCourseTerms>>;
  }[] = [];
  // In the service's course order, as a statement lists its contracts.
  for (const course of NPQ_COURSE_IDENTIFIERS) {
    if (!Object.hasOwn(value, course)) {
      continue;
    }
    const terms = readNpqCourseTerms(
      reader,
      (value as Record<string, unknown>)[course],
      fieldPath(path, course),
      course,
    );
    if (terms === undefined) {
      valid = false;
    } else {
      courses.push({ course, terms });
    }
  }
  return valid ? courses : undefined;
}
