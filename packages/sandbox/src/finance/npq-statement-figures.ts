/**
 * An NPQ statement's figures as its page lays them out (finance dashboard §3), read from the engine's calculation of
 * that statement (`npqStatementPayments`, the same as `GET /__sandbox/statements/{id}/breakdown` for an NPQ id). Every
 * amount is one of the calculation's pounds strings, picked out, never added up here; the only sums are of
 * declaration counts (a course's users, the statement's received declarations).
 */
import type { NpqCourseCalculation, NpqStatementCalculation, PoundsString } from "@lpkit/engine";
import { declarationTypeLabel } from "./statement-figures.ts";

interface NpqPaymentRow {
  readonly label: string;
  /** Participants paid or refunded; undefined where the service shows none (the service fee). */
  readonly users?: number;
  readonly perParticipant: PoundsString;
  readonly total: PoundsString;
}

export interface NpqCourseFigures {
  readonly course: string;
  readonly rows: readonly NpqPaymentRow[];
  /** Each declaration type's billable participants, in milestone order. */
  readonly milestones: readonly { readonly label: string; readonly count: number }[];
  readonly totalDeclarations: number;
  readonly courseTotal: PoundsString;
}

export interface NpqStatementFigures {
  /** Declarations received on the statement per type, over the courses that are not special. */
  readonly received: readonly { readonly label: string; readonly count: number }[];
  /** Whether targeted delivery funding applies to any of the statement's courses (from 2022 cohorts, to October 2025). */
  readonly targetedDeliveryFunding: boolean;
  readonly courses: readonly NpqCourseFigures[];
  /** Special courses, paid apart from the statement's total. */
  readonly standalone: readonly NpqCourseFigures[];
}

const sum = (counts: readonly number[]) => counts.reduce((total, count) => total + count, 0);

/** `-£x` for a refund per participant, never `-0.00`. */
function refunded(amount: PoundsString): PoundsString {
  return /^0(\.0+)?$/.test(amount) ? amount : `-${amount}`;
}

function courseFigures(course: NpqCourseCalculation): NpqCourseFigures {
  const { declarations, totals, targetedDeliveryFunding: tdf } = course;
  const billable = sum(declarations.map((declaration) => declaration.billable));
  const rows: NpqPaymentRow[] = [
    {
      label: "Output payment",
      users: billable,
      perParticipant: course.outputPaymentPerParticipant,
      total: totals.outputPayment,
    },
    {
      label: "Clawbacks",
      users: sum(declarations.map((declaration) => declaration.refundable)),
      perParticipant: refunded(course.outputPaymentPerParticipant),
      total: totals.clawbacks,
    },
  ];
  if (tdf.applies) {
    rows.push(
      {
        label: "Targeted delivery funding",
        users: tdf.billable,
        perParticipant: tdf.perParticipant,
        total: totals.targetedDeliveryFunding,
      },
      {
        label: "Targeted delivery funding clawbacks",
        users: tdf.refundable,
        perParticipant: refunded(tdf.perParticipant),
        total: totals.targetedDeliveryFundingClawbacks,
      },
    );
  }
  rows.push({ label: "Service fee", perParticipant: course.serviceFee.perParticipant, total: totals.serviceFee });
  return {
    course: course.course,
    rows,
    milestones: declarations.map((declaration) => ({
      label: declarationTypeLabel(declaration.declarationType),
      count: declaration.billable,
    })),
    totalDeclarations: billable,
    courseTotal: totals.courseTotal,
  };
}

export function npqStatementFigures(calculation: NpqStatementCalculation): NpqStatementFigures {
  const paid = calculation.feeStructures.filter((course) => !course.specialCourse);
  const types = [...new Set(paid.flatMap((course) => course.declarations.map((row) => row.declarationType)))];
  return {
    received: types.map((type) => ({
      label: declarationTypeLabel(type),
      count: sum(
        paid
          .flatMap((course) => course.declarations.filter((row) => row.declarationType === type))
          .map((row) => row.billable),
      ),
    })),
    targetedDeliveryFunding: paid.some((course) => course.targetedDeliveryFunding.applies),
    courses: paid.map(courseFigures),
    standalone: calculation.feeStructures.filter((course) => course.specialCourse).map(courseFigures),
  };
}
