import type { Outcome } from "../result.ts";
import type { EcfPaymentDeclarationType, MentorFlatRateDeclarationType } from "./ecf/declaration-types.ts";
import type { StatementInputError } from "./input/field-reader.ts";
import type { PoundsString } from "./money.ts";

/**
 * The output of `calculateStatement`: a statement's breakdown as JSON. Every amount is a pounds string rounded
 * half-up to the penny from the exact figure ("1234.57", "-150.00"), the way the service shows it; so shown rows
 * need not add up to the shown total to the penny, and the total is the correct one. Clawbacks are negative.
 */
export interface StatementCalculation {
  cohort: number;
  feeStructures: FeeStructureCalculation[];
  adjustments: { description: string; amount: PoundsString }[];
  vat: {
    registered: boolean;
    /** The contract's rate, such as "0.20". */
    rate: string;
    /** The rate charged: the contract's rate for a VAT-registered provider, else "0.00". */
    applicableRate: string;
  };
  totals: StatementTotals;
}

/** The statement overview, as a contract manager reads it. */
export interface StatementTotals {
  /** Output payments of every fee structure (ECTs and mentors). */
  outputPayment: PoundsString;
  upliftFees: PoundsString;
  serviceFee: PoundsString;
  /** Output and uplift clawbacks: zero or negative. */
  clawbacks: PoundsString;
  adjustments: PoundsString;
  /** Net of VAT. */
  subtotal: PoundsString;
  vat: PoundsString;
  total: PoundsString;
}

export type FeeStructureCalculation = EcfBandedCalculation | EcfMentorFlatRateCalculation;

export interface EcfBandedCalculation {
  model: "ecf-banded";
  bands: BandSummary[];
  /** One entry per declaration type given in the input, in milestone order. */
  declarations: BandedDeclarationTypeCalculation[];
  uplift: UpliftCalculation;
  serviceFee: ServiceFeeCalculation;
  totals: {
    outputPayment: PoundsString;
    upliftFees: PoundsString;
    serviceFee: PoundsString;
    clawbacks: PoundsString;
    subtotal: PoundsString;
  };
}

export interface BandSummary {
  /** "A", "B", ... in allocation order. */
  band: string;
  /** The band's first and last participant numbers: band A is 1 to its capacity. */
  from: number;
  to: number;
  capacity: number;
  feePerDeclaration: PoundsString;
  outputFeeRatio: string;
  serviceFeeRatio: string;
}

export interface BandedDeclarationTypeCalculation {
  declarationType: EcfPaymentDeclarationType;
  /** The type's share of a band's output payment, such as "0.20". */
  proportion: string;
  bands: BandedDeclarationRow[];
  /** Earlier billable declarations that found no band: they were not paid either. */
  previousBillableBeyondCapacity: number;
  /** Earlier refunds that found nothing to drain. */
  previousRefundableUnmatched: number;
  /** This statement's billable declarations beyond the last band's capacity: not paid. */
  billableBeyondCapacity: number;
  /** This statement's refunds that found nothing to drain: nothing is taken back for them. */
  refundableUnmatched: number;
  voided: number;
  outputPayment: PoundsString;
  clawbacks: PoundsString;
}

/** One declaration type in one band. */
export interface BandedDeclarationRow {
  band: string;
  /** How many earlier billable declarations of this type the band holds. */
  previousBillable: number;
  /** How many earlier refunds were taken from this band. */
  previousRefundable: number;
  /** This statement's billable declarations paid at this band's unit fee. */
  billable: number;
  /** This statement's refunds taken from this band, at its unit fee. */
  refundable: number;
  /** proportion x output ratio x price. */
  unitFee: PoundsString;
  outputPayment: PoundsString;
  clawbacks: PoundsString;
}

export interface UpliftCalculation {
  /** Null when the contract has no uplift fee. */
  feePerDeclaration: PoundsString | null;
  billable: number;
  refundable: number;
  upliftFees: PoundsString;
  clawbacks: PoundsString;
}

export type ServiceFeeCalculation =
  | {
      /** The contract states the monthly service fee. */
      basis: "monthly-service-fee";
      monthly: PoundsString;
    }
  | {
      /** Calculated from the recruitment target. */
      basis: "recruitment-target";
      monthly: PoundsString;
      recruitmentTarget: number;
      /** The recruitment target counted into the bands, and participants x price x service ratio. */
      bands: { band: string; participants: number; amount: PoundsString }[];
      setupFee: PoundsString;
      /** min(target, band A capacity) x set-up fee / band A capacity, taken off before dividing. */
      setupFeeDeduction: PoundsString;
      numberOfPayments: number;
    };

export interface EcfMentorFlatRateCalculation {
  model: "ecf-mentor-flat-rate";
  feePerDeclaration: PoundsString;
  recruitmentTarget: number;
  declarations: FlatRateDeclarationTypeCalculation[];
  totals: {
    outputPayment: PoundsString;
    clawbacks: PoundsString;
    subtotal: PoundsString;
  };
}

export interface FlatRateDeclarationTypeCalculation {
  declarationType: MentorFlatRateDeclarationType;
  /** "0.50". */
  proportion: string;
  unitFee: PoundsString;
  billable: number;
  refundable: number;
  voided: number;
  outputPayment: PoundsString;
  clawbacks: PoundsString;
}

/** `calculateStatement`'s answer: the breakdown, or every problem found in the input. */
export type StatementCalculationOutcome = Outcome<StatementCalculation, StatementInputError[]>;
