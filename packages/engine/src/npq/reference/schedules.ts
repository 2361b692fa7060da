/**
 * NPQ schedules (NPQ rules §7.3): every cohort has its own copy of the schedules it offers. An identifier's prefix
 * names the course group it serves; the group decides the declaration types it allows (NPQ rules §5.1) and the first day a
 * declaration may be dated (`startDate`, the service's `applies_from`).
 */
import { type CalendarDate, calendarDate } from "../../time/calendar-date.ts";
import type { NpqCourseGroup } from "./courses.ts";

/** The order of `spec/npq-v3.yaml`'s `ScheduleIdentifier`. */
export const NPQ_SCHEDULE_IDENTIFIERS = [
  "npq-aso-march",
  "npq-aso-june",
  "npq-aso-november",
  "npq-aso-december",
  "npq-ehco-march",
  "npq-ehco-june",
  "npq-ehco-november",
  "npq-ehco-december",
  "npq-leadership-autumn",
  "npq-leadership-spring",
  "npq-specialist-autumn",
  "npq-specialist-spring",
] as const;
export type NpqScheduleIdentifier = (typeof NPQ_SCHEDULE_IDENTIFIERS)[number];

export const NPQ_DECLARATION_TYPES = ["started", "retained-1", "retained-2", "completed"] as const;
export type NpqDeclarationType = (typeof NPQ_DECLARATION_TYPES)[number];

const GROUP_BY_PREFIX: Record<string, NpqCourseGroup> = {
  aso: "support",
  ehco: "ehco",
  leadership: "leadership",
  specialist: "specialist",
};

export function isNpqScheduleIdentifier(value: unknown): value is NpqScheduleIdentifier {
  return typeof value === "string" && (NPQ_SCHEDULE_IDENTIFIERS as readonly string[]).includes(value);
}

/** The course group a schedule serves, read from its identifier's prefix (`npq-ehco-june` serves `ehco`). */
export function npqScheduleGroupOf(identifier: NpqScheduleIdentifier): NpqCourseGroup {
  return GROUP_BY_PREFIX[identifier.split("-")[1] as string] as NpqCourseGroup;
}

/** Specialist schedules have no `retained-2`; every other group allows all four types (NPQ rules §5.1). */
export function npqAllowedDeclarationTypes(identifier: NpqScheduleIdentifier): readonly NpqDeclarationType[] {
  return npqScheduleGroupOf(identifier) === "specialist"
    ? ["started", "retained-1", "completed"]
    : NPQ_DECLARATION_TYPES;
}

/** Month and whether the month is in the year after the cohort's start year. */
const START: Record<string, { month: number; nextYear: boolean }> = {
  autumn: { month: 10, nextYear: false },
  spring: { month: 1, nextYear: true },
  november: { month: 11, nextYear: false },
  december: { month: 12, nextYear: false },
  march: { month: 3, nextYear: true },
  june: { month: 6, nextYear: true },
};

/** The first day of a schedule in a cohort starting in `startYear`, as DfE's seeds date it (NPQ rules §7.3, §Q6). */
export function npqScheduleStartDate(identifier: NpqScheduleIdentifier, startYear: number): CalendarDate {
  const start = START[identifier.split("-")[2] as string] as { month: number; nextYear: boolean };
  return calendarDate(start.nextYear ? startYear + 1 : startYear, start.month, 1);
}

const LEADERSHIP_AND_SPECIALIST: readonly NpqScheduleIdentifier[] = [
  "npq-leadership-autumn",
  "npq-leadership-spring",
  "npq-specialist-autumn",
  "npq-specialist-spring",
];
const EHCO: readonly NpqScheduleIdentifier[] = [
  "npq-ehco-march",
  "npq-ehco-june",
  "npq-ehco-november",
  "npq-ehco-december",
];
const ASO: readonly NpqScheduleIdentifier[] = ["npq-aso-march", "npq-aso-june", "npq-aso-november", "npq-aso-december"];

/**
 * The schedules a cohort starting in `startYear` has, whatever its suffix (NPQ rules §7.3): 2021 leadership and
 * specialist, the four ASO schedules and `npq-ehco-june`; 2022 and 2023 leadership and specialist and the four EHCO
 * schedules; 2024 the two autumn ones and three EHCO schedules; from 2025 the full leadership, specialist and EHCO set.
 */
export function npqScheduleIdentifiersFor(startYear: number): readonly NpqScheduleIdentifier[] {
  if (startYear <= 2021) {
    return [...LEADERSHIP_AND_SPECIALIST, ...ASO, "npq-ehco-june"];
  }
  if (startYear === 2024) {
    return [
      "npq-leadership-autumn",
      "npq-specialist-autumn",
      "npq-ehco-june",
      "npq-ehco-november",
      "npq-ehco-december",
    ];
  }
  return [...LEADERSHIP_AND_SPECIALIST, ...EHCO];
}
