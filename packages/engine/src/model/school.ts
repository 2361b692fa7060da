import type { CohortYear } from "../reference/cohorts.ts";
import type { Instant } from "../time/instant.ts";
import type { StoredRecord } from "./record.ts";

export const INDUCTION_PROGRAMME_CHOICES = ["school_led", "provider_led", "not_yet_known"] as const;
export type InductionProgrammeChoice = (typeof INDUCTION_PROGRAMME_CHOICES)[number];

/** Uplift eligibility from the school's funding record for one cohort. */
export interface SchoolFundingEligibility {
  readonly pupilPremiumUplift: boolean;
  readonly sparsityUplift: boolean;
}

/** What a school told the service about one cohort; its timestamps back the school resource's dates. */
export interface SchoolCohortDetails {
  readonly inductionProgrammeChoice: InductionProgrammeChoice;
  /** Null when the school has no funding record for the cohort (then no uplifts). */
  readonly fundingEligibility: SchoolFundingEligibility | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

export interface InductionTutor {
  readonly name: string;
  readonly email: string;
}

export interface School extends StoredRecord {
  readonly urn: string;
  readonly name: string;
  /** GIAS eligibility (open, state-funded or otherwise eligible, in England); partnerships require it. */
  readonly eligibleForFunding: boolean;
  readonly inductionTutor: InductionTutor | null;
  readonly cohorts: Readonly<Record<CohortYear, SchoolCohortDetails>>;
}
