import type { CohortYear } from "../reference/cohorts.ts";
import type { StoredRecord } from "./record.ts";

export interface DeliveryPartner extends StoredRecord {
  readonly name: string;
}

/** A lead provider may work with a delivery partner in a cohort (prerequisite of any school partnership). */
export interface DeliveryPartnership extends StoredRecord {
  readonly leadProviderId: string;
  readonly deliveryPartnerId: string;
  readonly cohortYear: CohortYear;
}
