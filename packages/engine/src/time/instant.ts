/**
 * An instant in time as stored in the world: always the `Date#toISOString()` form (`2025-10-01T09:30:00.000Z`), so
 * instants stay JSON-friendly and compare correctly as plain strings.
 */
export type Instant = string;

export function instantOf(date: Date): Instant {
  return date.toISOString();
}

export function latestInstant(a: Instant, b: Instant): Instant {
  return a >= b ? a : b;
}
