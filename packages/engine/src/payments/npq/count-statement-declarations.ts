import { NPQ_DECLARATION_TYPES } from "../../npq/reference/schedules.ts";
import { PairCounter, type PairKind } from "./pair-counter.ts";
import type { NpqCourseCounts, NpqStatementCounts } from "./statement-counts.ts";
import {
  isNpqBillableState,
  isNpqRefundableState,
  type NpqStatementDeclarationRow,
} from "./statement-declaration-row.ts";

/**
 * Turns an NPQ statement's declarations into the counts its money depends on, in one pass (payment rules §6.2). Rows
 * may hold any declarations: those neither paid, clawed back nor voided on this statement are skipped. NPQ has no
 * bands, so no earlier statement matters.
 *
 * The service counts distinct (person, declaration type) pairs per course: two billable `started` declarations of
 * one person on one course count once. Targeted delivery funding counts the people with a billable (or refundable)
 * `started` declaration whose application is eligible for it, whether or not it applies to the statement (the
 * calculator decides that).
 */
export function countNpqStatementDeclarations(
  rows: Iterable<NpqStatementDeclarationRow>,
  statementId: string,
): NpqStatementCounts {
  const courses = new Map<string, NpqCourseCounts>();
  const pairs = new PairCounter();
  const first = (kind: PairKind, row: NpqStatementDeclarationRow): boolean =>
    pairs.first(kind, row.courseIdentifier, row.declarationType, row.participantId);
  for (const row of rows) {
    const onStatement = row.statementId === statementId;
    const clawedBackHere = row.clawbackStatementId === statementId;
    if (!onStatement && !clawedBackHere) {
      continue;
    }
    const course = countsOf(courses, row.courseIdentifier);
    const typeCounts = course.declarations[row.declarationType];
    if (!typeCounts) {
      continue;
    }
    const fundedStart = row.targetedDeliveryFunding && row.declarationType === "started";
    if (onStatement && isNpqBillableState(row.state) && first("billable", row)) {
      typeCounts.billable += 1;
    }
    if (onStatement && fundedStart && isNpqBillableState(row.state) && first("funded-billable", row)) {
      course.targetedDeliveryFunding.billable += 1;
    }
    if (clawedBackHere && isNpqRefundableState(row.state) && first("refundable", row)) {
      typeCounts.refundable += 1;
    }
    if (clawedBackHere && fundedStart && isNpqRefundableState(row.state) && first("funded-refundable", row)) {
      course.targetedDeliveryFunding.refundable += 1;
    }
    if (onStatement && row.state === "voided") {
      typeCounts.voided += 1;
    }
  }
  return Object.fromEntries(courses) as NpqStatementCounts;
}

function countsOf(courses: Map<string, NpqCourseCounts>, course: string): NpqCourseCounts {
  let counts = courses.get(course);
  if (!counts) {
    counts = {
      declarations: Object.fromEntries(
        NPQ_DECLARATION_TYPES.map((type) => [type, { billable: 0, refundable: 0, voided: 0 }]),
      ) as NpqCourseCounts["declarations"],
      targetedDeliveryFunding: { billable: 0, refundable: 0 },
    };
    courses.set(course, counts);
  }
  return counts;
}
