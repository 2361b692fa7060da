/**
 * An instant in time as stored in the world: always the `Date#toISOString()` form (`2025-10-01T09:30:00.000Z`), so
 * instants stay JSON-friendly and compare correctly as plain strings.
 */
export type Instant = string;

/** The last instant written, by its time: a command stamps every row it writes with the same one. */
let last: { readonly epochMs: number; readonly instant: Instant } = { epochMs: Number.NaN, instant: "" };

export function instantOf(date: Date): Instant {
  const epochMs = date.getTime();
  // An invalid date's time is NaN, never equal to the last: `toISOString` throws for it, as it always did.
  if (epochMs !== last.epochMs) {
    last = { epochMs, instant: date.toISOString() };
  }
  return last.instant;
}

export function latestInstant(a: Instant, b: Instant): Instant {
  return a >= b ? a : b;
}
