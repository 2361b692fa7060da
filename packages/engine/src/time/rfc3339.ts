/**
 * Parsing and rendering of API date-times.
 *
 * The service accepts a `declaration_date` in two stages: a lenient parse (used for the "future" and milestone
 * comparisons) and then a strict RFC 3339 format check. Both are modelled here.
 *
 * A date-time without a UTC offset is read two ways by the service (ECF rules §3.2): its comparisons with other
 * instants (future date, milestone window, withdrawal) read it as UTC, while what it stores, and the sequence check,
 * read it as London time. So a parse gives both instants; they differ only when there is no offset.
 */
import { type CalendarDate, daysInMonth } from "./calendar-date.ts";
import type { Instant } from "./instant.ts";
import { fromLondonWallClock } from "./london.ts";

/** Renders an instant the way the API does: UTC, no fractional seconds (`2025-10-01T09:30:00Z`). */
export function formatApiDateTime(at: Date | Instant): string {
  if (typeof at === "string" && isToISOStringShaped(at)) {
    // A stored instant is already the UTC `toISOString()` form: only the fraction goes. Every resource renders
    // several of these, so re-parsing them would cost a list page a good share of its time.
    return `${at.slice(0, 19)}Z`;
  }
  const iso = typeof at === "string" ? new Date(at).toISOString() : at.toISOString();
  return `${iso.slice(0, 19)}Z`;
}

const [DASH, COLON, DOT, LETTER_T, LETTER_Z] = [0x2d, 0x3a, 0x2e, 0x54, 0x5a];

/** `YYYY-MM-DDTHH:MM:SS.sssZ`, the shape `Date#toISOString` gives every instant of a four-digit year. */
function isToISOStringShaped(text: string): boolean {
  return (
    text.length === 24 &&
    text.charCodeAt(4) === DASH &&
    text.charCodeAt(7) === DASH &&
    text.charCodeAt(10) === LETTER_T &&
    text.charCodeAt(13) === COLON &&
    text.charCodeAt(16) === COLON &&
    text.charCodeAt(19) === DOT &&
    text.charCodeAt(23) === LETTER_Z
  );
}

/** The service's own RFC 3339 pattern: offset optional, `T`/`Z` case-insensitive, `,` or `.` before a fraction. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Date-time shapes a lenient date parser accepts but the RFC 3339 check rejects (`2024-11-15 10:00:00 +0000`). */
const LENIENT =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$/i;

export type ParsedDateTime =
  /** Parsed, and in the RFC 3339 form the API requires. */
  | ({ readonly kind: "rfc3339" } & ReadInstants)
  /** Parsed, but not RFC 3339: comparable against other times, yet rejected by the format check. */
  | ({ readonly kind: "lenient" } & ReadInstants)
  /** Not a date-time at all. */
  | { readonly kind: "unparsable" };

interface ReadInstants {
  /** The instant stored and checked for sequence: without an offset, the time is London time. */
  readonly at: Date;
  /** The instant compared with now, the milestone window and the withdrawal: without an offset, the time is UTC. */
  readonly comparedAt: Date;
  /** The calendar day as written, whatever the offset (the service picks the mentor by it). */
  readonly writtenDay: CalendarDate;
}

function toInstants(match: RegExpExecArray): ReadInstants | null {
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  const millis = match[7] === undefined ? 0 : Math.floor(Number(`0.${match[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const writtenDay = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
  const zone = match[8]?.toUpperCase();
  if (zone === undefined) {
    return { at: fromLondonWallClock(wallMs), comparedAt: new Date(wallMs), writtenDay };
  }
  if (zone === "Z" || zone === "UTC" || zone === "GMT") {
    return sameInstant(new Date(wallMs), writtenDay);
  }
  const digits = zone.slice(1).replace(":", "");
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (offsetHours > 23 || offsetMinutes > 59) {
    return null;
  }
  const sign = zone.startsWith("-") ? -1 : 1;
  return sameInstant(new Date(wallMs - sign * (offsetHours * 60 + offsetMinutes) * 60_000), writtenDay);
}

function sameInstant(at: Date, writtenDay: CalendarDate): ReadInstants {
  return { at, comparedAt: at, writtenDay };
}

export function parseDateTime(raw: string): ParsedDateTime {
  const strict = RFC3339.exec(raw);
  if (strict !== null) {
    const instants = toInstants(strict);
    return instants === null ? { kind: "unparsable" } : { kind: "rfc3339", ...instants };
  }
  const lenient = LENIENT.exec(raw);
  if (lenient !== null) {
    const instants = toInstants(lenient);
    return instants === null ? { kind: "unparsable" } : { kind: "lenient", ...instants };
  }
  return { kind: "unparsable" };
}
