/**
 * Ruby's `Time.iso8601` (the `time` library's `xmlschema`, as bundled with the Ruby the real service runs), which is
 * how the service reads `filter[updated_since]` (ECF rules §1.5). Its grammar is narrow and its arithmetic odd, and
 * both are reproduced here rather than approximated:
 *
 * - the whole date and time are required: `YYYY-MM-DDThh:mm:ss`, then an optional fraction (any number of digits)
 *   and an optional zone: `Z`, `±hh`, `±hhmm` or `±hh:mm`. `T` and `Z` may be lower case; the year is any number of
 *   digits with an optional minus; ASCII whitespace may surround the value. A date alone, a time without seconds,
 *   the basic format (`20250701T100000Z`) or a space instead of `T` are refused.
 * - the fields are checked the way `Time.utc` checks them, which is looser than the calendar: a day past the end of
 *   a 30-day month or February rolls into the next month (`2025-02-30` is 2 March), second 60 is the next minute's
 *   first and `24:00:00` the next day's midnight; month 13, day 32 or minute 60 are refused.
 * - a zone is applied to the fields first, carrying only the units the offset touches (Ruby's `apply_offset`), so a
 *   few impossible values become possible with an offset; an offset of 24 hours or more is refused.
 * - without a zone the value is the server's local time, which on the service's servers is UTC.
 *
 * @module
 */

const ASCII_SPACE = "[\\t\\n\\v\\f\\r ]*";
const XMLSCHEMA = new RegExp(
  `^${ASCII_SPACE}(-?\\d+)-(\\d\\d)-(\\d\\d)[Tt](\\d\\d):(\\d\\d):(\\d\\d)(\\.\\d+)?([Zz]|[+-]\\d\\d(?::?\\d\\d)?)?${ASCII_SPACE}$`,
);

/** Ruby's `Integer#divmod`: the quotient rounds down, so the remainder takes the divisor's sign. */
function divmod(dividend: number, divisor: number): [number, number] {
  const quotient = Math.floor(dividend / divisor);
  return [quotient, dividend - quotient * divisor];
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `month_days`: an array lookup in Ruby, so month 0 reads December and month 13 reads nothing. */
function monthDays(year: number, month: number): number | undefined {
  const index = month - 1 < 0 ? month - 1 + 12 : month - 1;
  const days = MONTH_DAYS[index];
  return days === undefined ? undefined : index === 1 && isLeapYear(year) ? 29 : days;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Ruby's `Time.apply_offset`: subtracts the zone's offset from the fields, carrying only where the offset has a part. */
function applyOffset(fields: Fields, offsetSeconds: number): Fields {
  let { year, month, day, hour, minute, second } = fields;
  // West of UTC the offset is added to the fields, east of it subtracted; either way carries grow the days left.
  const sign = offsetSeconds < 0 ? 1 : -1;
  let rest = Math.abs(offsetSeconds);
  let part: number;
  let carry: number;
  [rest, part] = divmod(rest, 60);
  if (part !== 0) {
    [carry, second] = divmod(second + sign * part, 60);
    rest += sign * carry;
  }
  [rest, part] = divmod(rest, 60);
  if (part !== 0) {
    [carry, minute] = divmod(minute + sign * part, 60);
    rest += sign * carry;
  }
  [rest, part] = divmod(rest, 24);
  if (part !== 0) {
    [carry, hour] = divmod(hour + sign * part, 24);
    rest += sign * carry;
  }
  if (rest !== 0 && sign > 0) {
    day += rest;
    const days = monthDays(year, month);
    if (days !== undefined && days < day) {
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
      day = 1;
    }
  } else if (rest !== 0) {
    day -= rest;
    if (day < 1) {
      month -= 1;
      if (month < 1) {
        year -= 1;
        month = 12;
      }
      day = monthDays(year, month) ?? 1;
    }
  }
  return { year, month, day, hour, minute, second };
}

/** The zone's offset in seconds: `Z`, `±hh:mm`, `±hhmm` or `±hh` (Ruby's `zone_offset`). */
function zoneOffsetSeconds(zone: string): number {
  if (zone === "Z" || zone === "z") {
    return 0;
  }
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  return sign * (hours * 60 + minutes) * 60;
}

/** `Time.utc`'s checks (`time_arg`, `validate_vtm`), including its month-day normalisation; undefined if refused. */
function normaliseAsTimeUtc(fields: Fields): Fields | undefined {
  let { month, day } = fields;
  const { year, hour, minute, second } = fields;
  if (month < 0 || month > 15 || day < 0 || day > 31) {
    return undefined;
  }
  if (month === 2) {
    const february = isLeapYear(year) ? 29 : 28;
    if (day > february) {
      day -= february;
      month += 1;
    }
  } else if ([4, 6, 9, 11].includes(month) && day === 31) {
    month += 1;
    day = 1;
  }
  const lastMinute = hour === 24 ? 0 : 59;
  const lastSecond = hour === 24 ? 0 : 60;
  if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > lastMinute || second > lastSecond) {
    return undefined;
  }
  return { year, month, day, hour, minute, second };
}

/** Days from 1970-01-01 to a proleptic Gregorian date, for any year (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The largest instant a `Date` holds; years beyond it are simply "before everything" or "after everything". */
const MAX_DATE_MILLISECONDS = 8.64e15;

/**
 * The database keeps microseconds and the sandbox's timestamps are whole milliseconds, so the instant is cut to the
 * microsecond (as the service's database does) and then rounded up to the millisecond: a record at or after the
 * result is exactly a record at or after the value sent.
 */
function fractionMilliseconds(fraction: string | undefined): number {
  const micros = (fraction ?? "").slice(1, 7).padEnd(6, "0");
  return Math.ceil(Number(micros) / 1000);
}

/** The instant `Time.iso8601(text)` names, or undefined where it raises. */
export function parseRubyTimeIso8601(text: string): Date | undefined {
  const match = XMLSCHEMA.exec(text);
  if (match === null) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  let fields: Fields = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  };
  let offset = 0;
  if (zone !== undefined) {
    offset = zoneOffsetSeconds(zone);
    fields = applyOffset(fields, offset);
  }
  const checked = normaliseAsTimeUtc(fields);
  // `force_zone!` moves the result into the offset's zone, which Ruby refuses for a whole day or more.
  if (checked === undefined || Math.abs(offset) >= 86_400) {
    return undefined;
  }
  const seconds =
    daysFromCivil(checked.year, checked.month, checked.day) * 86_400 +
    checked.hour * 3_600 +
    checked.minute * 60 +
    checked.second;
  const milliseconds = seconds * 1000 + fractionMilliseconds(fraction);
  return new Date(Math.max(-MAX_DATE_MILLISECONDS, Math.min(MAX_DATE_MILLISECONDS, milliseconds)));
}
