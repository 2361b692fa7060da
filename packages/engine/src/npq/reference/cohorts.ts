/**
 * NPQ cohorts (NPQ rules §7.2): a start year, a one-letter suffix (`a` unless a year has more than one), a funding
 * kind and a registration start date. The identifier is year and suffix (`2026b`); the API shows the two apart.
 */
import { type CalendarDate, calendarDate } from "../../time/calendar-date.ts";

export const NPQ_COHORT_FUNDINGS = ["full", "capped", "zero"] as const;
/**
 * `full`: every eligible participant is funded (`funded_place` stays null); `capped`: the lead provider decides each
 * place; `zero`: nobody is funded (`funded_place` must be false).
 */
export type NpqCohortFunding = (typeof NPQ_COHORT_FUNDINGS)[number];

/** `2025a`, `2026b`: the start year and suffix together. */
export type NpqCohortIdentifier = string;

export interface NpqCohortDefinition {
  readonly startYear: number;
  readonly suffix: string;
  readonly funding: NpqCohortFunding;
  readonly registrationStartDate: CalendarDate;
}

const IDENTIFIER = /^(\d{4})([a-z])?$/;

export function npqCohortIdentifier(startYear: number, suffix: string): NpqCohortIdentifier {
  return `${startYear}${suffix}`;
}

/**
 * Reads a cohort as a person names it: `"2026b"`, or a bare year (`"2025"`), which means suffix `a`. Anything else is
 * `undefined`.
 */
export function parseNpqCohortIdentifier(raw: string): { startYear: number; suffix: string } | undefined {
  const match = IDENTIFIER.exec(raw);
  if (match === null) {
    return undefined;
  }
  return { startYear: Number(match[1]), suffix: match[2] ?? "a" };
}

/** DfE's default registration start: 1 April of the start year. */
export function defaultNpqRegistrationStartDate(startYear: number): CalendarDate {
  return calendarDate(startYear, 4, 1);
}

/**
 * The cohorts DfE's seeds make for a clock in academic year `academicYear` (the one starting 1 September of that
 * year): 2021 to 2023 `full`, 2024 to `academicYear` `capped`, next year's `a` `zero` and next year's `b` `capped`
 * (NPQ rules §7.2), each registering from 1 April of its start year.
 */
export function seededNpqCohorts(academicYear: number): NpqCohortDefinition[] {
  const cohorts: NpqCohortDefinition[] = [];
  const add = (startYear: number, suffix: string, funding: NpqCohortFunding) =>
    cohorts.push({ startYear, suffix, funding, registrationStartDate: defaultNpqRegistrationStartDate(startYear) });
  for (let year = 2021; year <= academicYear; year++) {
    add(year, "a", year <= 2023 ? "full" : "capped");
  }
  add(academicYear + 1, "a", "zero");
  add(academicYear + 1, "b", "capped");
  return cohorts;
}
