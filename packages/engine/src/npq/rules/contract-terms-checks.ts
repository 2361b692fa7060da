import { readStatementInput } from "../../payments/input/read-statement-input.ts";
import type { NpqCourseTerms } from "../../payments/npq/contract-terms.ts";
import type { NpqCourseIdentifier } from "../reference/courses.ts";

/**
 * Whether the calculator can pay a contract on these terms (payment rules §6.1): the calculator's own reading of an
 * `npq-course` fee structure decides, so a stored contract never makes a statement fail to calculate. The problems as
 * the calculator words them (`terms.feePerParticipant must be more than zero`), with the course in front.
 */
export function npqCourseTermsProblems(course: NpqCourseIdentifier, terms: NpqCourseTerms): string[] {
  const read = readStatementInput({
    cohort: 2025,
    statementMonth: "2025-01",
    feeStructures: [{ model: "npq-course", course, terms, declarations: {} }],
  });
  return read.ok
    ? []
    : read.failure.map((problem) => `${course}: ${problem.detail.replace(/^feeStructures\[0\]\./, "")}`);
}
