import type { NpqCourseIdentifier } from "../../npq/reference/courses.ts";
import { NPQ_DECLARATION_TYPES } from "../../npq/reference/schedules.ts";
import { fail, type Outcome, ok } from "../../result.ts";
import type { StatementInputError } from "../input/field-reader.ts";
import type { AdjustmentInput, NpqCourseFeeStructureInput, NpqStatementCalculationInput } from "../statement-input.ts";
import type { NpqStatementCounts } from "./statement-counts.ts";

const noDeclarations = Object.fromEntries(
  NPQ_DECLARATION_TYPES.map((type) => [type, { billable: 0, refundable: 0, voided: 0 }]),
);

/** One course contract on an NPQ statement: its course and terms (the group's template filling what is left out). */
export interface NpqCourseContract {
  course: NpqCourseIdentifier;
  terms: NpqCourseFeeStructureInput["terms"];
}

export interface NpqStatementInputOptions {
  /** The cohort's start year. */
  cohort: number;
  /** The statement's year and month, such as "2025-10". */
  statementMonth: string;
  /** The statement's contracts, one per course. */
  contracts: readonly NpqCourseContract[];
  /** From `countNpqStatementDeclarations`. */
  counts: NpqStatementCounts;
  adjustments?: readonly AdjustmentInput[];
}

/**
 * The `calculateStatement` input for an NPQ statement: one `npq-course` fee structure per contract, with the counts
 * of its course (all zero when it has none). Counts for a course the statement has no contract for are refused: the
 * service pays nothing for them, so they point at the wrong contracts or the wrong statement.
 */
export function npqStatementInput(
  options: NpqStatementInputOptions,
): Outcome<NpqStatementCalculationInput, StatementInputError[]> {
  const contracted = new Set<string>(options.contracts.map((contract) => contract.course));
  const uncontracted = Object.keys(options.counts).filter((course) => !contracted.has(course));
  if (uncontracted.length > 0) {
    return fail(
      uncontracted.map((course) => ({
        title: "counts",
        detail: `counts has declarations for ${course}, but the statement has no contract for that course`,
      })),
    );
  }
  return ok({
    cohort: options.cohort,
    statementMonth: options.statementMonth,
    feeStructures: options.contracts.map((contract): NpqCourseFeeStructureInput => {
      const counts = options.counts[contract.course];
      return {
        model: "npq-course",
        course: contract.course,
        terms: contract.terms,
        declarations: counts?.declarations ?? noDeclarations,
        targetedDeliveryFunding: counts?.targetedDeliveryFunding ?? { billable: 0, refundable: 0 },
      };
    }),
    adjustments: [...(options.adjustments ?? [])],
  });
}
