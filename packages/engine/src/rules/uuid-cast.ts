/**
 * How the service's database layer reads a value compared with a UUID column (every `{id}` in a path, and the id
 * filters that are not checked as UUIDs first): Rails' PostgreSQL `uuid` type accepts the 32 hex digits in either
 * case, with a dash allowed after any group of four, optionally in braces, and compares the canonical lower-case form
 * (ECF rules §1.1). Anything else casts to nothing, which matches no row.
 */
const ACCEPTABLE_UUID = /^(?:\{(?:[0-9a-fA-F]{4}-?){8}\}|(?:[0-9a-fA-F]{4}-?){8})$/;

/** The canonical form (`0f1e…-…`) of a value Rails accepts as a UUID, or null. */
export function castUuid(value: string): string | null {
  if (!ACCEPTABLE_UUID.test(value)) {
    return null;
  }
  const hex = value.replace(/[{}-]/g, "").toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
