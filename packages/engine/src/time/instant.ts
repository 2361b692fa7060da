/**
 * An instant in time as stored in the world: always the `Date#toISOString()` form (`2025-10-01T09:30:00.000Z`), so
 * instants stay JSON-friendly and compare correctly as plain strings.
 */
export type Instant = string;

export function instantOf(date: Date): Instant {
  return date.toISOString();
}

export function dateOf(instant: Instant): Date {
  return new Date(instant);
}

/** Negative when `a` is earlier than `b`, zero when equal, positive when later. */
export function compareInstants(a: Instant, b: Instant): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function latestInstant(a: Instant, b: Instant): Instant {
  return a >= b ? a : b;
}
