import type { CohortYear } from "../reference/cohorts.ts";
import type { StoredRecord } from "./record.ts";

export interface LeadProvider extends StoredRecord {
  readonly name: string;
  /** Cohorts the provider delivers (the service's "active lead providers"). */
  readonly cohortYears: readonly CohortYear[];
}
