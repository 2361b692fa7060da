import type { AdjustmentInput, ContractTerms, ForecastContractFile, StatementCalculation } from "@lpkit/engine";

/**
 * The contract terms file a lead provider would write from the contracts it signed, for the sandbox's seeded
 * contracts: read back from DfE finance's view of one statement per cohort (the breakdown shows every term). Only
 * the terms come from here; the forecast's declarations and statements come from the Lead Provider API alone.
 *
 * `adjustments` lists each given statement with none, as the sandbox's statements have none: the finance team
 * would copy them from DfE's statement page.
 */
export function contractTermsFromBreakdowns(
  calculations: readonly StatementCalculation[],
  statementsWithoutAdjustments: readonly string[],
): ForecastContractFile {
  const byCohort = new Map<number, ContractTerms>();
  for (const calculation of calculations) {
    if (!byCohort.has(calculation.cohort)) {
      byCohort.set(calculation.cohort, termsOf(calculation));
    }
  }
  const adjustments: Record<string, AdjustmentInput[]> = {};
  for (const id of statementsWithoutAdjustments) {
    adjustments[id] = [];
  }
  return { contracts: [...byCohort.values()], adjustments };
}

function termsOf(calculation: StatementCalculation): ContractTerms {
  const banded = calculation.feeStructures.find((fees) => fees.model === "ecf-banded");
  const flatRate = calculation.feeStructures.find((fees) => fees.model === "ecf-mentor-flat-rate");
  if (banded === undefined) {
    throw new Error(`The ${calculation.cohort} cohort's breakdown has no banded fee structure`);
  }
  const { serviceFee } = banded;
  return {
    cohort: calculation.cohort,
    vat: { registered: calculation.vat.registered, rate: calculation.vat.rate },
    banded: {
      bands: banded.bands.map(({ capacity, feePerDeclaration, outputFeeRatio, serviceFeeRatio }) => ({
        capacity,
        feePerDeclaration,
        outputFeeRatio,
        serviceFeeRatio,
      })),
      // With a monthly service fee stated, the target sizes nothing: any whole number does.
      recruitmentTarget: serviceFee.basis === "recruitment-target" ? serviceFee.recruitmentTarget : 1,
      upliftFeePerDeclaration: banded.uplift.feePerDeclaration,
      setupFee: serviceFee.basis === "recruitment-target" ? serviceFee.setupFee : "0.00",
      monthlyServiceFee: serviceFee.basis === "monthly-service-fee" ? serviceFee.monthly : null,
    },
    mentorFlatRate:
      flatRate === undefined
        ? null
        : { feePerDeclaration: flatRate.feePerDeclaration, recruitmentTarget: flatRate.recruitmentTarget },
  };
}
