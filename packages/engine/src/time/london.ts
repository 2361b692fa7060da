/**
 * The service runs on Europe/London time: "today", milestone day boundaries and statement deadlines are London days,
 * while instants are stored in UTC.
 */
import { type CalendarDate, calendarDateParts } from "./calendar-date.ts";
import type { Instant } from "./instant.ts";

export const SERVICE_TIME_ZONE = "Europe/London";

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: SERVICE_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClock(epochMs: number): { date: CalendarDate; wallMs: number } {
  const parts: Record<string, string> = {};
  for (const part of londonParts.formatToParts(new Date(epochMs))) {
    parts[part.type] = part.value;
  }
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const wallMs =
    Date.UTC(year, month - 1, day, Number(parts.hour), Number(parts.minute), Number(parts.second)) +
    (((epochMs % 1000) + 1000) % 1000);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, wallMs };
}

/** London's offset from UTC at that instant, in milliseconds (0 in winter, 3 600 000 in summer). */
export function londonOffsetMs(epochMs: number): number {
  return wallClock(epochMs).wallMs - epochMs;
}

/** The London calendar day an instant falls on. */
export function londonDateOf(at: Date | Instant): CalendarDate {
  const epochMs = typeof at === "string" ? Date.parse(at) : at.getTime();
  return wallClock(epochMs).date;
}

/** "Today" as the service sees it (`Time.zone.today`). */
export function londonToday(now: Date): CalendarDate {
  return londonDateOf(now);
}

/** Converts a London wall-clock time (as if it were UTC milliseconds) to the real instant. */
export function fromLondonWallClock(wallMs: number): Date {
  const firstGuess = wallMs - londonOffsetMs(wallMs);
  const offset = londonOffsetMs(firstGuess);
  return new Date(wallMs - offset);
}

/** The first instant of a London day (`Date#beginning_of_day` in the service's zone). */
export function startOfLondonDay(date: CalendarDate): Date {
  const { year, month, day } = calendarDateParts(date);
  return fromLondonWallClock(Date.UTC(year, month - 1, day));
}
