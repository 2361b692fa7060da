// Statements' money: contract terms, banding, fees, VAT, the breakdown and the declarations CSV.
// Independent of the engine's store: the input is counts and contract terms (or plain declaration rows).

export { calculateStatement } from "./calculate-statement.ts";
export { type CsvField, csvDocument, csvField, csvRecord } from "./csv.ts";
export type {
  BandedFeeTerms,
  BandTerms,
  ContractTerms,
  MentorFlatRateTerms,
} from "./ecf/contract-terms.ts";
export {
  firstCohortWithMentorFlatRate,
  lastCohortWithUpliftFees,
} from "./ecf/contract-terms.ts";
export {
  type CountStatementDeclarationsOptions,
  countStatementDeclarations,
  previousStatementIds,
} from "./ecf/count-statement-declarations.ts";
export {
  type EcfPaymentDeclarationType,
  ecfPaymentDeclarationTypes,
  type MentorFlatRateDeclarationType,
  mentorFlatRateDeclarationTypes,
} from "./ecf/declaration-types.ts";
export { type ContractTermsOptions, defaultContractTerms } from "./ecf/default-contract-terms.ts";
export { ecfStatementInput } from "./ecf/ecf-statement-input.ts";
export { readContractTerms } from "./ecf/read-contract-terms.ts";
export { numberOfServiceFeePayments } from "./ecf/service-fee.ts";
export type {
  BandedDeclarationCounts,
  FlatRateDeclarationCounts,
  StatementCounts,
  UpliftCounts,
} from "./ecf/statement-counts.ts";
export type { PaymentDeclarationState, StatementDeclarationRow } from "./ecf/statement-declaration-row.ts";
export {
  type CountedAs,
  type StatementDeclarationsCsvOptions,
  statementDeclarationsCsv,
  statementDeclarationsCsvHeader,
} from "./ecf/statement-declarations-csv.ts";
export type { StatementInputError } from "./input/field-reader.ts";
export { displayPounds, type PoundsString } from "./money.ts";
export { renderStatementBreakdown } from "./render-statement-breakdown.ts";
export type {
  BandedDeclarationRow,
  BandedDeclarationTypeCalculation,
  BandSummary,
  EcfBandedCalculation,
  EcfMentorFlatRateCalculation,
  FeeStructureCalculation,
  FlatRateDeclarationTypeCalculation,
  ServiceFeeCalculation,
  StatementCalculation,
  StatementCalculationOutcome,
  StatementTotals,
  UpliftCalculation,
} from "./statement-calculation.ts";
export type {
  AdjustmentInput,
  EcfBandedFeeStructureInput,
  EcfMentorFlatRateFeeStructureInput,
  FeeStructureInput,
  FeeStructureModel,
  StatementCalculationInput,
} from "./statement-input.ts";
export { defaultVatRate, type VatTerms } from "./vat.ts";
