import type { CohortDefinition, CohortYear } from "../reference/cohorts.ts";

/** A cohort (the service's "contract period"), keyed in the world by its year. */
export type Cohort = CohortDefinition;
export type { CohortYear };
