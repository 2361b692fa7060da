/** The nine declaration types, in the order the sequence rule (declaration rule 20) uses. */
export const DECLARATION_TYPES = [
  "started",
  "retained-1",
  "retained-2",
  "retained-3",
  "retained-4",
  "completed",
  "extended-1",
  "extended-2",
  "extended-3",
] as const;

export type DeclarationType = (typeof DECLARATION_TYPES)[number];

export function isDeclarationType(value: string): value is DeclarationType {
  return (DECLARATION_TYPES as readonly string[]).includes(value);
}

/** Position of a type in the declaration sequence (started = 0 … extended-3 = 8). */
export function declarationTypeRank(type: DeclarationType): number {
  return DECLARATION_TYPES.indexOf(type);
}
