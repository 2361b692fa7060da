/**
 * GET /schools and GET /schools/{id} (ECF rules §1.1, §2.5): schools eligible for funding, or already in a partnership,
 * that have details for the requested cohort. `filter[cohort]` is required (its absence is the sandbox's 400); a
 * cohort that does not exist gives an empty list and a 404 on show.
 */

import { listedCohortYearsOfSchool } from "../model/indexes/lead-provider-scopes.ts";
import { findRow, getRow, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { castCohortYear, castInteger } from "../rules/lenient-integer.ts";
import { type SchoolResource, schoolView } from "../views/school.ts";
import { parseUrnFilter } from "./list-filters.ts";
import type { ListQuery, UpdatedSinceFilter } from "./list-query.ts";
import { orderedPage, pageRequestOf } from "./ordered-page.ts";

export interface SchoolFilter extends UpdatedSinceFilter {
  /**
   * Raw `filter[cohort]`: one year, or a list of them (`filter[cohort][]=…`); null when the key came without a usable
   * value (the key itself is required, its absence is the sandbox's 400).
   */
  readonly cohort: SchoolCohortValue;
  /** Raw `filter[urn]`, cast to an integer the way the service does (`"123456,invalid"` is 123456). */
  readonly urn?: string;
}

export type SchoolCohortValue = string | readonly string[] | null;

/**
 * The cohort a schools request is about, or null when it names no existing cohort. The service looks the value up
 * as its integer cast (`"2025abc"` is 2025, ECF rules §1.5); a list looks up every item and the service takes the
 * first cohort the database returns, which we take to be the earliest year.
 */
function requestedCohortYear(world: World, raw: SchoolCohortValue): CohortYear | null {
  const candidates = raw === null ? [] : typeof raw === "string" ? [raw] : raw;
  const years = candidates
    .map((item) => castCohortYear(item))
    .filter((year): year is number => year !== null && world.cohorts[year] !== undefined);
  return years.length === 0 ? null : Math.min(...years);
}

export function listSchools(world: World, leadProviderId: string, query: ListQuery<SchoolFilter>): SchoolResource[] {
  const filter = query.filter;
  const year = filter === undefined ? null : requestedCohortYear(world, filter.cohort);
  if (filter === undefined || year === null) {
    return [];
  }
  const urn = parseUrnFilter(filter.urn);
  const ids = orderedPage(
    world,
    {
      byCreated: "schoolsListedByCohort",
      byUpdated: "schoolsListedByCohortUpdated",
      key: String(year),
      sortValue: (id, attribute) => {
        const school = getRow(world, "schools", id);
        return attribute === "created_at" ? school.createdAt : (school.cohorts[year]?.updatedAt ?? school.updatedAt);
      },
    },
    pageRequestOf(query),
    (id) => urn === undefined || (urn !== null && castInteger(getRow(world, "schools", id).urn)?.toString() === urn),
  );
  return ids.map((id) => schoolView(world, leadProviderId, getRow(world, "schools", id), year));
}

/** GET /schools/{id}?filter[cohort]=…: 404 unless the school is listed for that cohort. */
export function showSchool(
  world: World,
  leadProviderId: string,
  schoolId: string,
  cohort: SchoolCohortValue,
): Outcome<SchoolResource> {
  const year = requestedCohortYear(world, cohort);
  const school = findRow(world, "schools", schoolId);
  if (year === null || school === undefined || !listedCohortYearsOfSchool(world, school.id).includes(year)) {
    return notFound();
  }
  return ok(schoolView(world, leadProviderId, school, year));
}
