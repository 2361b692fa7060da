/** Milliseconds per unit of {@link parseDuration}. */
const UNITS: Readonly<Record<string, number>> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const DURATION = /^(?:\d+[smhdw])+$/;

/**
 * A span of time such as `30d`, `2h`, `90m` or `1w2d` (units `s`, `m`, `h`, `d`, `w`), in milliseconds; `undefined`
 * for anything else, a zero duration included.
 */
export function parseDuration(text: string): number | undefined {
  if (!DURATION.test(text)) {
    return undefined;
  }
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g)) {
    total += Number(amount) * (UNITS[unit ?? ""] ?? Number.NaN);
  }
  return Number.isSafeInteger(total) && total > 0 ? total : undefined;
}
