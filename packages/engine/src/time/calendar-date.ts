/** A calendar day, `YYYY-MM-DD`. Compares correctly as a plain string. */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (match === null) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const ZERO = 48;
const NINE = 57;
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9];

/** `DDDD-DD-DD` (digits and dashes, whether or not it is a real day). */
function isCanonical(date: string): boolean {
  if (date.length !== 10 || date[4] !== "-" || date[7] !== "-") {
    return false;
  }
  for (const position of DIGIT_POSITIONS) {
    const code = date.charCodeAt(position);
    if (code < ZERO || code > NINE) {
      return false;
    }
  }
  return true;
}

export function calendarDateParts(date: CalendarDate): { year: number; month: number; day: number } {
  if (isCanonical(date)) {
    // The usual `YYYY-MM-DD`, read without splitting (the rules ask for the parts of many dates per command).
    return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
  }
  const [year, month, day] = date.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): CalendarDate {
  return calendarDate(year, month, daysInMonth(year, month));
}

/** At most this many days are remembered by `utcDateOf` (a few decades); past it the memory starts again. */
const MAX_REMEMBERED_DAYS = 20_000;
const datesByUtcDay = new Map<number, CalendarDate>();

/**
 * The UTC calendar day of an epoch time, as `new Date(epochMs).toISOString().slice(0, 10)` gives it (and throwing
 * as that does for an invalid time). The day's text is remembered: the rules ask for the days of many instants per
 * command, and rows written the same day then share one string.
 */
export function utcDateOf(epochMs: number): CalendarDate {
  const utcDay = Math.floor(epochMs / DAY_MS);
  let date = datesByUtcDay.get(utcDay);
  if (date === undefined) {
    date = new Date(epochMs).toISOString().slice(0, 10);
    if (datesByUtcDay.size >= MAX_REMEMBERED_DAYS) {
      datesByUtcDay.clear();
    }
    datesByUtcDay.set(utcDay, date);
  }
  return date;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = calendarDateParts(date);
  return utcDateOf(Date.UTC(year, month - 1, day) + days * DAY_MS);
}

export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = calendarDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return calendarDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function earliestDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) {
    // Months come from the world's statements, which the engine creates 1-12: anything else is an engine bug.
    throw new RangeError(`month must be 1-12, got ${month}`);
  }
  return name;
}
