import type { NpqDeclarationState } from "../../npq/model/declaration.ts";
import type { NpqCourseIdentifier } from "../../npq/reference/courses.ts";
import type { NpqDeclarationType } from "../../npq/reference/schedules.ts";

/**
 * An NPQ declaration as statements see it: the API's declaration attributes in camelCase (`participant_id`,
 * `course_identifier`, `state`, `statement_id`, ...) plus one fact from its application, so that a store's records
 * and declarations read from the API can both be counted.
 */
export interface NpqStatementDeclarationRow {
  id: string;
  /** The person: counting is of distinct (participant, declaration type) pairs per course. */
  participantId: string;
  /** The application's course: the contract the declaration is paid under. */
  courseIdentifier: NpqCourseIdentifier;
  declarationType: NpqDeclarationType;
  /** RFC 3339 in UTC, as the API renders it. */
  declarationDate: string;
  state: NpqDeclarationState;
  /** The statement that pays it; keep it on voided declarations so that statements can count them. */
  statementId: string | null;
  /** The statement a paid declaration is clawed back on. */
  clawbackStatementId: string | null;
  /**
   * The application is eligible for funding and for targeted delivery funding (the API's application attributes
   * `eligible_for_funding` and `targeted_delivery_funding_eligibility` both true).
   */
  targetedDeliveryFunding: boolean;
}

/**
 * Billable on its payment statement: eligible, payable or paid; a paid declaration later clawed back keeps its paid
 * item on the statement that paid it, so it still counts there.
 */
export function isNpqBillableState(state: NpqDeclarationState): boolean {
  return (
    state === "eligible" ||
    state === "payable" ||
    state === "paid" ||
    state === "awaiting-clawback" ||
    state === "clawed-back"
  );
}

/** Refundable on its clawback statement: awaiting clawback or clawed back. */
export function isNpqRefundableState(state: NpqDeclarationState): boolean {
  return state === "awaiting-clawback" || state === "clawed-back";
}
