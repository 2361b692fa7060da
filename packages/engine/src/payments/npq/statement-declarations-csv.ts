import { type CsvField, csvDocument } from "../csv.ts";
import { add, decimal, type Fraction, negate, zero } from "../fraction.ts";
import { formatAmount } from "../money.ts";
import type { NpqCourseCalculation, NpqStatementCalculation } from "../statement-calculation.ts";
import { PairCounter, type PairKind } from "./pair-counter.ts";
import {
  isNpqBillableState,
  isNpqRefundableState,
  type NpqStatementDeclarationRow,
} from "./statement-declaration-row.ts";

export interface NpqStatementDeclarationsCsvOptions {
  /** The statement the calculation is for. */
  statementId: string;
  /** The declarations the calculation was counted from; rows on other statements are left out of the CSV. */
  rows: Iterable<NpqStatementDeclarationRow>;
  calculation: NpqStatementCalculation;
}

/** How an NPQ declaration counts on the statement. */
export type NpqCountedAs =
  | "output"
  | "output-duplicate"
  | "clawback"
  | "clawback-duplicate"
  | "no-contract"
  | "voided"
  | "none";

export const npqStatementDeclarationsCsvHeader = [
  "declaration_id",
  "participant_id",
  "course_identifier",
  "declaration_type",
  "declaration_date",
  "state",
  "statement_id",
  "clawback_statement_id",
  "special_course",
  "targeted_delivery_funding",
  "counted_as",
  "output_amount",
  "targeted_delivery_funding_amount",
  "amount",
] as const;

interface Entry {
  row: NpqStatementDeclarationRow;
  countedAs: NpqCountedAs[];
  output: Fraction;
  funding: Fraction;
}

/**
 * The declarations of one NPQ statement as CSV (RFC 4180), one row per declaration paid, clawed back or voided on it,
 * with the amount each contributes (payment rules §6.2).
 *
 * The service pays distinct (person, declaration type) pairs per course: of several declarations of one pair, the
 * earliest (by declaration date, then id) carries the payment and the others are `output-duplicate` (or
 * `clawback-duplicate`) at £0.00. Targeted delivery funding goes with the paid `started` declaration of an eligible
 * application, while the statement pays it. Special courses' rows carry their amounts and `special_course` true: they
 * are paid apart from the statement's total. See docs/decisions/payments-npq.md.
 */
export function npqStatementDeclarationsCsv(options: NpqStatementDeclarationsCsvOptions): string {
  const { statementId, calculation } = options;
  const courses = new Map<string, NpqCourseCalculation>(
    calculation.feeStructures.map((course) => [course.course, course]),
  );
  const entries: Entry[] = [];
  for (const row of options.rows) {
    if (row.statementId === statementId || row.clawbackStatementId === statementId) {
      entries.push({ row, countedAs: [], output: zero, funding: zero });
    }
  }
  entries.sort((a, b) => compareText(a.row.declarationDate, b.row.declarationDate) || compareText(a.row.id, b.row.id));
  const amounts = new Map<NpqCourseCalculation, CourseAmounts>();
  for (const course of courses.values()) {
    const funding = course.targetedDeliveryFunding;
    const unit = decimal(course.outputPaymentPerParticipant);
    const perStart = funding.applies ? decimal(funding.perParticipant) : null;
    amounts.set(course, {
      unit,
      refund: negate(unit),
      funding: perStart,
      fundingRefund: perStart && negate(perStart),
    });
  }
  const pairs = new PairCounter();
  const first = (kind: PairKind, row: NpqStatementDeclarationRow): boolean =>
    pairs.first(kind, row.courseIdentifier, row.declarationType, row.participantId);
  for (const entry of entries) {
    const { row } = entry;
    const course = courses.get(row.courseIdentifier);
    const amount = course ? amounts.get(course) : undefined;
    const fundedStart = row.targetedDeliveryFunding && row.declarationType === "started";
    if (row.statementId === statementId && isNpqBillableState(row.state)) {
      if (!amount) {
        entry.countedAs.push("no-contract");
      } else if (first("billable", row)) {
        entry.countedAs.push("output");
        entry.output = plus(entry.output, amount.unit);
        if (fundedStart && amount.funding && first("funded-billable", row)) {
          entry.funding = plus(entry.funding, amount.funding);
        }
      } else {
        entry.countedAs.push("output-duplicate");
      }
    }
    if (row.clawbackStatementId === statementId && isNpqRefundableState(row.state)) {
      if (!amount) {
        entry.countedAs.push("no-contract");
      } else if (first("refundable", row)) {
        entry.countedAs.push("clawback");
        entry.output = plus(entry.output, amount.refund);
        if (fundedStart && amount.fundingRefund && first("funded-refundable", row)) {
          entry.funding = plus(entry.funding, amount.fundingRefund);
        }
      } else {
        entry.countedAs.push("clawback-duplicate");
      }
    }
    if (row.statementId === statementId && row.state === "voided") {
      entry.countedAs.push("voided");
    }
  }
  const format = formatter();
  return csvDocument(
    npqStatementDeclarationsCsvHeader,
    entries.map(({ row, countedAs, output, funding }): CsvField[] => [
      row.id,
      row.participantId,
      row.courseIdentifier,
      row.declarationType,
      row.declarationDate,
      row.state,
      row.statementId,
      row.clawbackStatementId,
      courses.get(row.courseIdentifier)?.specialCourse ?? false,
      row.targetedDeliveryFunding,
      countedAs.length === 0 ? "none" : countedAs.join(";"),
      format(output),
      format(funding),
      format(output, funding),
    ]),
  );
}

interface CourseAmounts {
  unit: Fraction;
  refund: Fraction;
  /** Null while targeted delivery funding does not apply to the statement. */
  funding: Fraction | null;
  fundingRefund: Fraction | null;
}

/** Adds a contribution, keeping the shared amount itself when it is the first (so formatting can reuse it). */
function plus(total: Fraction, amount: Fraction): Fraction {
  return total === zero ? amount : add(total, amount);
}

/** Formats amounts once each: rows share a handful of them, so a large statement rounds only a few. */
function formatter(): (amount: Fraction, plus?: Fraction) => string {
  const formatted = new Map<Fraction, Map<Fraction, string>>();
  return (amount, other = zero) => {
    let sums = formatted.get(amount);
    if (!sums) {
      sums = new Map();
      formatted.set(amount, sums);
    }
    let text = sums.get(other);
    if (text === undefined) {
      text = formatAmount(add(amount, other));
      sums.set(other, text);
    }
    return text;
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
