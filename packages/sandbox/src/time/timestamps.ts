import { fromLondonWallClock } from "@lpkit/engine/internal";

/** The API's timestamp format: UTC, whole seconds, `Z` (`2025-10-01T09:30:00Z`). */
export { formatApiDateTime as formatTimestamp } from "@lpkit/engine";

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Strict RFC 3339 date-time (`2025-10-01T09:30:00Z`, `2025-10-01T10:30:00.5+01:00`), as the sandbox accepts
 * for its own inputs (the clock, `X-With-Server-Date`). Returns undefined for anything else, including
 * impossible dates such as 2025-02-30.
 */
export function parseRfc3339(text: string): Date | undefined {
  const match = RFC3339.exec(text);
  if (!match) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offsetHour, offsetMinute] = match;
  const wallClock = utcFromFields(year, month, day, hour, minute, second, fraction);
  if (wallClock === undefined) {
    return undefined;
  }
  if (zulu) {
    return new Date(wallClock);
  }
  const offset = offsetMilliseconds(sign, offsetHour, offsetMinute);
  return offset === undefined ? undefined : new Date(wallClock - offset);
}

const ISO8601_DATE = /^(\d{4})-(\d{2})-(\d{2})$|^(\d{4})(\d{2})(\d{2})$/;
const ISO8601_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$|^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(\d{2})?(\.\d+)?(?:([Zz])|([+-])(\d{2})(\d{2})?)?$/;

/**
 * ISO 8601 as the real service reads `filter[updated_since]`: a calendar date (`2025-10-01`, midnight in London)
 * or a date-time with an optional offset (without one it is London time), in extended or basic format.
 */
export function parseIso8601(text: string): Date | undefined {
  const date = ISO8601_DATE.exec(text);
  if (date) {
    const [year, month, day] = date[1] === undefined ? date.slice(4) : date.slice(1, 4);
    const wallClock = utcFromFields(year, month, day, "00", "00", "00", undefined);
    return wallClock === undefined ? undefined : fromLondonWallClock(wallClock);
  }
  const match = ISO8601_DATE_TIME.exec(text);
  if (!match) {
    return undefined;
  }
  // The two alternatives (extended, basic) capture the same fields in the same order.
  const fields = match[1] === undefined ? match.slice(12) : match.slice(1, 12);
  const [year, month, day, hour, minute, second, fraction, zulu, sign, offsetHour, offsetMinute] = fields;
  const wallClock = utcFromFields(year, month, day, hour, minute, second ?? "00", fraction);
  if (wallClock === undefined) {
    return undefined;
  }
  if (zulu) {
    return new Date(wallClock);
  }
  if (sign === undefined) {
    return fromLondonWallClock(wallClock);
  }
  const offset = offsetMilliseconds(sign, offsetHour, offsetMinute ?? "00");
  return offset === undefined ? undefined : new Date(wallClock - offset);
}

function utcFromFields(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
): number | undefined {
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) {
    return undefined;
  }
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) {
    return undefined;
  }
  const milliseconds = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  const utc = new Date(0);
  utc.setUTCFullYear(y, mo - 1, d);
  utc.setUTCHours(h, mi, s, milliseconds);
  return utc.getTime();
}

function offsetMilliseconds(
  sign: string | undefined,
  hours: string | undefined,
  minutes: string | undefined,
): number | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 23 || m > 59) {
    return undefined;
  }
  return (sign === "-" ? -1 : 1) * (h * 60 + m) * 60_000;
}
