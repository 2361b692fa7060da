import type { NpqCohort } from "../model/cohort.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";

/**
 * The cohort a start year names where the API takes a year (change schedule's `cohort`): of the cohorts starting that
 * year, the one with the latest suffix (`2025b` before `2025a`, NPQ rules §4.4).
 */
export function latestNpqCohortOfYear(world: NpqWorld, startYear: number): NpqCohort | undefined {
  return npqLookup(world, "cohortsByStartYear", String(startYear)).at(-1);
}
