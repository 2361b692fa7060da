import type { Instant } from "../../time/instant.ts";
import type { NpqCohortIdentifier } from "../reference/cohorts.ts";

export interface NpqDeliveryPartner {
  readonly id: string;
  readonly name: string;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

/** A delivery partner linked to a lead provider in one cohort: what a declaration may name (NPQ rules §1.1). */
export interface NpqDeliveryPartnership {
  readonly id: string;
  readonly deliveryPartnerId: string;
  readonly leadProviderId: string;
  readonly cohortId: NpqCohortIdentifier;
  readonly createdAt: Instant;
}
