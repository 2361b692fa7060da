import type { Difference, DifferenceKind } from "./compare-with-upstream.ts";
import { isJsonObject, readYamlObject } from "./documents.ts";

/**
 * A documented, intentional difference from the upstream document. `at` may use `*` to match any run of characters,
 * so one entry can cover a schema used by several operations; `value`, when given, must match exactly.
 */
export interface AllowedDifference {
  kind: DifferenceKind;
  at: string;
  value?: string;
  reason: string;
}

const kinds: ReadonlySet<string> = new Set<DifferenceKind>([
  "path",
  "operation",
  "parameter",
  "request-body",
  "response",
  "media-type",
  "header",
  "property",
  "required",
  "type",
  "format",
  "enum-value",
  "items",
]);

/** Reads an allow-list file (`differences:` list) and rejects entries without a kind, a place or a reason. */
export function readAllowList(file: string): AllowedDifference[] {
  const { differences } = readYamlObject(file);
  if (!Array.isArray(differences)) {
    throw new Error(`${file} must have a "differences" list`);
  }
  return differences.map((entry, index) => {
    const where = `${file}, entry ${index + 1}`;
    if (!isJsonObject(entry)) {
      throw new Error(`${where} is not a mapping`);
    }
    const { kind, at, value, reason } = entry;
    if (typeof kind !== "string" || !kinds.has(kind)) {
      throw new Error(`${where}: kind must be one of ${[...kinds].join(", ")}`);
    }
    if (typeof at !== "string" || at === "") {
      throw new Error(`${where}: at is required`);
    }
    if (value !== undefined && typeof value !== "string") {
      throw new Error(`${where}: value must be a string`);
    }
    if (typeof reason !== "string" || reason.trim().length < 10) {
      throw new Error(`${where}: every allowed difference needs a reason`);
    }
    return { kind: kind as DifferenceKind, at, reason, ...(value === undefined ? {} : { value }) };
  });
}

function isAllowed(difference: Difference, entry: AllowedDifference): boolean {
  return (
    entry.kind === difference.kind &&
    (entry.value === undefined || entry.value === difference.value) &&
    globToRegExp(entry.at).test(difference.at)
  );
}

/**
 * Splits differences into those no entry allows, and reports entries that allowed nothing (stale entries hide
 * future regressions, so they are errors too).
 */
export function applyAllowList(
  differences: readonly Difference[],
  allowList: readonly AllowedDifference[],
): { unexpected: Difference[]; unused: AllowedDifference[] } {
  const used = new Set<AllowedDifference>();
  const unexpected = differences.filter((difference) => {
    const matching = allowList.filter((candidate) => isAllowed(difference, candidate));
    for (const entry of matching) {
      used.add(entry);
    }
    return matching.length === 0;
  });
  return { unexpected, unused: allowList.filter((entry) => !used.has(entry)) };
}

function globToRegExp(glob: string): RegExp {
  const pattern = glob
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${pattern}$`);
}
