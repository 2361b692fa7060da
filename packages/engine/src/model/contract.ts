import type { ContractTerms } from "../payments/ecf/contract-terms.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import type { StoredRecord } from "./record.ts";

/** `ecf` before 2025; `ittecf_ectp` (banded ECT fees plus flat-rate mentor fees) from 2025. */
export type ContractType = "ecf" | "ittecf_ectp";

/** A lead provider's contract for a cohort: what its statements are paid on. */
export interface Contract extends StoredRecord {
  readonly leadProviderId: string;
  readonly cohortYear: CohortYear;
  readonly contractType: ContractType;
  /**
   * The money terms, as the payments module reads them (plain JSON: amounts as decimal strings): bands, service
   * fee, uplift fee, the 2025+ mentor flat rate (present exactly on `ittecf_ectp` contracts) and VAT.
   */
  readonly terms: ContractTerms;
}
