import { type Outcome, ok } from "../result.ts";
import { type BandedFees, calculateBandedFees } from "./ecf/banded-fees.ts";
import { calculateMentorFlatRateFees, type MentorFlatRateFees } from "./ecf/mentor-flat-rate-fees.ts";
import { presentBandedFees } from "./ecf/present-banded-fees.ts";
import { presentMentorFlatRateFees } from "./ecf/present-mentor-flat-rate-fees.ts";
import { add, decimal, negate, sum } from "./fraction.ts";
import type { StatementInputError } from "./input/field-reader.ts";
import {
  readStatementInput,
  type ValidEcfStatementInput,
  type ValidFeeStructure,
} from "./input/read-statement-input.ts";
import { formatAmount, formatRatio } from "./money.ts";
import { calculateNpqStatement } from "./npq/calculate-npq-statement.ts";
import type {
  NpqStatementCalculation,
  StatementCalculation,
  StatementCalculationOutcome,
} from "./statement-calculation.ts";
import type { NpqStatementCalculationInput, StatementCalculationInput } from "./statement-input.ts";
import { applicableVatRate, vatOn } from "./vat.ts";

/**
 * Calculates a statement from contract terms and counts: JSON in, JSON out.
 *
 * The input is validated first (see `StatementCalculationInput`); bad input gives `{ ok: false, failure }` with
 * one `{ title, detail }` per problem in `failure`, never an exception. Valid input gives `{ ok: true, value }`, the
 * statement's breakdown (see `StatementCalculation`).
 *
 *     banded subtotal    = output payments - output clawbacks + uplift fees - uplift clawbacks + service fee
 *     flat-rate subtotal = mentor output payments - mentor clawbacks
 *     subtotal           = the fee structures' subtotals + adjustments
 *     VAT                = subtotal x the contract's VAT rate, if the lead provider is VAT-registered
 *     total              = subtotal + VAT
 *
 * An NPQ statement (fee structures of model `npq-course`, see `NpqStatementCalculationInput`) is calculated per
 * course contract instead, with no VAT (see `NpqStatementCalculation`):
 *
 *     course total = monthly service fee + output payments - clawbacks
 *                    + targeted delivery funding - its refunds
 *     total        = the courses' totals, special courses left out, + adjustments (net of VAT)
 *
 * Everything is exact until it is shown: each figure is rounded half-up to the penny on its own.
 */
export function calculateStatement(
  input: StatementCalculationInput,
): Outcome<StatementCalculation, StatementInputError[]>;
export function calculateStatement(
  input: NpqStatementCalculationInput,
): Outcome<NpqStatementCalculation, StatementInputError[]>;
export function calculateStatement(input: unknown): StatementCalculationOutcome;
export function calculateStatement(input: unknown): StatementCalculationOutcome {
  const read = readStatementInput(input);
  if (!read.ok) {
    return read;
  }
  return ok(read.value.programme === "npq" ? calculateNpqStatement(read.value) : calculateValidStatement(read.value));
}

type FeeStructureFees = BandedFees | MentorFlatRateFees;

function calculateFeeStructure(structure: ValidFeeStructure): FeeStructureFees {
  switch (structure.model) {
    case "ecf-banded":
      return calculateBandedFees(structure.terms, structure.declarations, structure.uplifts);
    case "ecf-mentor-flat-rate":
      return calculateMentorFlatRateFees(structure.terms, structure.declarations);
  }
}

function presentFeeStructure(fees: FeeStructureFees): StatementCalculation["feeStructures"][number] {
  switch (fees.model) {
    case "ecf-banded":
      return presentBandedFees(fees);
    case "ecf-mentor-flat-rate":
      return presentMentorFlatRateFees(fees);
  }
}

function calculateValidStatement(input: ValidEcfStatementInput): StatementCalculation {
  const structures = input.feeStructures.map(calculateFeeStructure);
  const banded = structures.filter((fees): fees is BandedFees => fees.model === "ecf-banded");
  const adjustments = sum(input.adjustments.map((adjustment) => decimal(adjustment.amount)));
  const subtotal = add(sum(structures.map((fees) => fees.subtotal)), adjustments);
  const vat = vatOn(subtotal, input.vat);
  return {
    cohort: input.cohort,
    feeStructures: structures.map(presentFeeStructure),
    adjustments: input.adjustments.map((adjustment) => ({
      description: adjustment.description,
      amount: formatAmount(decimal(adjustment.amount)),
    })),
    vat: {
      registered: input.vat.registered,
      rate: formatRatio(decimal(input.vat.rate)),
      applicableRate: formatRatio(applicableVatRate(input.vat)),
    },
    totals: {
      outputPayment: formatAmount(sum(structures.map((fees) => fees.outputPayment))),
      upliftFees: formatAmount(sum(banded.map((fees) => fees.upliftFees))),
      serviceFee: formatAmount(sum(banded.map((fees) => fees.serviceFee.monthly))),
      clawbacks: formatAmount(negate(sum(structures.map((fees) => fees.clawbacks)))),
      adjustments: formatAmount(adjustments),
      subtotal: formatAmount(subtotal),
      vat: formatAmount(vat),
      total: formatAmount(add(subtotal, vat)),
    },
  };
}
