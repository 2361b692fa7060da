/**
 * Ruby's `String#to_i`, which the real service applies to numeric query values: leading whitespace, an optional
 * sign, then as many digits as there are (`"2abc"` → 2, `"abc"` → 0, `"0.8"` → 0). Values beyond the safe integer
 * range saturate, which is what matters for "page 10^30 is past the end".
 */
export function rubyToInteger(text: string): number {
  const match = /^[\t\n\v\f\r ]*([+-]?)(\d+(?:_\d+)*)/.exec(text);
  if (!match) {
    return 0;
  }
  const magnitude = Number(match[2]?.replaceAll("_", ""));
  const saturated = Math.min(magnitude, Number.MAX_SAFE_INTEGER);
  return match[1] === "-" ? -saturated : saturated;
}
