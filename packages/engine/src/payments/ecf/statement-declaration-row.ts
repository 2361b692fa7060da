import type { EcfPaymentDeclarationType } from "./declaration-types.ts";

/** A declaration's state as the Lead Provider API shows it. */
export type PaymentDeclarationState =
  | "submitted"
  | "eligible"
  | "payable"
  | "paid"
  | "voided"
  | "awaiting-clawback"
  | "clawed-back";

/**
 * A declaration as statements see it: plain data a store maps its records to, so that the payments code needs
 * nothing else from the store.
 */
export interface StatementDeclarationRow {
  id: string;
  participantId: string;
  courseIdentifier: "ecf-induction" | "ecf-mentor";
  declarationType: EcfPaymentDeclarationType;
  /** RFC 3339 in UTC, as the API renders it: "2025-10-01T09:30:00Z". */
  declarationDate: string;
  state: PaymentDeclarationState;
  /**
   * The statement the declaration is paid on. Unlike the API (which shows null once a declaration is voided),
   * keep it on voided declarations so that statements can count them.
   */
  statementId: string | null;
  /** The statement a paid declaration is clawed back on, once voided. */
  clawbackStatementId: string | null;
  /** A started declaration carrying a sparsity or pupil premium uplift (2021 to 2024 cohorts). */
  uplift: boolean;
}

/**
 * Billable on its payment statement: eligible, payable or paid. A paid declaration that is later clawed back
 * stays paid underneath (the API shows its clawback state), so it still counts on the statement that paid it.
 */
export function isBillableState(state: PaymentDeclarationState): boolean {
  return state !== "submitted" && state !== "voided";
}

/** Refundable on its clawback statement: awaiting clawback or clawed back. */
export function isRefundableState(state: PaymentDeclarationState): boolean {
  return state === "awaiting-clawback" || state === "clawed-back";
}

/** Whether this row is paid under the mentor flat rate rather than the bands. */
export function isOnMentorFlatRate(row: StatementDeclarationRow, mentorsOnFlatRate: boolean): boolean {
  return mentorsOnFlatRate && row.courseIdentifier === "ecf-mentor";
}
