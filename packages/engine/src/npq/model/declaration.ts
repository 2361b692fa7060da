import type { Instant } from "../../time/instant.ts";
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
 * What the application actions and participant actions read of a declaration. The commands that create and move
 * declarations (NPQ rules §5) are the next slice; until then this table is filled only by tests and seeds, and the
 * checks that read it (reject rule 2, change funded place rule 5, defer rule 6, withdraw rule 5, change schedule
 * rules 6 and 9) are complete against it.
 */
export interface NpqDeclaration {
  readonly id: string;
  readonly applicationId: string;
  /** The lead provider that made it (it may differ from the application's after DfE moved the participant). */
  readonly leadProviderId: string;
  readonly declarationType: NpqDeclarationType;
  readonly declarationDate: Instant;
  readonly state: NpqDeclarationState;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}
