/**
 * Parses a `Retry-After` header (RFC 9110 §10.2.3): either a number of seconds or an HTTP date.
 *
 * @param value - the header value, or `null` when absent
 * @param now - the current time in epoch milliseconds, used to turn a date into a delay
 * @returns the delay in milliseconds (never negative), or `undefined` when absent or unparsable
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) {
    return undefined;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed) * 1000;
  }
  // A bare number with a sign or a fraction is not valid delta-seconds, and Date.parse would read it as a year.
  if (!/[a-z]/i.test(trimmed)) {
    return undefined;
  }
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
