import type { Outcome } from "../../result.ts";
import type { StatementInputError } from "../input/field-reader.ts";
import { defaultVatRate, type VatTerms } from "../vat.ts";
import {
  type BandedFeeTerms,
  type ContractTerms,
  firstCohortWithMentorFlatRate,
  lastCohortWithUpliftFees,
  type MentorFlatRateTerms,
} from "./contract-terms.ts";
import { readContractTerms } from "./read-contract-terms.ts";

export interface ContractTermsOptions {
  cohort: number;
  /** Replaces parts of the default VAT terms (registered, 20%). */
  vat?: Partial<VatTerms>;
  /** Replaces parts of the default banded fee structure. */
  banded?: Partial<BandedFeeTerms>;
  /** Replaces parts of the default mentor flat rate; null for none. Left out: the cohort's default. */
  mentorFlatRate?: Partial<MentorFlatRateTerms> | null;
}

/**
 * Valid contract terms for a cohort, with the contract's shape and illustrative prices (real prices are
 * redacted from the published contracts):
 *
 * - bands A 1-2,000, B 2,001-4,000, C 4,001-6,000 at £1,000, £950 and £900 per participant, 60% output / 40% service;
 * - a recruitment target of 2,000, no set-up fee, the monthly service fee calculated from the target;
 * - a £100 uplift fee for the 2021 to 2024 cohorts, none from 2025;
 * - from the 2025 cohort, mentors on a £1,000 flat rate (before it they share the bands);
 * - VAT at 20%, VAT-registered.
 *
 * Any part can be replaced through the options; the result is validated with `readContractTerms`, so options that
 * make terms the calculator would refuse (or a cohort before 2021) give `{ ok: false, failure }` with every problem.
 */
export function defaultContractTerms(options: ContractTermsOptions): Outcome<ContractTerms, StatementInputError[]> {
  const { cohort } = options;
  const banded: BandedFeeTerms = {
    bands: [
      { capacity: 2000, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
      { capacity: 2000, feePerDeclaration: "950.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
      { capacity: 2000, feePerDeclaration: "900.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
    ],
    recruitmentTarget: 2000,
    upliftFeePerDeclaration: cohort <= lastCohortWithUpliftFees ? "100.00" : null,
    setupFee: "0.00",
    monthlyServiceFee: null,
    ...options.banded,
  };
  const defaultFlatRate: MentorFlatRateTerms | null =
    cohort >= firstCohortWithMentorFlatRate ? { feePerDeclaration: "1000.00", recruitmentTarget: 2000 } : null;
  const mentorFlatRate =
    options.mentorFlatRate === null
      ? null
      : options.mentorFlatRate === undefined
        ? defaultFlatRate
        : { feePerDeclaration: "1000.00", recruitmentTarget: 2000, ...options.mentorFlatRate };
  const terms: ContractTerms = {
    cohort,
    vat: { registered: true, rate: defaultVatRate, ...options.vat },
    banded,
    mentorFlatRate,
  };
  return readContractTerms(terms);
}
