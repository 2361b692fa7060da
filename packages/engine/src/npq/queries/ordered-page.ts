/**
 * One page of an NPQ list through the shared list layer (`queries/sort.ts`, `queries/pagination.ts`): `sort` parsed
 * as on every list, rows ordered by its keys and then by id, and the page cut with `pageBounds`. The candidates come
 * from one index bucket of the lead provider, already in `created_at` order, so the default order needs no sort.
 */
import { type PageRequest, pageBounds } from "../../queries/pagination.ts";
import { DEFAULT_SORT, type SortableAttribute, type SortKey } from "../../queries/sort.ts";
import type { Instant } from "../../time/instant.ts";

export interface NpqPageRequest {
  readonly sort: readonly SortKey[];
  readonly page?: PageRequest | undefined;
}

export function npqOrderedPage(
  ids: readonly string[],
  sortValue: (id: string, attribute: SortableAttribute) => Instant,
  request: NpqPageRequest,
): string[] {
  const { start, end } = pageBounds(request.page);
  const isDefault =
    request.sort.length === 1 &&
    request.sort[0]?.attribute === DEFAULT_SORT[0]?.attribute &&
    request.sort[0]?.direction === DEFAULT_SORT[0]?.direction;
  if (isDefault) {
    return ids.slice(start, end);
  }
  const tieDirection = request.sort[0]?.direction ?? "asc";
  const ordered = [...ids].sort((a, b) => {
    for (const { attribute, direction } of request.sort) {
      const [left, right] = [sortValue(a, attribute), sortValue(b, attribute)];
      if (left !== right) {
        return (left < right ? -1 : 1) * (direction === "asc" ? 1 : -1);
      }
    }
    return (a < b ? -1 : a > b ? 1 : 0) * (tieDirection === "asc" ? 1 : -1);
  });
  return ordered.slice(start, end);
}
