import type { Instant } from "../../time/instant.ts";
import type { NpqCohortIdentifier } from "../reference/cohorts.ts";
import type { NpqCourseIdentifier } from "../reference/courses.ts";
import type { NpqDeclarationType } from "../reference/schedules.ts";

/** The API `state` of an NPQ declaration: the ECF states plus `ineligible` (a same-TRN duplicate, NPQ rules §5.3). */
export const NPQ_DECLARATION_STATES = [
  "submitted",
  "eligible",
  "payable",
  "paid",
  "voided",
  "ineligible",
  "awaiting-clawback",
  "clawed-back",
] as const;
export type NpqDeclarationState = (typeof NPQ_DECLARATION_STATES)[number];

/**
 * A lead provider's declaration on an application (NPQ rules §5). The service stores one state (unlike the ECF
 * service's two statuses), so the row holds the API's `state` and moves only through `npqDeclarationMachine`.
 */
export interface NpqDeclaration {
  readonly id: string;
  readonly applicationId: string;
  /** The application's person, kept for the same-TRN duplicate check (NPQ rules §5.3). */
  readonly userId: string;
  /** The lead provider that made it (it may differ from the application's after DfE moved the participant). */
  readonly leadProviderId: string;
  /** The application's course (an EHCO declaration on an ASO application is an ASO one). */
  readonly courseIdentifier: NpqCourseIdentifier;
  /** The cohort of the application's schedule when it was made (NPQ rules §5.2). */
  readonly cohortId: NpqCohortIdentifier;
  readonly declarationType: NpqDeclarationType;
  readonly declarationDate: Instant;
  readonly state: NpqDeclarationState;
  readonly deliveryPartnerId: string | null;
  readonly secondaryDeliveryPartnerId: string | null;
  /** The output statement that pays it (eligible, payable, paid). */
  readonly statementId: string | null;
  /** The output statement that takes the payment back (awaiting-clawback, clawed-back). */
  readonly clawbackStatementId: string | null;
  /** A same-TRN duplicate: the oldest declaration it duplicates (NPQ rules §5.3). */
  readonly supersededById: string | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}
