/**
 * The `sort` parameter (ECF rules §1.5): comma-separated attributes, each optionally prefixed `+` (ascending, the
 * default) or `-` (descending). Only `created_at` and `updated_at` are sortable; anything else is dropped silently,
 * and when nothing valid remains the default `created_at` ascending applies.
 *
 * @module
 */

const SORTABLE_ATTRIBUTES = ["created_at", "updated_at"] as const;
export type SortableAttribute = (typeof SORTABLE_ATTRIBUTES)[number];
type SortDirection = "asc" | "desc";

export interface SortKey {
  readonly attribute: SortableAttribute;
  readonly direction: SortDirection;
}

export const DEFAULT_SORT: readonly SortKey[] = [{ attribute: "created_at", direction: "asc" }];

/**
 * Parses the raw `sort` query value. A `+` sent unencoded arrives as a space (`" created_at"`), which is not a known
 * attribute and is dropped, exactly as the service does; send `%2Bcreated_at` or no sign at all.
 */
export function parseSort(raw: string | undefined): readonly SortKey[] {
  if (raw === undefined) {
    return DEFAULT_SORT;
  }
  const keys: SortKey[] = [];
  for (const item of raw.split(",")) {
    const direction: SortDirection = item.startsWith("-") ? "desc" : "asc";
    const name = item.startsWith("-") || item.startsWith("+") ? item.slice(1) : item;
    if (!(SORTABLE_ATTRIBUTES as readonly string[]).includes(name)) {
      continue;
    }
    const attribute = name as SortableAttribute;
    // A repeated attribute cannot change an order already decided by its first occurrence.
    if (!keys.some((key) => key.attribute === attribute)) {
      keys.push({ attribute, direction });
    }
  }
  return keys.length === 0 ? DEFAULT_SORT : keys;
}
