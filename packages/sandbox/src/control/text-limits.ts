/**
 * The longest text each control API field takes (`maxLength` in `spec/sandbox-v1.yaml`). Without a bound a fixture
 * would store a string of any length and every later response would carry it; these are well above any real value.
 */
export const TEXT_LIMITS = {
  /** A school's or delivery partner's name, a participant's full name. */
  name: 255,
  /** The longest address SMTP allows (RFC 5321: a 256-octet path less its angle brackets). */
  email: 254,
  /** A real TRN has 7 digits; the sandbox takes any text, within reason. */
  teacherReferenceNumber: 32,
  /**
   * A URN: its pattern (six digits) refuses any other with a 422 naming the rule; the bound only keeps a long string
   * from reaching it, so it is left out of the spec, whose pattern says more.
   */
  urn: 64,
  /** The path prefix of a fault. */
  path: 2048,
} as const;

/** Whether text has more than `limit` characters (Unicode code points, as JSON Schema's `maxLength` counts). */
export function isLongerThan(text: string, limit: number): boolean {
  if (text.length <= limit) {
    return false; // Fewer UTF-16 units than the limit: fewer code points too.
  }
  if (text.length > 2 * limit) {
    return true; // A code point is at most two units.
  }
  let codePoints = 0;
  for (const _ of text) {
    codePoints += 1;
  }
  return codePoints > limit;
}
