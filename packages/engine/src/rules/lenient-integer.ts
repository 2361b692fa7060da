/**
 * The service casts numeric strings the way Rails' integer type does: leading whitespace and a sign are allowed,
 * digits may be grouped with `_`, and anything after the leading number is ignored (`"2025abc"` is 2025,
 * `"123456,invalid"` is 123456); a string that does not start with a number casts to nothing.
 */
const LEADING_INTEGER = /^\s*([+-]?)(\d+(?:_\d+)*)/;

export function castInteger(raw: string | undefined): bigint | null {
  if (raw === undefined) {
    return null;
  }
  const match = LEADING_INTEGER.exec(raw);
  if (match === null) {
    return null;
  }
  return BigInt(`${match[1]}${(match[2] ?? "").replaceAll("_", "")}`);
}

/** A cohort year named by a request attribute (`"2025"`), or null when it does not cast to a number. */
export function castCohortYear(raw: string | undefined): number | null {
  const value = castInteger(raw);
  return value === null || value > 9999n || value < -9999n ? null : Number(value);
}
