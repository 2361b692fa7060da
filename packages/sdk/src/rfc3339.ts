/**
 * Formats an instant as the API renders date-times: UTC, whole seconds, `Z` (e.g. `2025-10-01T09:30:00Z`).
 * Fractions are dropped (rounded down), which is what the API shows for its own timestamps.
 */
export function formatRfc3339(instant: Date | number): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError("Invalid date");
  }
  return `${date.toISOString().slice(0, 19)}Z`;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Accepts a `Date` or an RFC 3339 string and returns epoch milliseconds; throws `RangeError` with `what` in the
 * message when the value is neither.
 */
export function parseInstant(value: Date | string, what: string): number {
  const time = value instanceof Date ? value.getTime() : RFC3339.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new RangeError(`${what} must be a valid Date or an RFC 3339 date-time, got ${JSON.stringify(value)}`);
  }
  return time;
}
