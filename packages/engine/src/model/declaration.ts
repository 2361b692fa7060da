import type { Role } from "../reference/courses.ts";
import type { DeclarationType } from "../reference/declaration-types.ts";
import type { EvidenceType } from "../reference/evidence.ts";
import type { Instant } from "../time/instant.ts";
import type { StoredRecord } from "./record.ts";

export const PAYMENT_STATUSES = ["no_payment", "eligible", "payable", "paid", "voided"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const CLAWBACK_STATUSES = ["no_clawback", "awaiting_clawback", "clawed_back"] as const;
export type ClawbackStatus = (typeof CLAWBACK_STATUSES)[number];

/** The single `state` the API shows, derived from the two status fields. */
export const DECLARATION_STATES = [
  "submitted",
  "eligible",
  "payable",
  "paid",
  "voided",
  "awaiting-clawback",
  "clawed-back",
] as const;
export type DeclarationState = (typeof DECLARATION_STATES)[number];

export interface DeclarationStatuses {
  readonly paymentStatus: PaymentStatus;
  readonly clawbackStatus: ClawbackStatus;
}

/**
 * The stored statuses behind each API state: what a state change writes. `declarationState` reads them back; a
 * clawback only ever follows payment, so both clawback states keep `paid`.
 */
export const DECLARATION_STATE_STATUSES: Readonly<Record<DeclarationState, DeclarationStatuses>> = {
  submitted: { paymentStatus: "no_payment", clawbackStatus: "no_clawback" },
  eligible: { paymentStatus: "eligible", clawbackStatus: "no_clawback" },
  payable: { paymentStatus: "payable", clawbackStatus: "no_clawback" },
  paid: { paymentStatus: "paid", clawbackStatus: "no_clawback" },
  voided: { paymentStatus: "voided", clawbackStatus: "no_clawback" },
  "awaiting-clawback": { paymentStatus: "paid", clawbackStatus: "awaiting_clawback" },
  "clawed-back": { paymentStatus: "paid", clawbackStatus: "clawed_back" },
};

/** A lead provider's claim that a participant reached a milestone (API resource `participant-declaration`). */
export interface Declaration extends StoredRecord {
  readonly teacherId: string;
  readonly role: Role;
  readonly trainingPeriodId: string;
  readonly leadProviderId: string;
  /** The training period's delivery partner when the declaration was created; never changes afterwards. */
  readonly deliveryPartnerId: string;
  readonly declarationType: DeclarationType;
  readonly declarationDate: Instant;
  readonly evidenceHeld: EvidenceType | null;
  /** ECT declarations: the mentor (teacher id) of the mentorship closest to the declaration date. */
  readonly mentorId: string | null;
  readonly paymentStatus: PaymentStatus;
  readonly clawbackStatus: ClawbackStatus;
  /** The statement paying it. Kept after voiding (the API then renders null). */
  readonly statementId: string | null;
  readonly clawbackStatementId: string | null;
  readonly pupilPremiumUplift: boolean;
  readonly sparsityUplift: boolean;
}

/** Clawback status wins when set; `no_payment` shows as `submitted`; underscores become dashes. */
export function declarationState(declaration: Pick<Declaration, "paymentStatus" | "clawbackStatus">): DeclarationState {
  if (declaration.clawbackStatus !== "no_clawback") {
    return declaration.clawbackStatus === "awaiting_clawback" ? "awaiting-clawback" : "clawed-back";
  }
  return declaration.paymentStatus === "no_payment" ? "submitted" : declaration.paymentStatus;
}

/** Counts towards a statement's payment: eligible, payable or paid. */
function isBillable(declaration: Pick<Declaration, "paymentStatus">): boolean {
  return (
    declaration.paymentStatus === "eligible" ||
    declaration.paymentStatus === "payable" ||
    declaration.paymentStatus === "paid"
  );
}

/**
 * Submitted, eligible, payable or paid with no clawback: "will be, or has been, paid". Such a declaration blocks a
 * duplicate of its type and counts for the sequence rule.
 */
export function isBillableOrChangeable(declaration: Pick<Declaration, "paymentStatus" | "clawbackStatus">): boolean {
  return (
    declaration.clawbackStatus === "no_clawback" &&
    (declaration.paymentStatus === "no_payment" || isBillable(declaration))
  );
}
