import type { Handler } from "./fake-api.ts";

/**
 * Serves `items` the way the service pages a list: `page[page]` from 1, `page[per_page]` defaulting to 100 and
 * quietly capped at 3000, and `{ "data": [] }` past the end. `filter[updated_since]` (or the filter named by
 * `sinceFilter`, `created_since` for NPQ outcomes) keeps items stamped at or after it, when `updatedAt` says how to
 * read an item's timestamp.
 */
export function listHandler<Item>(
  items: readonly Item[],
  updatedAt?: (item: Item) => string,
  sinceFilter: "updated_since" | "created_since" = "updated_since",
): Handler {
  return ({ url }) => {
    const page = Number(url.searchParams.get("page[page]") ?? "1");
    const perPage = Math.min(Number(url.searchParams.get("page[per_page]") ?? "100"), 3000);
    const since = url.searchParams.get(`filter[${sinceFilter}]`);
    const visible =
      since === null || updatedAt === undefined
        ? items
        : items.filter((item) => Date.parse(updatedAt(item)) >= Date.parse(since));
    return { status: 200, json: { data: visible.slice((page - 1) * perPage, page * perPage) } };
  };
}
