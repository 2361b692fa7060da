/**
 * The schedule accept gives an application when the lead provider names none (NPQ rules §7.4), chosen from today's
 * date. Every branch looks the schedule up in the application's cohort; a cohort without it gives `undefined`, which
 * accept answers with the service's 404 (NPQ rules §Q5).
 */
import type { CalendarDate } from "../../time/calendar-date.ts";
import type { NpqCohort } from "../model/cohort.ts";
import { type NpqSchedule, npqScheduleId } from "../model/schedule.ts";
import { findNpqRow, type NpqWorld, npqLookup } from "../model/world.ts";
import { type NpqCourseIdentifier, npqCourseGroupOf } from "../reference/courses.ts";
import type { NpqScheduleIdentifier } from "../reference/schedules.ts";

function within(today: CalendarDate, from: CalendarDate, to: CalendarDate): boolean {
  return from <= today && today <= to;
}

/** `-spring` or `-autumn` for leadership and specialist courses. */
function season(cohort: NpqCohort, today: CalendarDate): "spring" | "autumn" {
  if (cohort.id === "2026a") {
    return "spring";
  }
  if (cohort.id === "2026b") {
    return "autumn";
  }
  if (cohort.startYear === 2025 && within(today, "2025-08-01", "2026-04-30")) {
    return "autumn";
  }
  if (cohort.startYear === 2025 && within(today, "2024-06-28", "2025-06-06")) {
    return "spring";
  }
  if (cohort.startYear === 2024 && within(today, "2024-06-28", "2025-06-06")) {
    return "autumn";
  }
  const monthDay = today.slice(5);
  return monthDay >= "12-26" || monthDay <= "04-02" ? "spring" : "autumn";
}

/** The EHCO schedule of the season, for cohorts with all four (from 2022, except 2026a). */
function ehcoSeason(cohort: NpqCohort, today: CalendarDate): NpqScheduleIdentifier {
  const year = cohort.startYear;
  if (within(today, `${year}-09-01`, `${year}-11-30`)) {
    return "npq-ehco-november";
  }
  // The end of February of the next year: any day up to the 29th reads as February.
  if (within(today, `${year}-12-01`, `${year + 1}-02-29`)) {
    return "npq-ehco-december";
  }
  if (within(today, `${year + 1}-03-01`, `${year + 1}-05-31`)) {
    return "npq-ehco-march";
  }
  return "npq-ehco-june";
}

export function defaultNpqSchedule(
  world: NpqWorld,
  cohort: NpqCohort,
  course: NpqCourseIdentifier,
  today: CalendarDate,
): NpqSchedule | undefined {
  const find = (identifier: NpqScheduleIdentifier) =>
    findNpqRow(world, "schedules", npqScheduleId(cohort.id, identifier));
  const group = npqCourseGroupOf(course);
  switch (group) {
    case "leadership":
    case "specialist":
      return find(`npq-${group}-${season(cohort, today)}`);
    case "support":
      return find("npq-aso-december");
    case "ehco":
      if (cohort.startYear <= 2021 || cohort.id === "2026a") {
        // The service takes "the" EHCO schedule of these cohorts: the first one the cohort was given.
        return npqLookup(world, "schedulesByCohort", cohort.id).find((schedule) => schedule.courseGroup === "ehco");
      }
      return find(ehcoSeason(cohort, today));
  }
}
