/**
 * An instant in time as stored in the world: always the `Date#toISOString()` form (`2025-10-01T09:30:00.000Z`), so
 * instants stay JSON-friendly and compare correctly as plain strings.
 */
export type Instant = string;

/**
 * The last two instants formatted, by their time: a command stamps every row it writes with its own instant, and
 * checks a date it was given against it, so the same two come back in turn.
 */
let last: { readonly epochMs: number; readonly instant: Instant } = { epochMs: Number.NaN, instant: "" };
let beforeLast = last;

export function instantOf(date: Date): Instant {
  const epochMs = date.getTime();
  // An invalid date's time is NaN, never equal to a remembered one: `toISOString` throws for it, as it always did.
  if (epochMs === last.epochMs) {
    return last.instant;
  }
  if (epochMs !== beforeLast.epochMs) {
    beforeLast = { epochMs, instant: date.toISOString() };
  }
  const formatted = beforeLast;
  beforeLast = last;
  last = formatted;
  return formatted.instant;
}

export function latestInstant(a: Instant, b: Instant): Instant {
  return a >= b ? a : b;
}
