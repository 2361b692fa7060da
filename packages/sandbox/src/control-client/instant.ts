const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * A clock argument as the control API takes it: a `Date` or an RFC 3339 string, sent in UTC to the second (as
 * the SDK's client sends it); `null` stays `null`. Anything else throws the SDK's `RangeError` before any request.
 */
export function instantOrNull(value: Date | string | null, what: string): string | null {
  if (value === null) {
    return null;
  }
  const time = value instanceof Date ? value.getTime() : RFC3339.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new RangeError(`${what} must be a valid Date or an RFC 3339 date-time, got ${JSON.stringify(value)}`);
  }
  return `${new Date(time).toISOString().slice(0, 19)}Z`;
}
