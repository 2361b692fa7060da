/**
 * One page of a lead provider's list, read from a pair of index buckets (the same rows in `created_at` and in
 * `updated_at` order) without touching the rest of the store:
 *
 * - with `updated_since`, a binary search into the `updated_at` bucket yields exactly the rows changed since then,
 *   which are then ordered as asked;
 * - otherwise the bucket of the first sort attribute is walked in the asked direction (rows that tie on it are
 *   ordered by the remaining sort keys) and the walk stops as soon as the page is full.
 *
 * @module
 */
import type { IndexName } from "../model/indexes/definitions.ts";
import type { Row, TableName } from "../model/tables.ts";
import { getRow, lookupIds, lookupIdsFrom, type World } from "../model/world.ts";
import { type Instant, instantOf } from "../time/instant.ts";
import type { ListQuery, UpdatedSinceFilter } from "./list-query.ts";
import { type PageRequest, pageBounds } from "./pagination.ts";
import { parseSort, type SortableAttribute, type SortKey } from "./sort.ts";

export interface OrderedSource {
  /** Index whose bucket `key` holds the rows in `created_at` order. */
  readonly byCreated: IndexName;
  /** Index whose bucket `key` holds the same rows in `updated_at` order. */
  readonly byUpdated: IndexName;
  readonly key: string;
  /** The instant a row sorts by for an attribute (the value the API renders for it). */
  sortValue(id: string, attribute: SortableAttribute): Instant;
}

export interface OrderedPageRequest {
  readonly sort: readonly SortKey[];
  /** Only rows whose `updated_at` is at or after this instant. */
  readonly updatedSince?: Instant | undefined;
  readonly page?: PageRequest | undefined;
}

/** A list query's page request: its `sort` parsed (or `sort` given, for lists the API does not let clients sort). */
export function pageRequestOf(
  query: ListQuery<UpdatedSinceFilter>,
  sort: readonly SortKey[] = parseSort(query.sort),
): OrderedPageRequest {
  const updatedSince = query.filter?.updatedSince;
  return { sort, updatedSince: updatedSince === undefined ? undefined : instantOf(updatedSince), page: query.page };
}

/** `sortValue` for rows that carry the API's two timestamps themselves. */
export function rowTimestamps(world: World, table: TimestampedTable): OrderedSource["sortValue"] {
  return (id, attribute) => {
    const row: Timestamped = getRow(world, table, id);
    return attribute === "created_at" ? row.createdAt : row.updatedAt;
  };
}

interface Timestamped {
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

type TimestampedTable = { [N in TableName]: Row<N> extends Timestamped ? N : never }[TableName];

/**
 * Orders by the sort keys, then by id in the first key's direction: the order the indexes keep ties in (their sort
 * keys end with the id), so a page is the same whichever way it was read.
 */
function comparatorFor(source: OrderedSource, keys: readonly SortKey[], tieDirection: SortKey["direction"]) {
  return (a: string, b: string): number => {
    for (const { attribute, direction } of keys) {
      const [left, right] = [source.sortValue(a, attribute), source.sortValue(b, attribute)];
      if (left !== right) {
        const order = left < right ? -1 : 1;
        return direction === "asc" ? order : -order;
      }
    }
    const order = a < b ? -1 : a > b ? 1 : 0;
    return tieDirection === "asc" ? order : -order;
  };
}

export function orderedPage(
  world: World,
  source: OrderedSource,
  request: OrderedPageRequest,
  matches: (id: string) => boolean,
): string[] {
  const { start, end } = pageBounds(request.page);
  const [primary, ...rest] = request.sort;
  if (primary === undefined) {
    // `parseSort` falls back to the default sort when the request names none: an empty sort is an engine bug.
    throw new RangeError("a sort needs at least one key");
  }

  if (request.updatedSince !== undefined) {
    const changed = lookupIdsFrom(world, source.byUpdated, source.key, request.updatedSince).filter(matches);
    const alreadyOrdered =
      request.sort.length === 1 && primary.attribute === "updated_at" && primary.direction === "asc";
    if (!alreadyOrdered) {
      changed.sort(comparatorFor(source, request.sort, primary.direction));
    }
    return changed.slice(start, end);
  }

  const ids = lookupIds(world, primary.attribute === "created_at" ? source.byCreated : source.byUpdated, source.key);
  const ascending = primary.direction === "asc";
  const breakTies = comparatorFor(source, rest, primary.direction);
  const result: string[] = [];
  let index = ascending ? 0 : ids.length - 1;
  const step = ascending ? 1 : -1;
  while (result.length < end && index >= 0 && index < ids.length) {
    // Gather the run of rows tying on the primary attribute, then order it by the other keys.
    const first = ids[index] as string;
    const value = source.sortValue(first, primary.attribute);
    const run: string[] = [];
    while (index >= 0 && index < ids.length) {
      const id = ids[index] as string;
      if (source.sortValue(id, primary.attribute) !== value) {
        break;
      }
      if (matches(id)) {
        run.push(id);
      }
      index += step;
    }
    if (run.length > 1) {
      run.sort(breakTies);
    }
    result.push(...run);
  }
  return result.slice(start, end);
}
