/**
 * Schedules and milestone dates for every cohort (ECF rules §8). Each cohort has its own copy of the twelve
 * schedules; a milestone has a start date and, before 2025 on standard schedules, a milestone (end) date.
 */
import type { CalendarDate } from "../time/calendar-date.ts";
import type { CohortYear } from "./cohorts.ts";
import type { Role } from "./courses.ts";
import { DECLARATION_TYPES, type DeclarationType } from "./declaration-types.ts";

export const SCHEDULE_IDENTIFIERS = [
  "ecf-standard-january",
  "ecf-standard-april",
  "ecf-standard-september",
  "ecf-extended-january",
  "ecf-extended-april",
  "ecf-extended-september",
  "ecf-reduced-january",
  "ecf-reduced-april",
  "ecf-reduced-september",
  "ecf-replacement-january",
  "ecf-replacement-april",
  "ecf-replacement-september",
] as const;

export type ScheduleIdentifier = (typeof SCHEDULE_IDENTIFIERS)[number];
export type ScheduleKind = "standard" | "extended" | "reduced" | "replacement";
type ScheduleStart = "january" | "april" | "september";

export interface MilestoneDefinition {
  readonly declarationType: DeclarationType;
  readonly startDate: CalendarDate;
  readonly milestoneDate: CalendarDate | null;
}

export interface ScheduleDefinition {
  readonly cohortYear: CohortYear;
  readonly identifier: ScheduleIdentifier;
  readonly milestones: readonly MilestoneDefinition[];
}

export function isScheduleIdentifier(value: string): value is ScheduleIdentifier {
  return (SCHEDULE_IDENTIFIERS as readonly string[]).includes(value);
}

export function scheduleKind(identifier: ScheduleIdentifier): ScheduleKind {
  return identifier.split("-")[1] as ScheduleKind;
}

function scheduleStart(identifier: ScheduleIdentifier): ScheduleStart {
  return identifier.split("-")[2] as ScheduleStart;
}

/** Replacement schedules are for mentors only, reduced schedules for ECTs only. */
export function scheduleAllowsRole(identifier: ScheduleIdentifier, role: Role): boolean {
  const kind = scheduleKind(identifier);
  return role === "ect" ? kind !== "replacement" : kind !== "reduced";
}

/** Every schedule has started, retained-1..4 and completed; extended schedules add extended-1..3 (ECF rules §8). */
const EXTENDED_TYPES: readonly DeclarationType[] = DECLARATION_TYPES;
const CORE_TYPES: readonly DeclarationType[] = DECLARATION_TYPES.filter((type) => !type.startsWith("extended-"));

/** Standard schedule windows, `[start, milestone]` per core type, as seeded for cohorts up to 2024. */
const STANDARD_WINDOWS: Readonly<Record<number, Readonly<Record<ScheduleStart, readonly [string, string][]>>>> = {
  2021: {
    september: [
      ["2021-09-01", "2021-11-30"],
      ["2021-09-01", "2022-01-31"],
      ["2022-02-01", "2022-04-30"],
      ["2022-05-01", "2022-09-30"],
      ["2022-10-01", "2023-01-31"],
      ["2023-02-01", "2023-04-30"],
    ],
    january: [
      ["2021-12-01", "2022-01-31"],
      ["2022-02-01", "2022-04-30"],
      ["2022-05-01", "2022-09-30"],
      ["2022-10-01", "2023-01-31"],
      ["2023-02-01", "2023-04-30"],
      ["2023-05-01", "2023-09-30"],
    ],
    april: [
      ["2022-02-01", "2022-05-31"],
      ["2022-05-01", "2022-09-30"],
      ["2022-10-01", "2023-01-31"],
      ["2023-02-01", "2023-04-30"],
      ["2023-05-01", "2023-09-30"],
      ["2023-10-01", "2024-01-31"],
    ],
  },
  2022: termlyWindows(2022),
  2023: termlyWindows(2023),
  2024: termlyWindows(2024),
};

/**
 * From 2022 the standard windows follow one pattern: Jun–Dec (september start only), Jan–Mar, Apr–Jul, Aug–Dec, …
 */
function termlyWindows(year: number): Record<ScheduleStart, [string, string][]> {
  const terms: [string, string][] = [];
  for (let y = year + 1; y <= year + 3; y++) {
    terms.push([`${y}-01-01`, `${y}-03-31`], [`${y}-04-01`, `${y}-07-31`], [`${y}-08-01`, `${y}-12-31`]);
  }
  return {
    september: [[`${year}-06-01`, `${year}-12-31`], ...terms.slice(0, 5)],
    january: terms.slice(0, 6),
    april: terms.slice(1, 7),
  };
}

/** Start dates of schedules without milestone windows (2025 onwards for all, non-standard schedules before). */
function openStartDate(year: CohortYear, kind: ScheduleKind, start: ScheduleStart): CalendarDate {
  if (kind === "standard" && year >= 2025) {
    return start === "september" ? `${year}-06-01` : start === "january" ? `${year + 1}-01-01` : `${year + 1}-04-01`;
  }
  return start === "september" ? `${year}-09-01` : start === "january" ? `${year + 1}-01-01` : `${year + 1}-04-01`;
}

function schedule(year: CohortYear, identifier: ScheduleIdentifier): ScheduleDefinition {
  const kind = scheduleKind(identifier);
  const start = scheduleStart(identifier);
  const types = kind === "extended" ? EXTENDED_TYPES : CORE_TYPES;
  const windows = kind === "standard" ? STANDARD_WINDOWS[year]?.[start] : undefined;
  const milestones = types.map((declarationType, index): MilestoneDefinition => {
    const window = windows?.[index];
    if (window !== undefined) {
      return { declarationType, startDate: window[0], milestoneDate: window[1] };
    }
    return { declarationType, startDate: openStartDate(year, kind, start), milestoneDate: null };
  });
  return { cohortYear: year, identifier, milestones };
}

/** All twelve schedules of a cohort year. */
export function schedulesForCohort(year: CohortYear): ScheduleDefinition[] {
  return SCHEDULE_IDENTIFIERS.map((identifier) => schedule(year, identifier));
}
