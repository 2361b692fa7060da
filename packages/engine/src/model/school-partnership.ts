import type { CohortYear } from "../reference/cohorts.ts";
import type { StoredRecord } from "./record.ts";

/**
 * A school working with a lead provider and delivery partner in a cohort (API resource `partnership`). The lead
 * provider and cohort never change; the delivery partner can be updated.
 */
export interface SchoolPartnership extends StoredRecord {
  readonly schoolId: string;
  readonly leadProviderId: string;
  readonly deliveryPartnerId: string;
  readonly cohortYear: CohortYear;
}
