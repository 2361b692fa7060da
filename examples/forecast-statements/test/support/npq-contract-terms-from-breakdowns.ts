import type {
  AdjustmentInput,
  ForecastContractFile,
  NpqForecastCohortContract,
  NpqStatementCalculation,
} from "@lpkit/engine";

/** An NPQ statement as DfE finance shows it: its cohort identifier ("2025a"), its adjustments and its money. */
export interface NpqBreakdown {
  statementId: string;
  cohort: string;
  feeType: string;
  adjustments: readonly AdjustmentInput[];
  calculation: NpqStatementCalculation;
}

/**
 * The `npqContracts` a lead provider would write from the NPQ contracts it signed, for the sandbox's seeded ones:
 * read back from DfE finance's view of one statement per cohort (each course's breakdown shows every term). Only
 * the terms (and each output statement's adjustments, which a finance team copies from DfE's statement page) come
 * from here; the forecast's statements, declarations and applications come from the NPQ API alone.
 */
export function npqContractTermsFromBreakdowns(breakdowns: readonly NpqBreakdown[]): ForecastContractFile {
  const byCohort = new Map<string, NpqForecastCohortContract>();
  const adjustments: Record<string, AdjustmentInput[]> = {};
  for (const breakdown of breakdowns) {
    if (!byCohort.has(breakdown.cohort)) {
      byCohort.set(breakdown.cohort, { cohort: breakdown.cohort, courses: coursesOf(breakdown.calculation) });
    }
    if (breakdown.feeType === "output") {
      adjustments[breakdown.statementId] = breakdown.adjustments.map(({ description, amount }) => ({
        description,
        amount,
      }));
    }
  }
  return { npqContracts: [...byCohort.values()], adjustments };
}

function coursesOf(calculation: NpqStatementCalculation): NpqForecastCohortContract["courses"] {
  const courses: NpqForecastCohortContract["courses"] = {};
  for (const fees of calculation.feeStructures) {
    const { serviceFee } = fees;
    courses[fees.course] = {
      recruitmentTarget: fees.recruitmentTarget,
      feePerParticipant: fees.feePerParticipant,
      numberOfPaymentPeriods: fees.numberOfPaymentPeriods,
      outputPaymentPercentage: fees.outputPaymentPercentage,
      serviceFeePercentage: serviceFee.serviceFeePercentage,
      serviceFeeInstallments: serviceFee.serviceFeeInstallments,
      monthlyServiceFee: serviceFee.basis === "monthly-service-fee" ? serviceFee.monthly : null,
      specialCourse: fees.specialCourse,
      targetedDeliveryFundingPerParticipant: fees.targetedDeliveryFunding.perParticipant,
    };
  }
  return courses;
}
