/**
 * The service runs on Europe/London time: "today", milestone day boundaries and statement deadlines are London days,
 * while instants are stored in UTC.
 *
 * The time zone database (through `Intl`) is the only source of truth for London's offset, but asking it costs
 * microseconds per call and the engine asks on every command. London's offset changes at most once on any UTC day,
 * so the offset is looked up once per UTC day: a day whose first and last millisecond have the same offset keeps it
 * throughout; a day with a clock change has the exact instant of the change found by bisection. Every answer is the
 * one `Intl` gives for that instant, whatever was asked before.
 */
import { type CalendarDate, calendarDateParts, utcDateOf } from "./calendar-date.ts";
import type { Instant } from "./instant.ts";

const SERVICE_TIME_ZONE = "Europe/London";

const DAY_MS = 86_400_000;

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

/** The London wall clock of an instant straight from the time zone database (the slow, authoritative path). */
function wallClockFromTimeZoneData(epochMs: number): { date: CalendarDate; wallMs: number } {
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

function offsetFromTimeZoneData(epochMs: number): number {
  return wallClockFromTimeZoneData(epochMs).wallMs - epochMs;
}

/** London's offset during one UTC day: `before` until `changesAt` (epoch ms), `after` from then on. */
interface DayOffset {
  readonly before: number;
  readonly changesAt: number;
  readonly after: number;
}

/** Offsets by UTC day number; bounded so that a long-running process asked about arbitrary dates stays small. */
const offsetsByUtcDay = new Map<number, DayOffset>();
const MAX_CACHED_DAYS = 20_000;

function dayOffset(utcDay: number): DayOffset {
  const cached = offsetsByUtcDay.get(utcDay);
  if (cached !== undefined) {
    return cached;
  }
  const start = utcDay * DAY_MS;
  const last = start + DAY_MS - 1;
  const before = offsetFromTimeZoneData(start);
  const after = offsetFromTimeZoneData(last);
  let changesAt = last + 1;
  if (before !== after) {
    // The clock changes today: find the first millisecond on the new offset.
    let [low, high] = [start + 1, last];
    while (low < high) {
      const middle = low + Math.floor((high - low) / 2);
      if (offsetFromTimeZoneData(middle) === before) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    changesAt = low;
  }
  if (offsetsByUtcDay.size >= MAX_CACHED_DAYS) {
    offsetsByUtcDay.clear();
  }
  const offset: DayOffset = { before, changesAt, after };
  offsetsByUtcDay.set(utcDay, offset);
  return offset;
}

/**
 * Instants whose London date `Date#toISOString` renders exactly as `Intl` does (four-digit years); outside them,
 * which no service date reaches, the time zone database is asked directly.
 */
const FAST_FROM = Date.UTC(1000, 0, 2);
const FAST_UNTIL = Date.UTC(9999, 11, 30);

/** London's offset from UTC at that instant, in milliseconds (0 in winter, 3 600 000 in summer). */
export function londonOffsetMs(epochMs: number): number {
  if (!(epochMs >= FAST_FROM && epochMs < FAST_UNTIL)) {
    return offsetFromTimeZoneData(epochMs);
  }
  const offset = dayOffset(Math.floor(epochMs / DAY_MS));
  return epochMs < offset.changesAt ? offset.before : offset.after;
}

/** The London calendar day an instant falls on. */
export function londonDateOf(at: Date | Instant): CalendarDate {
  const epochMs = typeof at === "string" ? Date.parse(at) : at.getTime();
  if (!(epochMs >= FAST_FROM && epochMs < FAST_UNTIL)) {
    return wallClockFromTimeZoneData(epochMs).date;
  }
  return utcDateOf(epochMs + londonOffsetMs(epochMs));
}

/** "Today" as the service sees it (`Time.zone.today`). */
export function londonToday(now: Date): CalendarDate {
  return londonDateOf(now);
}

/**
 * Converts a London wall-clock time (as if it were UTC milliseconds) to the real instant. A wall-clock time the
 * spring change skips reads with the winter offset (01:30 becomes 02:30 BST); one the autumn change repeats is the
 * later, GMT one.
 */
export function fromLondonWallClock(wallMs: number): Date {
  const firstGuess = wallMs - londonOffsetMs(wallMs);
  const offset = londonOffsetMs(firstGuess);
  return new Date(wallMs - offset);
}

/** Start of London days by calendar day (epoch ms), bounded like the offsets. */
const dayStarts = new Map<CalendarDate, number>();

/** The first instant of a London day (`Date#beginning_of_day` in the service's zone). */
export function startOfLondonDay(date: CalendarDate): Date {
  let start = dayStarts.get(date);
  if (start === undefined) {
    const { year, month, day } = calendarDateParts(date);
    start = fromLondonWallClock(Date.UTC(year, month - 1, day)).getTime();
    if (dayStarts.size >= MAX_CACHED_DAYS) {
      dayStarts.clear();
    }
    dayStarts.set(date, start);
  }
  return new Date(start);
}
