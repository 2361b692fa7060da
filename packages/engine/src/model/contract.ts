import type { CohortYear } from "../reference/cohorts.ts";
import type { StoredRecord } from "./record.ts";

/** `ecf` before 2025; `ittecf_ectp` (banded ECT fees plus flat-rate mentor fees) from 2025. */
export type ContractType = "ecf" | "ittecf_ectp";

/** A lead provider's contract for a cohort. Its fee terms are owned by the payments module. */
export interface Contract extends StoredRecord {
  readonly leadProviderId: string;
  readonly cohortYear: CohortYear;
  readonly contractType: ContractType;
}
