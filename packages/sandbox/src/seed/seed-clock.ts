import type { CalendarDate } from "@lpkit/engine";
import { calendarDateParts, fromLondonWallClock } from "@lpkit/engine/internal";

/** The instant (epoch ms) of a London wall-clock time on a calendar day: how seeded events are dated. */
export function londonInstant(date: CalendarDate, hour = 9, minute = 0): number {
  const { year, month, day } = calendarDateParts(date);
  return fromLondonWallClock(Date.UTC(year, month - 1, day, hour, minute)).getTime();
}

export const DAY_MS = 86_400_000;
